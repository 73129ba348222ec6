import 'reflect-metadata';
import { closeOnSignal, openServiceDatabase } from '#libs/postgres';
import { PROJECTION_RUNNER, type ProjectionRunner } from '#libs/projections';
import { authConfigFromEnv, signInConfigFromEnv } from './auth-config.js';
import { createApp } from './create-app.js';
import { seedOnStart, wantsDemoData } from './demo-data.js';

async function main(): Promise<void> {
  const database = await openServiceDatabase();
  const demoData = wantsDemoData(process.argv.slice(2), process.env);
  const projections = process.env.RUN_PROJECTIONS !== 'false';
  // While seeding, projections would compete with the handlers for the cores: they start after it and catch up.
  const app = await createApp({ databaseUrl: database.url, auth: authConfigFromEnv(), signIn: signInConfigFromEnv(), runProjections: projections && !demoData });
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

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
