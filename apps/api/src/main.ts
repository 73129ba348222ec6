import 'reflect-metadata';
import { closeOnSignal, openServiceDatabase } from '#libs/postgres';
import { PROJECTION_RUNNER, type ProjectionRunner } from '#libs/projections';
import { authConfigFromEnv, signInConfigFromEnv } from './auth-config.js';
import { createApp } from './create-app.js';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './security/rate-limits.js';
import { seedOnStart, wantsDemoData } from './demo-data.js';

/** BACKDATING_WINDOW_DAYS: a whole number of days, 0 or more; default 60. */
function backdatingWindowDaysFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.BACKDATING_WINDOW_DAYS;
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,6}$/.test(raw)) throw new Error(`BACKDATING_WINDOW_DAYS must be a whole number of days, 0 or more (got ${raw})`);
  return Number(raw);
}

/** RATE_LIMIT_PER_USER / RATE_LIMIT_PER_ADDRESS: requests per minute (0 = no limit); defaults 600 and 3000. */
function rateLimitsFromEnv(env: NodeJS.ProcessEnv): RateLimits {
  const read = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!/^\d{1,9}$/.test(raw)) throw new Error(`${name} must be a whole number of requests per minute (got ${raw})`);
    return Number(raw) === 0 ? Number.MAX_SAFE_INTEGER : Number(raw);
  };
  return { perUser: read('RATE_LIMIT_PER_USER', DEFAULT_RATE_LIMITS.perUser), perAddress: read('RATE_LIMIT_PER_ADDRESS', DEFAULT_RATE_LIMITS.perAddress), windowMs: 60_000 };
}

async function main(): Promise<void> {
  const database = await openServiceDatabase();
  const demoData = wantsDemoData(process.argv.slice(2), process.env);
  const projections = process.env.RUN_PROJECTIONS !== 'false';
  // While seeding, projections would compete with the handlers for the cores: they start after it and catch up.
  const app = await createApp(
    { databaseUrl: database.url, auth: authConfigFromEnv(), signIn: signInConfigFromEnv(), runProjections: projections && !demoData, idempotencyKeyTtlMs: idempotencyKeyTtlMsFromEnv() },
    { backdatingWindowDays: backdatingWindowDaysFromEnv(process.env), rateLimits: rateLimitsFromEnv(process.env) },
  );
  const port = Number(process.env.PORT ?? 3000);
  // Demo data first, so the service never answers with a half-seeded store.
  if (demoData) {
    await app.init();
    await seedOnStart(app);
    if (projections) await app.get<ProjectionRunner>(PROJECTION_RUNNER).start();
  }
  await app.listen(port);
  console.log(`[api] listening on http://localhost:${port} (OpenAPI at /docs, health at /health)`);
  closeOnSignal('api', async () => {
    await app.close();
    await database.stop();
  });
}

/** IDEMPOTENCY_KEY_TTL_HOURS: how long an Idempotency-Key is remembered (default 24). */
function idempotencyKeyTtlMsFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const given = env.IDEMPOTENCY_KEY_TTL_HOURS;
  if (given === undefined || given === '') return undefined;
  const hours = Number(given);
  if (!Number.isFinite(hours) || hours <= 0) throw new Error(`IDEMPOTENCY_KEY_TTL_HOURS must be a positive number of hours, not ${given}`);
  return hours * 3_600_000;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
