import { openReadModelContext } from './read-model-context.js';

/** The projector process: runs every registered projection until SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const context = await openReadModelContext();
  const { runner } = context;
  await runner.start();
  console.log(
    runner.names.length > 0
      ? `[projector] running ${runner.names.join(', ')}`
      : '[projector] no projections registered (libs/projections/src/registry.ts); idle',
  );
  let closing = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    console.log(`[projector] ${signal}: finishing the current batches`);
    await context.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
