/**
 * Event-store benchmark: our PostgresEventStore against Emmett's PostgreSQL store and plain INSERTs
 * (the physical limit), on one PostgreSQL server with default settings (fsync and synchronous
 * commit on), each system in its own fresh database.
 *
 *   npm run bench:store
 *
 * DATABASE_URL      a server to use (databases are created on it and dropped afterwards); else an
 *                   embedded PostgreSQL in a throw-away folder
 * BENCH_SECONDS     length of each append measurement (default 3)
 * BENCH_ROUNDS      rounds of every workload per system, median reported (default 3)
 * BENCH_READ_EVENTS events read by each read-all measurement (default 100000)
 * BENCH_HORIZON_ONLY=1  only the subscriber-lag measurement under an unrelated open transaction
 *
 * Noise on a shared machine comes in bursts of seconds, so the systems take turns in short slices
 * (SLICE_SECONDS): one measurement of 3 s is six half-second slices interleaved with the other
 * systems' slices, a different system first each time. The last line is `RESULT {json}`.
 */
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { withDatabase } from '#libs/postgres';
import { APPENDS_PER_STREAM, newWriter, openEmmett, openOurs, openRaw, useParsers, type BenchSystem, type SystemName, type Writer } from './store-bench.systems.js';
import { openBenchServer } from './bench-server.js';
import { measureSubscriberLag } from './store-bench.horizon.js';

const positiveNumber = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};
const SECONDS = positiveNumber('BENCH_SECONDS', 3);
const ROUNDS = Math.round(positiveNumber('BENCH_ROUNDS', 3));
const READ_EVENTS = Math.round(positiveNumber('BENCH_READ_EVENTS', 100_000));
const PAGE_SIZE = 1000;
const WARMUP_SECONDS = Math.min(0.5, SECONDS);
const SLICES = Math.max(1, Math.round(SECONDS / 0.5));

interface AppendWorkload {
  readonly key: 'append_single_seq' | 'append_single_8_writers' | 'append_batch10_seq';
  readonly label: string;
  readonly writers: number;
  readonly batch: number;
}

const APPEND_WORKLOADS: readonly AppendWorkload[] = [
  { key: 'append_single_seq', label: '1-event appends, 1 writer', writers: 1, batch: 1 },
  { key: 'append_single_8_writers', label: '1-event appends, 8 writers', writers: 8, batch: 1 },
  { key: 'append_batch10_seq', label: '10-event appends, 1 writer', writers: 1, batch: 10 },
];
const SYSTEMS: readonly SystemName[] = ['ours', 'emmett', 'raw'];

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** The systems in a different order each round. */
const rotated = <T>(items: readonly T[], round: number): T[] => items.map((_, i) => items[(i + round) % items.length]);

let writerSerial = 0;
/** Systems whose read-all reached its end before READ_EVENTS events although the table holds more. */
const shortReads = new Map<SystemName, number>();

interface Tally {
  events: number;
  ms: number;
}

/** Runs `writers` concurrent loops of appends for `seconds`, adding what they did to the tally. */
async function runAppends(system: BenchSystem, workload: AppendWorkload, writers: readonly Writer[], seconds: number, tally: Tally): Promise<void> {
  useParsers(system.parsers);
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    writers.map(async (writer) => {
      while (performance.now() < deadline) {
        await system.append(writer, workload.batch);
        tally.events += workload.batch;
      }
    }),
  );
  tally.ms += performance.now() - started;
}

const newWriters = (workload: AppendWorkload): Writer[] => Array.from({ length: workload.writers }, () => newWriter(`w${++writerSerial}`));

async function measureReadAll(system: BenchSystem): Promise<number> {
  useParsers(system.parsers);
  const started = performance.now();
  const read = await system.readAll(READ_EVENTS, PAGE_SIZE);
  const elapsed = performance.now() - started;
  if (read < READ_EVENTS) shortReads.set(system.name, read);
  return (read / elapsed) * 1000;
}

/** Writes 100-event appends from 4 writers until the system holds at least `target` events. */
async function fillTo(system: BenchSystem, target: number): Promise<void> {
  useParsers(system.parsers);
  let missing = target - (await system.count());
  const writers = Array.from({ length: 4 }, () => newWriter(`fill${++writerSerial}`));
  await Promise.all(
    writers.map(async (writer) => {
      while (missing > 0) {
        missing -= 100;
        await system.append(writer, 100);
      }
    }),
  );
}

const adminQuery = async <Row extends pg.QueryResultRow>(serverUrl: string, text: string): Promise<Row[]> => {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query<Row>(text)).rows;
  } finally {
    await client.end();
  }
};

const formatRate = (value: number | undefined): string => (value === undefined ? 'n/a' : `${Math.round(value).toLocaleString('en-US')}/s`);

async function main(): Promise<void> {
  const log = (line: string): void => console.log(line);
  const runStarted = performance.now();
  const { serverUrl, stop } = await openBenchServer('bench', log);
  let stopping = false;
  const stopOnce = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await stop();
  };
  const onSignal = (): void => {
    void stopOnce().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const databases: string[] = [];
  const systems = new Map<SystemName, BenchSystem>();
  try {
    const [settings] = await adminQuery<{ version: string; fsync: string; sync: string; buffers: string }>(
      serverUrl,
      `SELECT current_setting('server_version') AS version, current_setting('fsync') AS fsync,
              current_setting('synchronous_commit') AS sync, current_setting('shared_buffers') AS buffers`,
    );
    log(
      `PostgreSQL ${settings.version} (fsync=${settings.fsync}, synchronous_commit=${settings.sync}, shared_buffers=${settings.buffers}), ` +
        `${cpus().length} cores, Node ${process.version}`,
    );
    log(
      `${ROUNDS} rounds x ${SECONDS} s per append measurement (in ${SLICES} interleaved slices), ${APPENDS_PER_STREAM} appends per stream, ` +
        `read-all of ${READ_EVENTS.toLocaleString('en-US')} events in pages of ${PAGE_SIZE}; median of rounds\n`,
    );

    if (process.env.BENCH_HORIZON_ONLY === '1') {
      const lag = await measureSubscriberLag(serverUrl, log);
      log(`RESULT ${JSON.stringify({ subscriber_lag_unrelated_open_transaction: lag })}`);
      return;
    }

    const suffix = randomBytes(4).toString('hex');
    const openers: Record<SystemName, (url: string) => Promise<BenchSystem>> = { ours: openOurs, emmett: openEmmett, raw: openRaw };
    for (const name of SYSTEMS) {
      const database = `bench_${name}_${suffix}`;
      await adminQuery(serverUrl, `CREATE DATABASE ${database}`);
      databases.push(database);
      systems.set(name, await openers[name](withDatabase(serverUrl, database)));
    }
    const system = (name: SystemName): BenchSystem => systems.get(name)!;

    for (const name of SYSTEMS) {
      for (const workload of APPEND_WORKLOADS) await runAppends(system(name), workload, newWriters(workload), WARMUP_SECONDS, { events: 0, ms: 0 });
    }

    const appendRates = new Map<string, number[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const workload of APPEND_WORKLOADS) {
        const runs = new Map(SYSTEMS.map((name) => [name, { writers: newWriters(workload), tally: { events: 0, ms: 0 } }]));
        for (let slice = 0; slice < SLICES; slice++) {
          for (const name of rotated(SYSTEMS, round + slice)) {
            const run = runs.get(name)!;
            await runAppends(system(name), workload, run.writers, SECONDS / SLICES, run.tally);
          }
        }
        const line = SYSTEMS.map((name) => {
          const { tally } = runs.get(name)!;
          const rate = (tally.events / tally.ms) * 1000;
          const key = `${workload.key}/${name}`;
          appendRates.set(key, [...(appendRates.get(key) ?? []), rate]);
          return `${name} ${formatRate(rate)}`;
        });
        log(`round ${round + 1}  ${workload.label.padEnd(28)} ${line.join('  ')}`);
      }
    }

    for (const name of SYSTEMS) {
      await fillTo(system(name), READ_EVENTS);
      await system(name).readAll(READ_EVENTS, PAGE_SIZE); // warm the cache and prepared statements
    }
    const readRates = new Map<SystemName, number[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of rotated(SYSTEMS, round)) readRates.set(name, [...(readRates.get(name) ?? []), await measureReadAll(system(name))]);
      const line = SYSTEMS.map((name) => `${name} ${formatRate(readRates.get(name)![round])}`);
      log(`round ${round + 1}  ${'read all in global order'.padEnd(28)} ${line.join('  ')}`);
    }

    // Not timed: does a full read-all deliver each stored event once? Emmett's readMessagesBatch
    // continues after the last global_position while it orders by transaction id, so events of
    // concurrent transactions can be skipped or delivered twice.
    const audits: string[] = [];
    for (const name of SYSTEMS) {
      useParsers(system(name).parsers);
      const stored = await system(name).count();
      const ids = await system(name).readAllIds();
      const distinct = new Set(ids).size;
      audits.push(
        `${name}: ${ids.length.toLocaleString('en-US')} delivered of ${stored.toLocaleString('en-US')} stored, ` +
          `${(stored - distinct).toLocaleString('en-US')} missed, ${(ids.length - distinct).toLocaleString('en-US')} twice`,
      );
    }

    const lag = await measureSubscriberLag(serverUrl, log);

    const result: Record<string, Record<string, number | Record<string, number>>> = {};
    const rows: string[][] = [];
    for (const workload of APPEND_WORKLOADS) {
      const [ours, emmett, raw] = SYSTEMS.map((name) => median(appendRates.get(`${workload.key}/${name}`)!));
      const ratio = ours / emmett;
      result[workload.key] = { ours: Math.round(ours), emmett: Math.round(emmett), raw_insert: Math.round(raw), ratio_vs_emmett: Number(ratio.toFixed(2)) };
      rows.push([workload.label, formatRate(ours), formatRate(emmett), formatRate(raw), `${ratio.toFixed(2)}x`, `>= 2x Emmett ${ratio >= 2 ? 'met' : 'MISSED'}`]);
    }
    const [readOurs, readEmmett, readRaw] = SYSTEMS.map((name) => median(readRates.get(name)!));
    result.read_all = { ours: Math.round(readOurs), emmett: Math.round(readEmmett), raw_select: Math.round(readRaw) };
    rows.push([
      'read all in global order',
      formatRate(readOurs),
      formatRate(readEmmett),
      formatRate(readRaw),
      `${(readOurs / readEmmett).toFixed(2)}x`,
      `>= 100,000/s ${readOurs >= 100_000 ? 'met' : 'MISSED'}`,
    ]);

    const header = ['workload (events/s, median)', 'ours', 'Emmett 0.42', 'raw SQL', 'ours/Emmett', 'target'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]): string => cells.map((c, i) => (i === 0 || i === 5 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    log('');
    log(line(header));
    log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const row of rows) log(line(row));
    log('');
    log('raw SQL: single-row / 10-row INSERT into (id bigserial, stream text, data jsonb), no checks; read: SELECT ... ORDER BY id, keyset pages.');
    log("Emmett's read: readMessagesBatch (what its consumers use); its store object has no read-all method.");
    log(`full read-all check: ${audits.join('; ')}`);
    for (const [name, read] of shortReads) {
      log(
        `${name}: read-all ended after ${read.toLocaleString('en-US')} of the first ${READ_EVENTS.toLocaleString('en-US')} events it holds, ` +
          'skipping the rest (rate counts delivered events only)',
      );
    }
    result.subscriber_lag_unrelated_open_transaction = { before: { ...lag.before }, after: { ...lag.after } };
    log(`total ${((performance.now() - runStarted) / 1000).toFixed(0)} s`);
    log(`RESULT ${JSON.stringify(result)}`);
  } finally {
    for (const s of systems.values()) await s.close().catch(() => undefined);
    // A closed pool's connections end a moment later; a server stopping before that would make
    // their pools log the lost connections after the RESULT line.
    await new Promise((done) => setTimeout(done, 250));
    // An embedded server goes away with its folder; on a server we were given, we clean up.
    if (process.env.DATABASE_URL) {
      for (const database of databases) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
    }
    await stopOnce();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
