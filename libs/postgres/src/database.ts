import pg from 'pg';
import { startEmbeddedPostgres, type RunningDatabase } from './embedded.js';
import { withDatabase } from './pool.js';

/** Where the service's data lives: a server given by URL, or the embedded one in a folder. */
export type DatabaseSetting = { readonly kind: 'url'; readonly url: string } | { readonly kind: 'embedded'; readonly dir: string; readonly port: number };

/**
 * The service's database: the server named by DATABASE_URL, or else an embedded PostgreSQL whose
 * data lives in EMBEDDED_PG_DIR (default `.data/postgres`, git-ignored) and which listens on
 * EMBEDDED_PG_PORT (default 54329). The application database `almi` is created if missing.
 */
export async function openServiceDatabase(setting: DatabaseSetting, log: (line: string) => void = console.log): Promise<RunningDatabase> {
  if (setting.kind === 'url') return { url: setting.url, stop: async () => {} };
  const server = await startEmbeddedPostgres({ dataDir: setting.dir, port: setting.port, persistent: true, log, variable: 'EMBEDDED_PG_DIR' });
  await ensureDatabase(server.url, 'almi');
  const url = withDatabase(server.url, 'almi');
  log(`[database] embedded PostgreSQL at ${url.replace(/:[^:@/]+@/, ':***@')}`);
  return { url, stop: () => server.stop() };
}

export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`).catch((error: { code?: string }) => {
        if (error.code !== '42P04' && error.code !== '23505') throw error; // created meanwhile by another process
      });
    }
  } finally {
    await client.end();
  }
}
