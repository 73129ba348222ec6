/**
 * Projection benchmark: a full rebuild of every projection over a realistic history of at least a
 * million events, and the latency of each figure route at that size and at about 10,000 events.
 *
 *   npm run bench:projections
 *
 * The history is the demo-data generator's (seed 42): ten years (2016–2025) of a regional
 * company's loans, advisory, surveys, funding, targets and daily time entries, at a scale that
 * gives a million events and more, recorded by the api's real command handlers (see
 * projections-bench.history.ts). The small database is the same generator at a tiny scale over
 * 2019–2021, about 10,000 events. Each database is fresh, on one PostgreSQL server with default
 * settings.
 *
 * DATABASE_URL        a server to use (databases are created on it and dropped afterwards); else an
 *                     embedded PostgreSQL in a throw-away folder
 * BENCH_SCALE         the generator's scale for the large history (default 3: about 1.02 million events)
 * BENCH_EVENTS        instead of BENCH_SCALE: about this many events in the large history
 * BENCH_SMALL_SCALE   scale of the small history (default 0.03: about 10,000 events)
 * BENCH_REQUESTS      timed requests per route and database (default 200), after 20 warm-up requests
 * BENCH_DRIVER        'fast' (default: handlers over a write-behind store) or 'bus' (every append
 *                     awaited, as `npm run seed` does; about 4,000 commands/s)
 *
 * Measured: (a) the rebuild of all projections from zero, as `npm run projections:rebuild` runs it
 * (events in the store ÷ wall time), then of each projection alone (its events ÷ its time); (b) each figure
 * route through HTTP against the real api (createApp, projections running in-process and caught
 * up), sequential requests, p50 and p99 in ms on the client, the two databases taking turns in
 * slices of 20 requests; (c) the same for the working roles' read routes (customer search, customer
 * detail with timeline, loans by status and the four-eyes worklist, loan detail, a month of time
 * entries), reported as `read_routes` in the RESULT line. The last line is `RESULT {json}`.
 */
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { INestApplication } from '@nestjs/common';
import { formatPosition, type EventStore } from '#libs/event-store';
import { EVENT_STORE, issueToken } from '#libs/platform';
import { withDatabase } from '#libs/postgres';
import { PROJECTION_RUNNER, type ProjectionRunner } from '#libs/projections';
import { createApp } from '../../apps/api/src/create-app.js';
import { fillHistoryInChild, type Driver, type HistoryReport } from './projections-bench.history.js';
import { measureCase, queryCases, readRouteCases, type Latency, type Target } from './projections-bench.queries.js';
import { rebuildAll, sql, type Timed } from './projections-bench.rebuild.js';
import { openBenchServer } from './bench-server.js';

const number = (name: string, fallback: number | undefined): number | undefined => {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};

/** Events the generator makes per unit of scale over ten years (measured: 1,021,869 commands at scale 3). */
const EVENTS_PER_SCALE = 340_000;
const SEED = 42;
const LARGE_SPAN = { from: '2016-01-01', today: '2025-12-31' } as const;
const SMALL_SPAN = { from: '2019-01-01', today: '2021-12-31' } as const;
/** A middle year of the large history, and the middle one of the small. */
const YEAR = 2020;
const EVENTS_TARGET = number('BENCH_EVENTS', undefined);
const SCALE = number('BENCH_SCALE', EVENTS_TARGET === undefined ? 3 : Math.min(20, EVENTS_TARGET / EVENTS_PER_SCALE))!;
const SMALL_SCALE = number('BENCH_SMALL_SCALE', 0.03)!;
const REQUESTS = Math.max(100, Math.round(number('BENCH_REQUESTS', 200)!));
const WARMUP = 20;
const SLICE = 20;
const DRIVER: Driver = process.env.BENCH_DRIVER === 'bus' ? 'bus' : 'fast';
if (process.env.BENCH_DRIVER && !['bus', 'fast'].includes(process.env.BENCH_DRIVER)) throw new Error("BENCH_DRIVER must be 'fast' or 'bus'");

const REBUILD_TARGET = 50_000;
const P99_TARGET_MS = 10;
const RATIO_TARGET = 1.5;
const SECRET = 'projections-bench-secret';

const log = (line: string): void => console.log(line);
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const thousands = (n: number): string => Math.round(n).toLocaleString('en-US');

interface RunningApi {
  readonly target: Target;
  close(): Promise<void>;
}

/** The real api on the database, listening on a free port, with its projections caught up with the store. */
async function startApi(databaseUrl: string, label: string): Promise<RunningApi> {
  const app: INestApplication = await createApp({ databaseUrl, auth: { secret: SECRET }, runProjections: true }, { logger: false, rateLimits: false });
  await app.listen(0, '127.0.0.1');
  const started = performance.now();
  const store = app.get<EventStore>(EVENT_STORE);
  const runner = app.get<ProjectionRunner>(PROJECTION_RUNNER);
  const head = await store.head();
  await runner.waitFor(head, runner.names, 900_000);
  log(`[${label}] api up, projections at ${formatPosition(head)} after ${seconds(performance.now() - started)}`);
  const { port } = app.getHttpServer().address() as { port: number };
  const token = await issueToken(SECRET, { userId: 'bench-controller', roles: ['controller'] });
  return { target: { baseUrl: `http://127.0.0.1:${port}`, token }, close: () => app.close() };
}

const table = (header: readonly string[], rows: readonly (readonly string[])[]): string[] => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
};

async function main(): Promise<void> {
  const runStarted = performance.now();
  const { serverUrl, stop } = await openBenchServer('projections-bench', log);
  let stopping = false;
  const stopOnce = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await stop();
  };
  const onSignal = (): void => void stopOnce().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const suffix = randomBytes(4).toString('hex');
  const databases = { large: `bench_projections_large_${suffix}`, small: `bench_projections_small_${suffix}` };
  const apis: RunningApi[] = [];
  try {
    const [settings] = await sql<{ version: string; buffers: string; work_mem: string }>(
      serverUrl,
      `SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS buffers, current_setting('work_mem') AS work_mem`,
    );
    log(`PostgreSQL ${settings.version} (shared_buffers=${settings.buffers}, work_mem=${settings.work_mem}, otherwise defaults), ${cpus().length} cores, Node ${process.version}`);
    for (const name of Object.values(databases)) await sql(serverUrl, `CREATE DATABASE ${name}`);
    const largeUrl = withDatabase(serverUrl, databases.large);
    const smallUrl = withDatabase(serverUrl, databases.small);

    const large: HistoryReport = await fillHistoryInChild({ databaseUrl: largeUrl, seed: SEED, ...LARGE_SPAN, scale: SCALE, driver: DRIVER, label: 'large' });
    // As autovacuum leaves a long-lived events table (hint bits set, statistics current).
    await sql(largeUrl, 'VACUUM (ANALYZE) es_events');
    const rebuild = await rebuildAll(largeUrl, log);
    const rebuildRate = (rebuild.all.events * 1000) / rebuild.all.ms;

    const small: HistoryReport = await fillHistoryInChild({ databaseUrl: smallUrl, seed: SEED, ...SMALL_SPAN, scale: SMALL_SCALE, driver: DRIVER, label: 'small' });
    await sql(smallUrl, 'VACUUM (ANALYZE) es_events');

    const largeApi = await startApi(largeUrl, 'large');
    apis.push(largeApi);
    const smallApi = await startApi(smallUrl, 'small');
    apis.push(smallApi);

    const latencies = new Map<string, { large: Latency; small: Latency }>();
    for (const { name, path } of queryCases(YEAR)) {
      const [atLarge, atSmall] = await measureCase([largeApi.target, smallApi.target], path, { requests: REQUESTS, warmup: WARMUP, slice: SLICE });
      latencies.set(name, { large: atLarge, small: atSmall });
      log(`[query] ${name.padEnd(48)} p50 ${atLarge.p50.toFixed(2)} / ${atSmall.p50.toFixed(2)} ms, p99 ${atLarge.p99.toFixed(2)} / ${atSmall.p99.toFixed(2)} ms`);
    }

    // The working roles' read routes (issue 9): the same cases, ids and terms from each database.
    const readLarge = await readRouteCases((text) => sql(largeUrl, text), YEAR);
    const readSmall = await readRouteCases((text) => sql(smallUrl, text), YEAR);
    const readLatencies = new Map<string, { large: Latency; small: Latency }>();
    for (const [i, { name, path }] of readLarge.entries()) {
      const [atLarge, atSmall] = await measureCase([largeApi.target, smallApi.target], [path, readSmall[i]!.path], { requests: REQUESTS, warmup: WARMUP, slice: SLICE });
      readLatencies.set(name, { large: atLarge, small: atSmall });
      log(`[read] ${name.padEnd(48)} p50 ${atLarge.p50.toFixed(2)} / ${atSmall.p50.toFixed(2)} ms, p99 ${atLarge.p99.toFixed(2)} / ${atSmall.p99.toFixed(2)} ms  (${path})`);
    }

    const rate = ({ events, ms }: Timed): number => (events * 1000) / ms;
    const result: Record<string, unknown> = {
      events: rebuild.all.events,
      events_small: small.events,
      rebuild_events_per_s: Math.round(rebuildRate),
      rebuild_seconds: round2(rebuild.all.ms / 1000),
      rebuild_alone: Object.fromEntries([...rebuild.alone].map(([name, p]) => [name, { events: p.events, seconds: round2(p.ms / 1000), events_per_s: Math.round(rate(p)) }])),
    };
    const rebuildRows = [...rebuild.alone].map(([name, p]) => [`${name} (alone)`, thousands(p.events), seconds(p.ms), `${thousands(rate(p))}/s`, '']);
    rebuildRows.push([
      'all together (events in store ÷ wall time)',
      thousands(rebuild.all.events),
      seconds(rebuild.all.ms),
      `${thousands(rebuildRate)}/s`,
      `>= ${thousands(REBUILD_TARGET)}/s ${rebuildRate >= REBUILD_TARGET ? 'met' : 'MISSED'}`,
    ]);

    const queryRows: string[][] = [];
    const misses: string[] = [];
    for (const [name, { large: l, small: s }] of latencies) {
      const ratio = l.p99 / s.p99;
      const met = l.p99 < P99_TARGET_MS && ratio <= RATIO_TARGET;
      if (!met) misses.push(name);
      result[name] = { p50_ms: round2(l.p50), p99_ms: round2(l.p99), p50_ms_10k: round2(s.p50), p99_ms_10k: round2(s.p99), ratio_p99: round2(ratio) };
      queryRows.push([name, l.p50.toFixed(2), l.p99.toFixed(2), s.p50.toFixed(2), s.p99.toFixed(2), ratio.toFixed(2), met ? 'met' : 'MISSED']);
    }
    result.queries_missed = misses.length;
    const readRows: string[][] = [];
    const readRoutes: Record<string, unknown> = {};
    let readMissed = 0;
    for (const [name, { large: l, small: s }] of readLatencies) {
      const ratio = l.p99 / s.p99;
      const met = l.p99 < P99_TARGET_MS && ratio <= RATIO_TARGET;
      if (!met) readMissed += 1;
      readRoutes[name] = { p50_ms: round2(l.p50), p99_ms: round2(l.p99), p50_ms_10k: round2(s.p50), p99_ms_10k: round2(s.p99), ratio_p99: round2(ratio) };
      readRows.push([name, l.p50.toFixed(2), l.p99.toFixed(2), s.p50.toFixed(2), s.p99.toFixed(2), ratio.toFixed(2), met ? 'met' : 'MISSED']);
    }
    result.read_routes = readRoutes;
    result.read_routes_missed = readMissed;

    log('');
    log(
      `large history: ${thousands(large.commands)} commands, ${thousands(rebuild.all.events)} events (scale ${SCALE}, ${LARGE_SPAN.from}..${LARGE_SPAN.today}); ` +
        `small: ${thousands(small.commands)} commands, ${thousands(small.events)} events (scale ${SMALL_SCALE}, ${SMALL_SPAN.from}..${SMALL_SPAN.today}); ${DRIVER} driver`,
    );
    log('');
    for (const line of table(['rebuild from zero', 'events', 'time', 'events/s', 'target'], rebuildRows)) log(line);
    log('');
    const large1m = `${(rebuild.all.events / 1e6).toFixed(2)}M`;
    const small10k = `${Math.round(small.events / 1000)}k`;
    for (const line of table(
      [
        `route (${REQUESTS} requests each)`,
        `p50 ${large1m}`,
        `p99 ${large1m}`,
        `p50 ${small10k}`,
        `p99 ${small10k}`,
        'p99 ratio',
        `p99 < ${P99_TARGET_MS} ms, ratio <= ${RATIO_TARGET}`,
      ],
      queryRows,
    )) {
      log(line);
    }
    log('');
    for (const line of table(
      [
        `read route (${REQUESTS} requests each)`,
        `p50 ${large1m}`,
        `p99 ${large1m}`,
        `p50 ${small10k}`,
        `p99 ${small10k}`,
        'p99 ratio',
        `p99 < ${P99_TARGET_MS} ms, ratio <= ${RATIO_TARGET}`,
      ],
      readRows,
    )) {
      log(line);
    }
    log('');
    log(`times in ms, client side (HTTP round trip, auth, JSON); rebuild excludes filling the store; total ${seconds(performance.now() - runStarted)}`);
    log(`RESULT ${JSON.stringify(result)}`);
  } finally {
    for (const api of apis) await api.close().catch(() => undefined);
    await new Promise((done) => setTimeout(done, 250));
    if (process.env.DATABASE_URL) {
      for (const name of Object.values(databases)) await sql(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    }
    await stopOnce();
  }
}

const round2 = (n: number): number => Number(n.toFixed(2));

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
