import type { INestApplication } from '@nestjs/common';
import { seedDemoDataIfEmpty } from '#libs/demo-data';
import type { SeedingStatus } from './observability/seeding-status.js';

const STOCKHOLM_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's business date in Sweden: the demo data runs up to it. */
export const stockholmToday = (now: Date = new Date()): string => STOCKHOLM_DATE.format(now);

/**
 * Seeds demo data (seed 42, scale 1) when the store is empty, reporting progress to `status` (which
 * readiness, /health, /metrics and the dashboard show) and to the log.
 */
export async function seedOnStart(app: INestApplication, status: SeedingStatus, log: (line: string) => void): Promise<void> {
  status.pending();
  try {
    const result = await seedDemoDataIfEmpty(app, {
      seed: 42,
      scale: 1,
      today: stockholmToday(),
      log,
      progressEveryMs: 1000,
      onProgress: (p) => {
        status.progress(p.done, p.total, p.rate);
        if (p.done === p.total || Math.floor(p.elapsedMs / 1000) % 5 === 0) log(`[seed] ${p.done}/${p.total} commands (${Math.round((100 * p.done) / p.total)} %), ${Math.round(p.rate)} commands/s`);
      },
    });
    if (result.outcome === 'skipped') {
      status.finish('skipped');
      log('[seed] the event store already has events: no demo data seeded');
      return;
    }
    const { report } = result;
    status.finish('done');
    log(`[seed] demo data ready: ${report.commands} commands in ${(report.elapsedMs / 1000).toFixed(1)} s (${Math.round((report.commands * 1000) / report.elapsedMs)} commands/s)`);
  } catch (error) {
    status.finish('failed', (error as Error).message);
    throw error;
  }
}
