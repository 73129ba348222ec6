import { runMain } from '#libs/config';
import { closeOnSignal } from '#libs/postgres';
import { openReadModelContext } from './read-model-context.js';

/** The projector process: runs every registered projection until SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const context = await openReadModelContext();
  const { runner } = context;
  await runner.start();
  console.log(runner.names.length > 0 ? `[projector] running ${runner.names.join(', ')}` : '[projector] no projections registered (libs/composition/src/registry.ts); idle');
  closeOnSignal('projector', () => context.close());
}

runMain('projector', main);
