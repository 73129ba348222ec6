import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type RunningDatabase } from '#libs/postgres';

/** The server a benchmark measures on: DATABASE_URL, or a throw-away embedded PostgreSQL removed on stop. */
export async function openBenchServer(label: string, log: (line: string) => void): Promise<{ serverUrl: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { serverUrl: process.env.DATABASE_URL, stop: async () => {} };
  const folder = mkdtempSync(join(tmpdir(), `almi-${label}-`));
  chmodSync(folder, 0o755); // as root, the server runs as the postgres user, which must reach it
  let server: RunningDatabase;
  try {
    server = await startEmbeddedPostgres({ dataDir: join(folder, 'pg'), persistent: false });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  log(`embedded PostgreSQL started in ${folder}`);
  return {
    serverUrl: server.url,
    stop: async () => {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
