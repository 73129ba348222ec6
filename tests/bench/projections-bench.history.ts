import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { WriteBehind, generateDemoData, runSeedPlan, type DemoData, type DemoDataOptions } from '#libs/demo-data';
import { PostgresEventStore, migrate } from '#libs/event-store';
import { platformMigrations } from '#libs/platform';
import { AppModule } from '../../apps/api/src/app.module.js';

export type Driver = 'fast' | 'bus';

export interface HistoryReport {
  readonly commands: number;
  readonly events: number;
  readonly generateMs: number;
  readonly driveMs: number;
  readonly driver: Driver;
}

/**
 * Fills an empty database with the demo data: the generator's commands through the api's
 * CommandBus and the real handlers and deciders (personal fields sealed by the real codec and
 * vault). 'bus' awaits every append in PostgreSQL, as `npm run seed` does; 'fast' lets the
 * handlers run against a write-behind store (see WriteBehind), which writes the same events in bulk.
 */
export async function fillHistory(
  databaseUrl: string,
  options: DemoDataOptions & { readonly driver: Driver; readonly log: (line: string) => void; readonly label: string },
): Promise<HistoryReport> {
  const { log, label, driver } = options;
  const generateStarted = performance.now();
  const data: DemoData = generateDemoData(options);
  const generateMs = performance.now() - generateStarted;
  log(
    `[${label}] ${data.commands.length.toLocaleString('en-US')} commands generated (seed ${data.seed}, scale ${data.scale}, ${data.from}..${data.today}) in ${(generateMs / 1000).toFixed(1)} s`,
  );

  const real = await PostgresEventStore.open(databaseUrl, { poolSize: 8 });
  await migrate(real.pool, 'platform_schema_migrations', platformMigrations);
  const writeBehind = driver === 'fast' ? new WriteBehind(real) : undefined;
  const store = writeBehind ? writeBehind.facade() : real;
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ databaseUrl, auth: { secret: 'projections-bench' }, runProjections: false }, store), {
    logger: false,
  });
  try {
    await app.init();
    const driveStarted = performance.now();
    const report = await runSeedPlan(app.get(CommandBus), data, {
      // Against the write-behind store a command rarely waits, and more in flight only costs promise bookkeeping.
      concurrency: driver === 'fast' ? 8 : 32,
      progressEveryMs: 15_000,
      onProgress: (p) => log(`[${label}] ${p.done.toLocaleString('en-US')}/${p.total.toLocaleString('en-US')} commands, ${Math.round(p.rate).toLocaleString('en-US')}/s`),
    });
    await writeBehind?.flushed();
    const driveMs = performance.now() - driveStarted;
    const events = Object.values(report.events).reduce((sum, n) => sum + n, 0);
    log(
      `[${label}] ${report.commands.toLocaleString('en-US')} commands → ${events.toLocaleString('en-US')} events in ${(driveMs / 1000).toFixed(1)} s ` +
        `(${Math.round((report.commands * 1000) / driveMs).toLocaleString('en-US')} commands/s, ${driver} driver` +
        `${writeBehind ? `, handlers waited for the store ${(writeBehind.waitedMs / 1000).toFixed(1)} s` : ''})`,
    );
    return { commands: report.commands, events, generateMs, driveMs, driver };
  } finally {
    await app.close(); // closes the real store too (AppModule's StoreCloser)
  }
}

export interface FillRequest extends DemoDataOptions {
  readonly databaseUrl: string;
  readonly driver: Driver;
  readonly label: string;
}

/**
 * Fills the database in a child process (this module run as a script), so the million events'
 * worth of plan and streams never share a heap, or a garbage collector, with what is measured
 * afterwards. The child gets a larger young generation: the handlers' folds make short-lived
 * garbage by the gigabyte.
 */
export function fillHistoryInChild(request: FillRequest): Promise<HistoryReport> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [], { execArgv: ['--max-semi-space-size=64'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let report: HistoryReport | undefined;
    child.on('message', (message: { ready?: true; report?: HistoryReport; error?: string }) => {
      if (message.ready) child.send(request);
      if (message.report) report = message.report;
      if (message.error) reject(new Error(message.error));
    });
    child.on('error', reject);
    child.on('exit', (code) => (report ? resolve(report) : reject(new Error(`The fill of ${request.label} ended with code ${code} and no report`))));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.send) {
  // The request is sent once this listener is there (a message before it would be lost).
  process.send({ ready: true });
  process.once('message', (request: FillRequest) => {
    const { databaseUrl, ...options } = request;
    fillHistory(databaseUrl, { ...options, log: (line) => console.log(line) }).then(
      (report) => process.send!({ report }, () => process.exit(0)),
      (error: unknown) => process.send!({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, () => process.exit(1)),
    );
  });
}
