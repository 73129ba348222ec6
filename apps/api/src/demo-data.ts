import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { WriteBehind, generateDemoData, isStoreEmpty, runSeedPlan } from '#libs/demo-data';
import { PostgresEventStore } from '#libs/event-store';
import { EVENT_STORE } from '#libs/platform';
import { AppModule } from './app.module.js';
import type { SeedingStatus } from './observability/seeding-status.js';
import type { AppConfig } from './tokens.js';
import { setDemoPasswords } from './auth/demo-passwords.js';

const STOCKHOLM_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's business date in Sweden: the demo data runs up to it. */
export const stockholmToday = (now: Date = new Date()): string => STOCKHOLM_DATE.format(now);

/**
 * Seeds demo data (seed 42, scale 1) when the store is empty, reporting progress to `status` (which
 * readiness, /health, /metrics and the dashboard show) and to the log.
 *
 * Every command still goes through the real command bus, handlers and deciders (and the real
 * personal-data vault), but in a second application context whose store is a write-behind store:
 * handlers read their streams from memory and their appends, checked against the expected revision
 * as es_append checks them, reach PostgreSQL in bulk, 5,000 events a statement, in append order.
 * Waiting for a durable commit per command (about 750 commands/s on two busy cores) was the cost;
 * the events, streams, revisions and global order are the same. It needs an empty store that
 * nothing else writes to meanwhile, which is why readiness fails until it is done.
 */
export async function seedOnStart(app: INestApplication, config: AppConfig, status: SeedingStatus, log: (line: string) => void): Promise<void> {
  status.pending();
  try {
    if (!(await isStoreEmpty(app.get(EVENT_STORE)))) {
      status.finish('skipped');
      log('[seed] the event store already has events: no demo data seeded');
      return;
    }
    const started = performance.now();
    const data = generateDemoData({ seed: 42, scale: 1, today: stockholmToday() });
    log(`[seed] seed ${data.seed}, scale ${data.scale}, ${data.from}..${data.today}: ${data.commands.length} commands planned in ${Math.round(performance.now() - started)} ms`);
    status.progress(0, data.commands.length, 0);
    const real = await PostgresEventStore.open(config.databaseUrl, { poolSize: 4 });
    const writeBehind = new WriteBehind(real);
    const context = await NestFactory.createApplicationContext(AppModule.forRoot({ ...config, runProjections: false }, writeBehind.facade()), { logger: false });
    let lastLogged = 0;
    try {
      await context.init();
      const report = await runSeedPlan(context.get(CommandBus), data, {
        concurrency: 8,
        progressEveryMs: 500,
        onProgress: (p) => {
          status.progress(p.done, p.total, p.rate);
          if (p.elapsedMs - lastLogged >= 5000 || p.done === p.total) {
            lastLogged = p.elapsedMs;
            log(`[seed] ${p.done}/${p.total} commands (${Math.round((100 * p.done) / p.total)} %), ${Math.round(p.rate)} commands/s`);
          }
        },
      });
      await writeBehind.flushed();
      // Every demo employee signs in with the documented password (set through the real app, whose store now holds them).
      await setDemoPasswords(app, data, log);
      const elapsedMs = performance.now() - started;
      status.finish('done');
      log(`[seed] demo data ready: ${report.commands} commands in ${(elapsedMs / 1000).toFixed(1)} s (${Math.round((report.commands * 1000) / elapsedMs)} commands/s)`);
    } finally {
      await context.close(); // closes its store too
    }
  } catch (error) {
    status.finish('failed', (error as Error).message);
    throw error;
  }
}
