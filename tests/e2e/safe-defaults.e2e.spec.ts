import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createTestDatabase, eventually, type TestDatabase } from '../support/database.js';
import { runService, type ServiceRun } from '../support/service-process.js';

const SECRET = 'operator-secret-of-at-least-32-characters';
const API = 'dist/apps/api/src/main.js';

/**
 * The service as an operator starts it (its own process, only the environment given): it refuses
 * each unsafe configuration with a message that says what to do, and on a DATABASE_URL store it
 * starts empty unless demo data is asked for.
 */
describe('starting the service safely', () => {
  const runs: ServiceRun[] = [];
  const folders: string[] = [];
  let db: TestDatabase;
  const start = (env: Record<string, string>, args: string[] = []): ServiceRun => {
    const run = runService(API, { LOG_LEVEL: 'info', PORT: '0', ...env }, args, [API]);
    runs.push(run);
    return run;
  };
  const refused = async (run: ServiceRun): Promise<string> => {
    expect(await run.exited).toBe(2);
    return run.stderr();
  };

  beforeAll(async () => {
    // The compiled service, as an operator runs it (built now unless dist is current).
    execFileSync(process.execPath, ['scripts/build-if-stale.mjs'], { stdio: 'inherit' });
    db = await createTestDatabase('safe_defaults');
  }, 600_000);
  afterAll(async () => {
    await Promise.all(runs.map((r) => r.stop()));
    await db.drop();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('refuses a DATABASE_URL without JWT settings, saying what to set', async () => {
    const stderr = await refused(start({ DATABASE_URL: db.url }));
    expect(stderr).toContain('DATABASE_URL is set but neither JWT_SECRET nor JWT_JWKS_URL is');
    expect(stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  }, 60_000);

  it('refuses DEMO_DATA it cannot read, naming the allowed values', async () => {
    const stderr = await refused(start({ DATABASE_URL: db.url, JWT_SECRET: SECRET, DEMO_DATA: 'sometimes' }));
    expect(stderr).toContain('DEMO_DATA="sometimes" must be one of true, false, 1, 0, yes, no, on, off');
  }, 60_000);

  it('refuses an EMBEDDED_PG_DIR that holds something else, and deletes nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'almi-safe-'));
    folders.push(folder);
    const dataDir = join(folder, 'not-postgres');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'notes.txt'), 'keep me');
    const stderr = await refused(start({ EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: '1' }));
    expect(stderr).toContain(`EMBEDDED_PG_DIR=${dataDir} exists and is not a PostgreSQL data folder`);
    expect(readdirSync(dataDir)).toEqual(['notes.txt']);
  }, 60_000);

  it('on a DATABASE_URL store with DEMO_DATA=0 starts empty, answers at once, and logs JSON lines', async () => {
    const run = start({ DATABASE_URL: db.url, JWT_SECRET: SECRET, DEMO_DATA: '0' });
    const port = await run.listening();
    const ready = await eventually(
      async () => {
        const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
        if (response.status !== 200) throw new Error(`readiness ${response.status}: ${await response.text()}`);
        return (await response.json()) as { status: string; seeding: { state: string } };
      },
      30_000,
      200,
    );
    expect(ready.status).toBe('ready');
    expect(ready.seeding.state).toBe('off');
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      expect((await client.query('SELECT count(*)::int AS n FROM es_events')).rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
    // A request is one JSON line with its correlation id, route pattern, status and duration.
    await fetch(`http://127.0.0.1:${port}/figures/loan-volume?year=2026`, { headers: { 'x-correlation-id': 'ops-trace-1' } });
    const line = await eventually(
      async () => {
        const found = run.logLines().find((l) => l.correlationId === 'ops-trace-1' && (l.res as { statusCode?: number } | undefined)?.statusCode !== undefined);
        if (!found) throw new Error('no request line yet');
        return found;
      },
      10_000,
      100,
    );
    expect(line).toMatchObject({ route: '/figures/loan-volume', userId: null, res: { statusCode: 401 } });
    expect(typeof line.durationMs).toBe('number');
    expect(run.stdout()).not.toContain('\u001b['); // no colours off a terminal
    await run.stop();
  }, 120_000);
});
