import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded.js';
import { EmbeddedPostgresError, firstUnreachable } from './embedded-server.js';

const asRoot = process.getuid?.() === 0;

/** The embedded server never deletes what it did not create, and says what to do when it cannot start. */
describe('the embedded PostgreSQL', () => {
  const made: string[] = [];
  const folder = (mode = 0o755): string => {
    const dir = mkdtempSync(join(tmpdir(), 'almi-embedded-'));
    chmodSync(dir, mode);
    made.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a folder that is not a PostgreSQL data folder and leaves it as it was', async () => {
    const dataDir = join(folder(), 'precious');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'thesis.txt'), 'years of work');
    const start = startEmbeddedPostgres({ dataDir, persistent: true });
    await expect(start).rejects.toBeInstanceOf(EmbeddedPostgresError);
    await expect(start).rejects.toThrow(`EMBEDDED_PG_DIR=${dataDir} exists and is not a PostgreSQL data folder`);
    await expect(start).rejects.toThrow('never deletes a folder it did not create');
    expect(readdirSync(dataDir)).toEqual(['thesis.txt']);
    expect(readFileSync(join(dataDir, 'thesis.txt'), 'utf8')).toBe('years of work');
  });

  it(
    asRoot ? 'as root, refuses a data folder the postgres user cannot reach, saying what to do, and moves nothing' : 'as an ordinary user, starts in a private folder',
    async () => {
      const privateFolder = folder(0o700);
      const dataDir = join(privateFolder, 'pg');
      if (asRoot) {
        const varTmp = readdirSync('/var/tmp');
        const start = startEmbeddedPostgres({ dataDir, persistent: true });
        await expect(start).rejects.toThrow(`cannot reach the data folder ${dataDir} (${privateFolder} is closed to it)`);
        await expect(start).rejects.toThrow('Set EMBEDDED_PG_DIR to a folder it can reach');
        expect(existsSync(dataDir)).toBe(false);
        expect(readdirSync('/var/tmp')).toEqual(varTmp); // the data no longer moves there silently
      } else {
        const server = await startEmbeddedPostgres({ dataDir, persistent: true });
        await server.stop();
        expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
      }
    },
  );

  it('initialises a new folder, serves it, joins a server already running on it, and reuses it after a stop', async () => {
    const dataDir = join(folder(), 'pg');
    const first = await startEmbeddedPostgres({ dataDir, persistent: true });
    const query = async (url: string): Promise<number> => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query<{ n: number }>('SELECT 41 + 1 AS n')).rows[0].n;
      } finally {
        await client.end();
      }
    };
    expect(await query(first.url)).toBe(42);
    const joined = await startEmbeddedPostgres({ dataDir, persistent: true });
    expect(joined.url).toBe(first.url);
    await joined.stop(); // a joined server is left to the process that started it
    expect(await query(first.url)).toBe(42);
    await first.stop();
    // No staging folder of initdb is left beside it.
    expect(readdirSync(join(dataDir, '..'))).toEqual(['pg']);
    const again = await startEmbeddedPostgres({ dataDir, persistent: true });
    expect(await query(again.url)).toBe(42);
    await again.stop();
  }, 120_000);

  it('finds the first folder on a path that a user cannot enter', () => {
    const open = folder(0o755);
    const closed = join(open, 'closed');
    mkdirSync(join(closed, 'inner'), { recursive: true });
    chmodSync(closed, 0o700);
    const stranger = { uid: 65_534, gid: 65_534 };
    expect(firstUnreachable(join(closed, 'inner', 'pg'), stranger.uid, stranger.gid)).toBe(closed);
    expect(firstUnreachable(join(open, 'elsewhere', 'pg'), stranger.uid, stranger.gid)).toBeUndefined();
    chmodSync(closed, 0o711);
    expect(firstUnreachable(join(closed, 'inner'), stranger.uid, stranger.gid)).toBeUndefined();
  });
});
