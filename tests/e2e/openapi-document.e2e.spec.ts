import { startTestApp, type TestApp } from '../support/app.js';

interface Schema {
  $ref?: string;
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

const VERKSTAD = '5560360793';

/**
 * The OpenAPI document describes every answer: the web app's client types are generated from it
 * (scripts/build-web.mjs), so a route documented as a bare object leaves its callers untyped. Then
 * real answers are walked against their documented schema: every key answered is documented, every
 * required key is answered, nulls only where nullable, numbers and enums as documented.
 */
describe('the OpenAPI document', () => {
  let t: TestApp;
  let admin: string;
  let anna: string;
  let carl: string;
  let document: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
  let lastPosition = '0-0';

  const ok = async (method: string, path: string, token: string, body?: unknown, headers?: Record<string, string>) => {
    const response = await t.request(method, path, { token, body, headers });
    expect({ path, status: response.status, body: response.status === 200 ? undefined : response.body }).toEqual({ path, status: 200, body: undefined });
    if (response.body.position) lastPosition = response.body.position;
    return response.body;
  };
  const get = async (path: string) => {
    const response = await t.request('GET', `${path}${path.includes('?') ? '&' : '?'}position=${lastPosition}&waitMs=10000`, { token: carl });
    expect({ path, status: response.status }).toEqual({ path, status: 200 });
    return response.body;
  };

  /** Follows $ref, and the single allOf nest wraps a referenced class in (nullable or described properties). */
  const resolve = (schema: Schema): Schema => {
    if (schema.$ref) return resolve(document.components.schemas[schema.$ref.split('/').pop()!]!);
    if (schema.allOf?.length === 1 && !schema.properties) return { ...resolve(schema.allOf[0]!), nullable: schema.nullable };
    return schema;
  };
  const described = (schema: Schema): boolean =>
    schema.$ref !== undefined ||
    schema.properties !== undefined ||
    schema.items !== undefined ||
    [schema.oneOf, schema.anyOf, schema.allOf].some((list) => !!list?.length && list.every(described));
  const okSchema = (path: string): Schema => document.paths[path]!.get!.responses['200']!.content!['application/json']!.schema!;

  /** Where the answer and its documented schema part, by JSON path; [] when they agree. */
  const mismatches = (value: unknown, documented: Schema, at = '$'): string[] => {
    const schema = resolve(documented);
    if (value === null) return documented.nullable || schema.nullable ? [] : [`${at}: null, not documented as nullable`];
    if (schema.enum && !schema.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} not in the documented enum`];
    if (Array.isArray(value)) return schema.items ? value.flatMap((item, i) => mismatches(item, schema.items!, `${at}[${i}]`)) : [`${at}: an array, documented as ${schema.type}`];
    if (typeof value === 'object') {
      if (!schema.properties) return schema.type === 'object' && schema.additionalProperties ? [] : [`${at}: an object without documented properties`];
      const keys = Object.keys(value);
      return [
        ...keys.filter((key) => !(key in schema.properties!)).map((key) => `${at}.${key}: answered, not documented`),
        ...(schema.required ?? []).filter((key) => !keys.includes(key)).map((key) => `${at}.${key}: documented as required, not answered`),
        ...keys.filter((key) => key in schema.properties!).flatMap((key) => mismatches((value as Record<string, unknown>)[key], schema.properties![key]!, `${at}.${key}`)),
      ];
    }
    const type = schema.type === 'integer' ? (Number.isInteger(value) ? 'integer' : typeof value) : typeof value;
    return type === schema.type ? [] : [`${at}: ${JSON.stringify(value)} is ${type}, documented as ${schema.type}`];
  };

  beforeAll(async () => {
    t = await startTestApp('openapi_document');
    [admin, anna, carl] = await Promise.all([t.token('admin-ada', 'admin'), t.token('advisor-anna', 'advisor'), t.token('ctrl-carl', 'controller')]);
    const response = await t.request('GET', '/docs/json', { token: carl });
    expect(response.status).toBe(200);
    document = response.body;
    // A little of everything the figures below count, so their lists are not empty.
    await ok('POST', '/employees', admin, { userId: 'advisor-anna', name: 'Anna', region: 'vastmanland', roles: ['advisor'] });
    await ok(
      'POST',
      '/customers',
      anna,
      { customerId: VERKSTAD, name: 'Verkstad AB', region: 'vastmanland', municipality: 'Västerås', foundedOn: '2019-04-01', phase: 'growth', registeredOn: '2025-01-10' },
      { 'x-correlation-id': 'openapi-document-customer' },
    );
    await ok('POST', '/advisory/deliveries', anna, { customerId: VERKSTAD, module: 'hallbarhetsworkshop', deliveredOn: '2025-05-02' });
    await ok('POST', '/advisory/sessions', anna, { customerId: VERKSTAD, date: '2025-06-01', durationMinutes: 60, sustainabilityDiscussed: true });
    for (const quarter of [1, 2, 3, 4]) await ok('PUT', '/company-accounts', carl, { year: 2025, quarter, freeEquityOre: 400_000_000, operatingCostsOre: 300_000_000 });
    await ok('PUT', '/employee-surveys', carl, { year: 2025, totalScore: 4.1, engagementIndex: 75 });
    await ok('PUT', '/employee-diversity', carl, {
      year: 2025,
      ageBands: { under_30: 3, from_30_to_49: 10, from_50: 7 },
      gender: { women: 11, men: 9, other: 0 },
      foreignBackground: { yes: 4, no: 14, unknown: 2 },
    });
    const project = (await ok('POST', '/funding-projects', admin, { name: 'Grön omställning', funder: 'ERUF', startsOn: '2025-01-01', endsOn: '2026-12-31' })).ids.projectId;
    await ok('PUT', `/funding-projects/${project}/required-approvals`, admin, { parties: ['almi_foretagspartner', 'board'] });
    await ok('PUT', `/funding-projects/${project}/approvals`, admin, { party: 'board', approvedOn: '2025-02-10' });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  }, 60_000);

  it('documents a schema for every JSON answer of a GET route, never a bare object', () => {
    const bare: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      const ok200 = operations.get?.responses['200'];
      if (!ok200) continue;
      if (!ok200.content) bare.push(`${path}: 200 without content`);
      const schema = ok200.content?.['application/json']?.schema;
      if (schema && !described(schema)) bare.push(`${path}: ${JSON.stringify(schema)}`);
    }
    expect(bare).toEqual([]);
    for (const path of ['/figures/sustainability', '/figures/municipalities', '/audit/events', '/audit/streams/{streamId}', '/projections']) {
      expect({ path, ref: okSchema(path).$ref }).toEqual({ path, ref: expect.stringMatching(/^#\/components\/schemas\//) });
    }
  });

  it('documents the municipality summary as an HTML page', () => {
    expect(document.paths['/figures/municipalities/{municipality}/summary']!.get!.responses['200']!.content).toEqual({
      'text/html': { schema: expect.objectContaining({ type: 'string' }) },
    });
  });

  it('answers the company and sustainability figures exactly as documented', async () => {
    for (const path of [
      '/figures/focus-group-index',
      '/figures/employee-engagement',
      '/figures/employee-diversity',
      '/figures/free-equity',
      '/figures/sustainability',
      '/figures/municipalities',
      '/figures/special-assignment-approvals',
    ]) {
      const body = await get(`${path}?year=2025`);
      expect({ path, keys: Object.keys(body).sort() }).toEqual({ path, keys: Object.keys(resolve(okSchema(path)).properties!).sort() });
      expect({ path, mismatches: mismatches(body, okSchema(path)) }).toEqual({ path, mismatches: [] });
    }
    // The lists walked above are not empty: the set-up reached every figure.
    expect((await get('/figures/sustainability?year=2025')).byAdvisor).toEqual([expect.objectContaining({ advisorId: 'advisor-anna', sessions: 1, workshops: 1 })]);
    expect((await get('/figures/municipalities?year=2025')).municipalities).toEqual([expect.objectContaining({ municipality: 'Västerås', uniqueCustomers: 1 })]);
    expect((await get('/figures/free-equity?year=2025')).atPeriodEnd).toMatchObject({ quarter: '2025-Q4', months: 4, withinBand: true });
    expect((await get('/figures/employee-diversity?year=2025')).result).toMatchObject({ region: null, headcount: 20 });
    expect((await get('/figures/special-assignment-approvals?year=2025')).projects).toEqual([
      expect.objectContaining({ requiredApprovals: [{ party: 'almi_foretagspartner', approvedOn: null }, expect.objectContaining({ party: 'board' })], approvedOn: null }),
    ]);
  }, 60_000);

  it('answers the audit trail and the projections status exactly as documented', async () => {
    const byCorrelation = await get('/audit/events?correlationId=openapi-document-customer');
    expect(byCorrelation.events.length).toBeGreaterThan(0);
    expect(mismatches(byCorrelation, okSchema('/audit/events'))).toEqual([]);
    const stream = await get(`/audit/streams/${encodeURIComponent(byCorrelation.events[0].streamId)}`);
    expect(Object.keys(stream.events[0]).sort()).toEqual(Object.keys(resolve(resolve(okSchema('/audit/streams/{streamId}')).properties!.events!.items!).properties!).sort());
    expect(mismatches(stream, okSchema('/audit/streams/{streamId}'))).toEqual([]);

    const status = await get('/projections');
    expect(status.projections.length).toBeGreaterThan(0);
    expect(mismatches(status, okSchema('/projections'))).toEqual([]);
  }, 60_000);
});
