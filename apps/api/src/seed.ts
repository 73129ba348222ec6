import 'reflect-metadata';
import { loadConfig, runMain } from '#libs/config';
import { isBusinessDate } from '#libs/decider';
import { seedDemoDataIfEmpty } from '#libs/demo-data';
import { openServiceDatabase } from '#libs/postgres';
import { authConfigOf } from './auth-config.js';
import { createApp } from './create-app.js';
import { stockholmToday } from './demo-data.js';
import { setDemoPasswords } from './auth/demo-passwords.js';

const USAGE = 'usage: npm run seed -- [--seed 42] [--scale 1] [--today YYYY-MM-DD] [--from YYYY-MM-DD] [--time-entries detailed|daily] [--concurrency 32] [--empty-check]';

/**
 * Fills the service database with demo data through the real command handlers:
 *   npm run seed -- --seed 42 --scale 1
 * Only an empty event store is seeded. `--empty-check` makes a store that already has events a
 * success (nothing to do) instead of an error, for scripts that seed "if needed".
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (flag: string): string | undefined => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const known = new Set(['--seed', '--scale', '--today', '--from', '--time-entries', '--concurrency', '--empty-check']);
  const unknown = args.filter((a, i) => a.startsWith('--') && !known.has(a) && !(i > 0 && known.has(args[i - 1])));
  const seed = Number(value('--seed') ?? 42);
  const scale = Number(value('--scale') ?? 1);
  const today = value('--today') ?? stockholmToday();
  const from = value('--from');
  const timeEntries = value('--time-entries') ?? 'detailed';
  const concurrency = Number(value('--concurrency') ?? 32);
  if (
    unknown.length > 0 ||
    !Number.isSafeInteger(seed) ||
    !(scale > 0) ||
    !isBusinessDate(today) ||
    (from !== undefined && !isBusinessDate(from)) ||
    (timeEntries !== 'detailed' && timeEntries !== 'daily') ||
    !(concurrency >= 1)
  ) {
    console.error(USAGE);
    process.exit(2);
  }

  // `npm run seed` is the explicit ask for demo data, into whichever store is configured.
  const config = loadConfig({ role: 'api' });
  const database = await openServiceDatabase(config.database);
  // The projections build the read models from the events when the service next runs; running them
  // here too would only compete with the handlers for the two cores.
  const app = await createApp({ databaseUrl: database.url, auth: authConfigOf(config), runProjections: false, catalogues: config.catalogues }, { logger: false });
  let exitCode = 0;
  try {
    await app.init();
    const result = await seedDemoDataIfEmpty(app, { seed, scale, today, ...(from ? { from } : {}), timeEntries, concurrency, log: console.log });
    if (result.outcome === 'skipped') {
      console.log('[seed] the event store already has events: nothing seeded');
      if (!args.includes('--empty-check')) {
        console.error('[seed] seeding is only for an empty store (pass --empty-check to treat this as success)');
        exitCode = 1;
      }
    } else {
      await setDemoPasswords(app, result.data, console.log);
      const { report } = result;
      console.log(`[seed] ${report.commands} commands in ${(report.elapsedMs / 1000).toFixed(1)} s (${Math.round((report.commands * 1000) / report.elapsedMs)} commands/s)`);
      console.log(
        `[seed] events: ${Object.entries(report.events)
          .map(([type, count]) => `${type} ${count}`)
          .join(', ')}`,
      );
    }
  } catch (error) {
    console.error(error);
    exitCode = 1;
  } finally {
    await app.close();
    await database.stop();
  }
  process.exit(exitCode);
}

runMain('seed', main);
