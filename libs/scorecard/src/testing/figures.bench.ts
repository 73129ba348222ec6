/**
 * Figure-query benchmark: every figure group against one year of history and against ten, each in
 * its own fresh database on one PostgreSQL server, filled by generateHistory at a regional
 * company's scale and vacuumed (as autovacuum leaves long-lived tables).
 *
 *   npm run build && node dist/libs/scorecard/src/testing/figures.bench.js
 *
 * DATABASE_URL  a server to use (databases are created on it and dropped afterwards); else an
 *               embedded PostgreSQL in a throw-away folder
 * BENCH_RUNS    timed runs per query and history (default 300), after 30 warm-up runs
 *
 * The two histories take turns in slices of 20 runs, so a burst of noise on a shared machine hits
 * both. Reported per query: p50 and p99 in ms (client side: round trip and JSON included) for each
 * history, and the ten-year p50 over the one-year p50. The last line is `RESULT {json}`.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { startEmbeddedPostgres, withDatabase } from '#libs/postgres';
import { createReadModelDataSource, runReadModelMigrations } from '#libs/projections';
import type { DataSource } from 'typeorm';
import type { ReadModelSql } from '../figures.js';
import { parseFilter, type FigureFilter, type PeriodInput } from '../period.js';
import { customerTimeFigures } from '../queries/customer-time/customer-time.figures.js';
import { focusGroupsFigures } from '../queries/focus-groups/focus-groups.figures.js';
import { loanVolumeFigures } from '../queries/loan-volume/loan-volume.figures.js';
import { mentorPairsFigures } from '../queries/mentor-pairs/mentor-pairs.figures.js';
import { recommendationsFigures } from '../queries/recommendations/recommendations.figures.js';
import { specialAssignmentsFigures } from '../queries/special-assignments/special-assignments.figures.js';
import { targetGroupsFigures } from '../queries/target-groups/target-groups.figures.js';
import { targetsFigures } from '../queries/targets/targets.figures.js';
import { uniqueCustomersFigures } from '../queries/unique-customers/unique-customers.figures.js';
import { generateHistory } from './generate-history.js';
import { READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from './read-model-fixture.js';

const RUNS = Math.max(20, Math.round(Number(process.env.BENCH_RUNS ?? 300)));
const WARMUP = 30;
const SLICE = 20;
const LAST_YEAR = 2025;

type Figures = (sql: ReadModelSql, filter: FigureFilter) => Promise<unknown>;

const CASES: readonly { name: string; run: Figures; period: PeriodInput & { region?: string } }[] = [
  { name: 'loan-volume, year', run: loanVolumeFigures, period: { year: LAST_YEAR } },
  { name: 'loan-volume, quarter, region', run: loanVolumeFigures, period: { year: LAST_YEAR, quarter: 4, region: 'orebro' } },
  { name: 'unique-customers, year', run: uniqueCustomersFigures, period: { year: LAST_YEAR } },
  { name: 'unique-customers, quarter, region', run: uniqueCustomersFigures, period: { year: LAST_YEAR, quarter: 2, region: 'vastmanland' } },
  { name: 'target-groups, year', run: targetGroupsFigures, period: { year: LAST_YEAR } },
  { name: 'customer-time, year by month', run: customerTimeFigures, period: { year: LAST_YEAR } },
  { name: 'customer-time, quarter by week', run: (sql, filter) => customerTimeFigures(sql, filter, 'week'), period: { year: LAST_YEAR, quarter: 1 } },
  { name: 'customer-time, date range', run: customerTimeFigures, period: { from: `${LAST_YEAR}-02-10`, to: `${LAST_YEAR}-05-20` } },
  { name: 'focus-groups, year', run: focusGroupsFigures, period: { year: LAST_YEAR } },
  { name: 'recommendations, year', run: recommendationsFigures, period: { year: LAST_YEAR } },
  { name: 'special-assignments, year', run: specialAssignmentsFigures, period: { year: LAST_YEAR } },
  { name: 'mentor-pairs, year', run: mentorPairsFigures, period: { year: LAST_YEAR } },
  { name: 'targets, year', run: targetsFigures, period: { year: LAST_YEAR } },
];

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

async function openServer(): Promise<{ serverUrl: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { serverUrl: process.env.DATABASE_URL, stop: async () => {} };
  const folder = mkdtempSync(join(tmpdir(), 'almi-figures-bench-'));
  chmodSync(folder, 0o755); // as root, the server runs as the postgres user, which must reach it
  const server = await startEmbeddedPostgres({ dataDir: join(folder, 'pg'), persistent: false });
  return {
    serverUrl: server.url,
    stop: async () => {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function history(serverUrl: string, years: number): Promise<{ dataSource: DataSource; drop: () => Promise<void> }> {
  const name = `figures_bench_${years}y_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const dataSource = createReadModelDataSource({ url: withDatabase(serverUrl, name), entities: READ_MODEL_ENTITIES, migrations: READ_MODEL_MIGRATIONS, poolSize: 4 });
  await dataSource.initialize();
  await runReadModelMigrations(dataSource);
  const started = performance.now();
  await generateHistory(dataSource, LAST_YEAR, years);
  console.log(`${years} year(s) of history generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return {
    dataSource,
    drop: async () => {
      await dataSource.destroy();
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

async function timed(run: () => Promise<unknown>, times: number[], count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
}

async function main(): Promise<void> {
  const server = await openServer();
  const [tiny, ten] = [await history(server.serverUrl, 1), await history(server.serverUrl, 10)];
  const results: Record<string, { oneYear: { p50: number; p99: number }; tenYears: { p50: number; p99: number }; ratioP50: number }> = {};
  try {
    for (const { name, run, period } of CASES) {
      const filter = parseFilter(period);
      const small: number[] = [];
      const large: number[] = [];
      for (let i = 0; i < WARMUP; i++) await Promise.all([run(tiny.dataSource, filter), run(ten.dataSource, filter)]);
      for (let done = 0; done < RUNS; done += SLICE) {
        const count = Math.min(SLICE, RUNS - done);
        await timed(() => run(tiny.dataSource, filter), small, count);
        await timed(() => run(ten.dataSource, filter), large, count);
      }
      small.sort((a, b) => a - b);
      large.sort((a, b) => a - b);
      const oneYear = { p50: percentile(small, 50), p99: percentile(small, 99) };
      const tenYears = { p50: percentile(large, 50), p99: percentile(large, 99) };
      results[name] = { oneYear, tenYears, ratioP50: tenYears.p50 / oneYear.p50 };
      console.log(
        `${name.padEnd(36)} 1 year p50 ${oneYear.p50.toFixed(2).padStart(7)} p99 ${oneYear.p99.toFixed(2).padStart(7)} | ` +
          `10 years p50 ${tenYears.p50.toFixed(2).padStart(7)} p99 ${tenYears.p99.toFixed(2).padStart(7)} | ×${(tenYears.p50 / oneYear.p50).toFixed(2)}`,
      );
    }
  } finally {
    await tiny.drop();
    await ten.drop();
    await server.stop();
  }
  console.log(`RESULT ${JSON.stringify(results)}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
