import type { INestApplication } from '@nestjs/common';
import { seedDemoDataIfEmpty } from '#libs/demo-data';
import { setDemoPasswords } from './auth/demo-passwords.js';

const STOCKHOLM_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's business date in Sweden: the demo data runs up to it. */
export const stockholmToday = (now: Date = new Date()): string => STOCKHOLM_DATE.format(now);

/** The service seeds demo data into an empty store unless started with `--empty` or with DEMO_DATA=false. */
export const wantsDemoData = (args: readonly string[], env: NodeJS.ProcessEnv): boolean => !args.includes('--empty') && env.DEMO_DATA !== 'false';

/** Seeds demo data (seed 42, scale 1) when the store is empty, printing progress. */
export async function seedOnStart(app: INestApplication, log: (line: string) => void = console.log): Promise<void> {
  const result = await seedDemoDataIfEmpty(app, { seed: 42, scale: 1, today: stockholmToday(), log });
  if (result.outcome === 'skipped') return;
  await setDemoPasswords(app, result.data, log);
  const { report } = result;
  log(`[seed] demo data ready: ${report.commands} commands in ${(report.elapsedMs / 1000).toFixed(1)} s (${Math.round((report.commands * 1000) / report.elapsedMs)} commands/s)`);
}
