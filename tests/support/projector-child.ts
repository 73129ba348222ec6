/**
 * A projector process for the crash test (libs/projections/src/projector-crash.int.spec.ts), run
 * from the TypeScript sources with `node --import tsx`. It projects the test projection and, in
 * the batch that holds an event of stream `crash-here`, announces `in-batch` after its writes and
 * hangs there, so the test can kill the process with the transaction open.
 */
import { PostgresEventStore } from '#libs/event-store';
import { ProjectionRunner, createReadModelDataSource } from '#libs/projections';
import { streamCountProjection } from '../../libs/projections/src/testing/test-projections.js';

const url = process.env.PROJECTOR_CHILD_DATABASE_URL;
if (!url) throw new Error('PROJECTOR_CHILD_DATABASE_URL is not set');

const store = await PostgresEventStore.open(url, { pollIntervalMs: 20, poolSize: 4 });
const dataSource = await createReadModelDataSource({ url, poolSize: 4 }).initialize();
const runner = new ProjectionRunner({
  store,
  dataSource,
  batchSize: Number(process.env.PROJECTOR_CHILD_BATCH_SIZE ?? 25),
  lockRetryMs: 50,
  log: (line) => console.log(line),
  projections: [
    streamCountProjection({
      afterWrites: async (events) => {
        if (!events.some((event) => event.streamId === 'crash-here')) return;
        console.log('in-batch');
        await new Promise(() => undefined);
      },
    }),
  ],
});
await runner.start();
console.log('started');
