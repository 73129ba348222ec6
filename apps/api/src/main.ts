import 'reflect-metadata';
import { loadConfig, runMain } from '#libs/config';
import { closeOnSignal, openServiceDatabase } from '#libs/postgres';
import { PROJECTION_RUNNER, type ProjectionRunner } from '#libs/projections';
import { keyEncryptionFromEnv } from '#libs/platform';
import { authConfigOf, signInConfigFromEnv } from './auth-config.js';
import { createApp } from './create-app.js';
import { seedOnStart } from './demo-data.js';
import { createRootLogger } from './observability/logging.js';
import { SeedingStatus } from './observability/seeding-status.js';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './security/rate-limits.js';

runMain('api', async () => {
  const config = loadConfig({ argv: process.argv.slice(2), role: 'api' });
  const logger = createRootLogger(config.log.level);
  const log = (line: string): void => logger.info(line);
  const database = await openServiceDatabase(config.database, log);
  const seeding = new SeedingStatus();
  // While seeding, projections would compete with the handlers for the cores: they start after it and catch up.
  const appConfig = {
    databaseUrl: database.url,
    auth: authConfigOf(config),
    signIn: signInConfigFromEnv(config.signIn),
    personalDataKek: keyEncryptionFromEnv(config.personalDataKek),
    ...(config.idempotencyKeyTtlHours === undefined ? {} : { idempotencyKeyTtlMs: config.idempotencyKeyTtlHours * 3_600_000 }),
    runProjections: config.runProjections && !config.demoData,
    catalogues: config.catalogues,
    readiness: config.readiness,
    logLevel: config.log.level,
  };
  // 0 lifts a limit.
  const limit = (given: number | undefined, fallback: number): number => (given === undefined ? fallback : given === 0 ? Number.MAX_SAFE_INTEGER : given);
  const rateLimits: RateLimits = {
    perUser: limit(config.rateLimits.perUser, DEFAULT_RATE_LIMITS.perUser),
    perAddress: limit(config.rateLimits.perAddress, DEFAULT_RATE_LIMITS.perAddress),
    windowMs: DEFAULT_RATE_LIMITS.windowMs,
  };
  const app = await createApp(appConfig, { seeding, rootLogger: logger, backdatingWindowDays: config.backdatingWindowDays, rateLimits });
  // Listen at once: liveness answers from the first second; readiness says when the demo data is in.
  if (config.http.host) await app.listen(config.http.port, config.http.host);
  else await app.listen(config.http.port);
  const { port } = app.getHttpServer().address() as { port: number };
  logger.info({ port }, `[api] listening on http://localhost:${port} (OpenAPI at /docs, health at /health, readiness at /health/ready, metrics at /metrics)`);
  let closing = false;
  if (config.demoData) {
    void seedOnStart(app, appConfig, seeding, log)
      .catch((error: unknown) => logger.error({ err: error }, closing ? '[seed] demo seeding stopped by shutdown' : '[seed] demo seeding failed; the service stays up, not ready'))
      .then(async () => {
        if (config.runProjections && !closing) await app.get<ProjectionRunner>(PROJECTION_RUNNER).start();
      })
      .catch((error: unknown) => logger.error({ err: error }, '[api] projections failed to start'));
  }
  closeOnSignal('api', async () => {
    closing = true;
    await app.close();
    await database.stop();
  });
});
