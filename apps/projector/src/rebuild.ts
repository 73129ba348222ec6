import { runMain } from '#libs/config';
import { formatPosition } from '#libs/event-store';
import { openReadModelContext } from './read-model-context.js';

/**
 * `node dist/apps/projector/src/rebuild.js [name]`: rebuilds one projection (or all) beside the
 * live tables and switches them in, printing progress. A running projector need not be stopped.
 */
async function main(): Promise<number> {
  const wanted = process.argv[2];
  const context = await openReadModelContext();
  try {
    const { runner } = context;
    if (runner.names.length === 0) {
      console.log('[rebuild] no projections registered (libs/composition/src/registry.ts)');
      return 0;
    }
    if (wanted !== undefined && !runner.names.includes(wanted)) {
      console.error(`[rebuild] unknown projection ${wanted}; known: ${runner.names.join(', ')}`);
      return 2;
    }
    await runner.rebuild(wanted, (p) => {
      const percent = p.eventsTotal > 0 ? Math.floor((100 * p.eventsDone) / p.eventsTotal) : 100;
      console.log(
        p.switched
          ? `[rebuild] ${p.projection}: switched in after ${p.eventsDone} events, checkpoint ${formatPosition(p.position)}`
          : `[rebuild] ${p.projection}: ${p.eventsDone}/${p.eventsTotal} events (${percent}%)`,
      );
    });
    return 0;
  } finally {
    await context.close();
  }
}

runMain('rebuild', async () => process.exit(await main()));
