import type { INestApplication } from '@nestjs/common';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { issueToken, LocalKeyRing } from '#libs/platform';
import { createApp } from '../../apps/api/src/create-app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILD = join(ROOT, 'test-output', 'api-child-build');
const SECRET = 'idempotency-crash-secret';
const KEK = randomBytes(32).toString('base64url');
const TODAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** Compiles the api and tests/support/api-child.ts (Nest needs decorator metadata, which tsx does not emit). */
async function buildChild(): Promise<void> {
  mkdirSync(BUILD, { recursive: true });
  await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', BUILD, '--sourceMap', 'false'], {
    cwd: ROOT,
  });
  // The compiled files import #libs/*: map it inside the build folder (packages resolve from the root's node_modules).
  writeFileSync(join(BUILD, 'package.json'), JSON.stringify({ type: 'module', imports: { '#libs/*': './libs/*/src/index.js' } }));
}

/** The api in a child process whose appends stop where `hang` says; resolves once it listens. */
function startChild(url: string, hang: 'before-append' | 'after-append'): { child: ChildProcess; port: Promise<number>; printed(line: string): Promise<void> } {
  const child = spawn(process.execPath, [join(BUILD, 'tests/support/api-child.js')], {
    cwd: ROOT,
    env: { ...process.env, API_CHILD_DATABASE_URL: url, API_CHILD_HANG: hang, API_CHILD_KEK: KEK, API_CHILD_SECRET: SECRET },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const listeners: (() => void)[] = [];
  let buffer = '';
  const onData = (chunk: Buffer): void => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    output.push(...lines);
    listeners.forEach((check) => check());
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const waitFor = (match: (line: string) => boolean): Promise<string> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        const line = output.find(match);
        if (line !== undefined) resolve(line);
      };
      listeners.push(check);
      child.once('exit', (code, signal) => reject(new Error(`api child exited (${code ?? signal}):\n${output.join('\n')}`)));
      check();
    });
  return {
    child,
    port: waitFor((line) => line.startsWith('listening ')).then((line) => Number(line.slice('listening '.length))),
    printed: async (line) => {
      await waitFor((l) => l === line);
    },
  };
}

const killed = async (child: ChildProcess): Promise<void> => {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
};

describe('Idempotency-Key after the api process is killed in the middle of a request', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let baseUrl: string;
  let child: ChildProcess | undefined;
  let admin: pg.Client;

  beforeAll(async () => {
    await buildChild();
    db = await createTestDatabase('idem_crash');
    app = await createApp({ databaseUrl: db.url, auth: { secret: SECRET }, runProjections: false, personalDataKek: LocalKeyRing.fromText(KEK) }, { logger: false });
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
  }, 400_000);
  afterEach(async () => {
    if (child) await killed(child);
    child = undefined;
  });
  afterAll(async () => {
    await admin?.end();
    await app?.close();
    await db?.drop();
  });

  const send = async (base: string, user: string, path: string, body: unknown, key: string): Promise<{ status: number; body: any; headers: Headers }> => {
    const token = await issueToken(SECRET, { userId: user, roles: ['advisor'] });
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  };
  const eventsOf = async (streamId: string): Promise<{ type: string; data: any }[]> =>
    (await admin.query('SELECT type, data FROM es_events WHERE stream_id = $1 ORDER BY global_position', [streamId])).rows;

  it('answers a retry with what the dead request recorded, once, with the same ids', async () => {
    const started = startChild(db.url, 'after-append');
    child = started.child;
    const port = await started.port;
    const body = { date: TODAY, minutes: 90, kind: 'internal' };
    void send(`http://127.0.0.1:${port}`, 'advisor-ada', '/time-entries', body, 'crash-after-append').catch(() => undefined);
    await started.printed('appended');

    // While the first process lives, the key is in progress.
    const whileRunning = await send(baseUrl, 'advisor-ada', '/time-entries', body, 'crash-after-append');
    expect(whileRunning.status).toBe(409);
    expect(whileRunning.body.code).toBe('idempotency-in-progress');

    await killed(child);
    child = undefined;
    const recorded = await eventsOf(`time-advisor-ada-${TODAY}`);
    expect(recorded.map((e) => e.type)).toEqual(['TimeEntryRecorded']);

    const retry = await send(baseUrl, 'advisor-ada', '/time-entries', body, 'crash-after-append');
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ ids: { entryId: recorded[0].data.entryId, employeeId: 'advisor-ada', date: TODAY }, events: ['TimeEntryRecorded'], revision: 0 });
    expect(await eventsOf(`time-advisor-ada-${TODAY}`)).toHaveLength(1);

    const again = await send(baseUrl, 'advisor-ada', '/time-entries', body, 'crash-after-append');
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(retry.body);
  });

  it('runs a retry whose dead request recorded nothing, once', async () => {
    const started = startChild(db.url, 'before-append');
    child = started.child;
    const port = await started.port;
    const body = { date: TODAY, minutes: 45, kind: 'internal' };
    void send(`http://127.0.0.1:${port}`, 'advisor-bo', '/time-entries', body, 'crash-before-append').catch(() => undefined);
    await started.printed('appending');
    await killed(child);
    child = undefined;
    expect(await eventsOf(`time-advisor-bo-${TODAY}`)).toEqual([]);

    const retry = await send(baseUrl, 'advisor-bo', '/time-entries', body, 'crash-before-append');
    expect(retry.status).toBe(200);
    expect(retry.body.events).toEqual(['TimeEntryRecorded']);
    const recorded = await eventsOf(`time-advisor-bo-${TODAY}`);
    expect(recorded).toHaveLength(1);
    expect(recorded[0].data).toMatchObject({ entryId: retry.body.ids.entryId, minutes: 45 });
  });

  it('answers a malformed key with 400 naming the header, recording nothing', async () => {
    const bad = await send(baseUrl, 'advisor-cy', '/time-entries', { date: TODAY, minutes: 30, kind: 'internal' }, 'not a valid key!');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'invalid-idempotency-key', errors: [{ field: 'Idempotency-Key' }] });
    expect(await eventsOf(`time-advisor-cy-${TODAY}`)).toEqual([]);
  });

  it('forgets keys once they expire: swept, and the same key later is a new request', async () => {
    const shortLived = await createApp(
      { databaseUrl: db.url, auth: { secret: SECRET }, runProjections: false, personalDataKek: LocalKeyRing.fromText(KEK), idempotencyKeyTtlMs: 1500 },
      { logger: false },
    );
    await shortLived.listen(0, '127.0.0.1');
    try {
      const base = `http://127.0.0.1:${(shortLived.getHttpServer().address() as { port: number }).port}`;
      const first = await send(base, 'advisor-dan', '/time-entries', { date: TODAY, minutes: 10, kind: 'internal' }, 'short-lived');
      expect(first.status).toBe(200);
      const reused = await send(base, 'advisor-dan', '/time-entries', { date: TODAY, minutes: 20, kind: 'internal' }, 'short-lived');
      expect(reused.status).toBe(409);
      const { rows } = await admin.query(`SELECT 1 FROM http_idempotency_keys WHERE key = 'short-lived' AND expires_at > now()`);
      expect(rows).toHaveLength(1);

      await new Promise((resolve) => setTimeout(resolve, 2000));
      const later = await send(base, 'advisor-dan', '/time-entries', { date: TODAY, minutes: 20, kind: 'internal' }, 'short-lived');
      expect(later.status).toBe(200);
      expect(later.body.ids.entryId).not.toBe(first.body.ids.entryId);
      // Another key's request sweeps every expired key (at most once per TTL here).
      await admin.query(`INSERT INTO http_idempotency_keys (user_id, key, request_hash, expires_at) VALUES ('someone', 'stale', 'x', now() - interval '1 minute')`);
      await new Promise((resolve) => setTimeout(resolve, 1600));
      await send(base, 'advisor-dan', '/time-entries', { date: TODAY, minutes: 5, kind: 'internal' }, 'sweeper');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await admin.query(`SELECT 1 FROM http_idempotency_keys WHERE key = 'stale'`)).rowCount).toBe(0);
    } finally {
      await shortLived.close();
    }
  });
});
