import 'reflect-metadata';
import { openServiceDatabase } from '#libs/postgres';
import { authConfigFromEnv } from './auth-config.js';
import { createApp } from './create-app.js';

async function main(): Promise<void> {
  const database = await openServiceDatabase();
  const app = await createApp({ databaseUrl: database.url, auth: authConfigFromEnv() });
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port);
  console.log(`[api] listening on http://localhost:${port} (OpenAPI at /docs, health at /health)`);
  let closing = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    console.log(`[api] ${signal}: closing`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
