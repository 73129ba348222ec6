import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

type EmbeddedServer = typeof import('../../libs/postgres/src/embedded-server.js');

/**
 * One PostgreSQL server for the whole run: the one named by DATABASE_URL, or else an embedded one
 * in a throw-away folder. Each test file then makes its own database on it (tests/support/database.ts).
 * Jest loads this file outside its module mapper and transform, so the one lib it uses,
 * embedded-server.ts (Node and packages only), is loaded through tsx.
 */
export default async function globalSetup(_globalConfig: unknown, projectConfig: { rootDir: string }): Promise<void> {
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
  const { embeddedBinaries, initialiseDataDir, startServerProcess } = (await tsImport(
    './libs/postgres/src/embedded-server.ts',
    pathToFileURL(join(projectConfig.rootDir, 'package.json')).href,
  )) as EmbeddedServer;
  const folder = mkdtempSync(join(tmpdir(), 'almi-test-'));
  chmodSync(folder, 0o755); // as root, the server runs as the postgres user, which must reach it
  const dataDir = join(folder, 'pg');
  // As root in a clone the postgres user cannot reach (a 0700 folder), the binaries are copied to a reachable place.
  const binaries = embeddedBinaries((line) => console.log(line));
  await initialiseDataDir(dataDir, binaries, { user: 'postgres', password: 'postgres' });
  const server = await startServerProcess(dataDir, port, binaries, ['-c', 'max_connections=400', '-c', 'listen_addresses=127.0.0.1']);
  process.env.TEST_SERVER_URL = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
  (globalThis as { __ALMI_TEST_DB__?: unknown }).__ALMI_TEST_DB__ = { folder, server };
  console.log(`\n[tests] embedded PostgreSQL on port ${port}, started in ${Date.now() - started} ms`);
}
