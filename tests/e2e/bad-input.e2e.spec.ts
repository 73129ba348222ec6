import pg from 'pg';
import { startTestApp, type TestApp } from '../support/app.js';

/**
 * Bad input answers 400 and records nothing, on every write route the OpenAPI document lists: a route added
 * later is covered without editing this test.
 */
interface Schema {
  readonly type?: string;
  readonly format?: string;
  readonly example?: unknown;
  readonly enum?: readonly unknown[];
  readonly properties?: Record<string, Schema>;
  readonly required?: readonly string[];
  readonly $ref?: string;
  readonly allOf?: readonly Schema[];
}
interface Operation {
  readonly requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface OpenApi {
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components?: { schemas?: Record<string, Schema> };
}

interface WriteRoute {
  readonly method: string;
  /** With path parameters filled in. */
  readonly path: string;
  readonly schema: Schema;
}

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('bad input on every write route: 400, nothing recorded', () => {
  let t: TestApp;
  let everyone: string;
  let db: pg.Client;
  let routes: WriteRoute[];

  const eventCount = async (): Promise<number> => Number((await db.query('SELECT count(*) AS n FROM es_events')).rows[0].n);

  beforeAll(async () => {
    t = await startTestApp('bad_input');
    everyone = await t.token('root', 'advisor', 'credit_officer', 'controller', 'admin');
    db = new pg.Client({ connectionString: t.db.url });
    await db.connect();
    const openApi = (await t.request('GET', '/docs/json')).body as OpenApi;
    const resolve = (schema: Schema | undefined): Schema => {
      if (schema?.$ref) return resolve(openApi.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')]);
      if (schema?.allOf) return schema.allOf.map(resolve).reduce((a, b) => ({ ...a, ...b, properties: { ...a.properties, ...b.properties } }), {});
      return schema ?? {};
    };
    routes = Object.entries(openApi.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([method]) => WRITE_METHODS.includes(method))
        .map(([method, operation]) => ({
          method: method.toUpperCase(),
          path: path.replace(/\{(\w+)\}/g, (_, name: string) => `${name}-1`),
          schema: resolve(operation.requestBody?.content?.['application/json']?.schema),
        })),
    );
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  /** A plausible body from the document's examples, so that only the bad part is wrong. */
  const exampleBody = (schema: Schema): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(schema.properties ?? {}).map(([name, property]) => {
        if (property.example !== undefined) return [name, property.example];
        if (property.enum?.length) return [name, property.enum[0]];
        if (property.type === 'integer' || property.type === 'number') return [name, 1];
        if (property.type === 'boolean') return [name, true];
        if (property.type === 'array') return [name, []];
        return [name, 'x'];
      }),
    );
  const stringField = (schema: Schema): string | undefined =>
    Object.entries(schema.properties ?? {}).find(([, p]) => p.type === 'string' && p.enum === undefined && !DATE.test(String(p.example ?? '')))?.[0];
  const dateFields = (schema: Schema): string[] =>
    Object.entries(schema.properties ?? {})
      .filter(([, p]) => p.format === 'date' || DATE.test(String(p.example ?? '')))
      .map(([name]) => name);

  /** Raw JSON text: some bad inputs cannot be written as a JavaScript object literal. */
  const withRawField = (body: Record<string, unknown>, rawField: string): string => {
    const text = JSON.stringify(body);
    return text === '{}' ? `{${rawField}}` : `{${rawField},${text.slice(1)}`;
  };
  const withText = (schema: Schema, text: string): string => {
    const body = exampleBody(schema);
    return JSON.stringify({ ...body, [stringField(schema) ?? 'note']: text });
  };

  const cases: [string, (schema: Schema) => string, string][] = [
    ['JSON nested 3,000 deep', (s) => withRawField(exampleBody(s), `"nested":${'['.repeat(3000)}${']'.repeat(3000)}`), 'body-too-deep'],
    ['a NUL character in a string', (s) => withText(s, 'a\u0000b'), 'nul-character'],
    ['a lone UTF-16 surrogate', (s) => withText(s, 'x\ud800y'), 'lone-surrogate'],
    ['an ASCII control character (BEL)', (s) => withText(s, 'Verkstads\u0007 AB'), 'control-character'],
    ['a field named __proto__', (s) => withRawField(exampleBody(s), '"__proto__":{"isAdmin":true}'), 'forbidden-field'],
    ['a field named constructor', (s) => withRawField(exampleBody(s), '"constructor":{"prototype":{"isAdmin":true}}'), 'forbidden-field'],
  ];

  it('finds the write routes in the OpenAPI document', () => {
    expect(routes.length).toBeGreaterThanOrEqual(30);
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(expect.arrayContaining(['POST /loans', 'POST /loans/loanId-1/decision', 'PUT /targets']));
  });

  it.each(cases)('answers 400 to %s on every write route, recording nothing', async (_, body, code) => {
    const before = await eventCount();
    const answers: string[] = [];
    for (const route of routes) {
      const response = await t.request(route.method, route.path, { token: everyone, body: body(route.schema) });
      answers.push(`${route.method} ${route.path} ${response.status} ${response.body?.code}`);
    }
    expect(answers).toEqual(routes.map((route) => `${route.method} ${route.path} 400 ${code}`));
    expect(await eventCount()).toBe(before);
  });

  it.each([['1899-12-31'], ['2101-01-01'], ['2999-12-31']])('answers 400 to the business date %s on every route with a date, naming the field', async (date) => {
    const before = await eventCount();
    const dated = routes.flatMap((route) => dateFields(route.schema).map((field) => ({ route, field })));
    expect(dated.length).toBeGreaterThanOrEqual(20);
    for (const { route, field } of dated) {
      const response = await t.request(route.method, route.path, { token: everyone, body: { ...exampleBody(route.schema), [field]: date } });
      expect({ route: `${route.method} ${route.path}`, field, status: response.status }).toEqual({ route: `${route.method} ${route.path}`, field, status: 400 });
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await eventCount()).toBe(before);
  });

  it('answers 400 to a control character or NUL in a path id', async () => {
    for (const id of ['a%00b', 'a%07b', '%ED%A0%80']) {
      const response = await t.request('POST', `/loans/${id}/approval`, { token: everyone, body: {} });
      expect(response.status).toBe(400);
    }
  });

  it('answers 400 to a field of the other variant: a reason on a grant, an amount on a rejection', async () => {
    const before = await eventCount();
    const grant = { outcome: 'granted', amountOre: 100_000, interestRateBasisPoints: 650, termMonths: 60, reason: 'Bra kassaflöde' };
    const onGrant = await t.request('POST', '/loans/L-1/decision', { token: everyone, body: grant });
    expect(onGrant.status).toBe(400);
    expect(onGrant.body.errors).toEqual([{ field: 'reason', reason: 'reason belongs only to a decision with outcome rejected' }]);
    const onRejection = await t.request('POST', '/loans/L-1/decision', { token: everyone, body: { outcome: 'rejected', reason: 'Svag kalkyl', amountOre: 100_000 } });
    expect(onRejection.status).toBe(400);
    expect(onRejection.body.errors).toEqual([{ field: 'amountOre', reason: 'amountOre belongs only to a decision with outcome granted' }]);
    expect(await eventCount()).toBe(before);
  });
});
