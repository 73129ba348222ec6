import 'reflect-metadata';
import { closeOnSignal, openServiceDatabase } from '#libs/postgres';
import { PROJECTION_RUNNER, type ProjectionRunner } from '#libs/projections';
import { authConfigFromEnv } from './auth-config.js';
import { createApp } from './create-app.js';
import { seedOnStart, wantsDemoData } from './demo-data.js';

async function main(): Promise<void> {
  const database = await openServiceDatabase();
  const demoData = wantsDemoData(process.argv.slice(2), process.env);
  const projections = process.env.RUN_PROJECTIONS !== 'false';
  // While seeding, projections would compete with the handlers for the cores: they start after it and catch up.
  const app = await createApp({
    databaseUrl: database.url,
    auth: authConfigFromEnv(),
    runProjections: projections && !demoData,
    idempotencyKeyTtlMs: idempotencyKeyTtlMsFromEnv(),
  });
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
