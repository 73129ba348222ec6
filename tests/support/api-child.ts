/**
 * The api in a process of its own, for the Idempotency-Key crash test
 * (tests/e2e/idempotency-crash.e2e.spec.ts). Nest needs decorator metadata, so it runs compiled
 * (tsc), not through tsx. API_CHILD_HANG says where every append stops, so the test can kill the
 * process with a request in the middle: `before-append` announces `appending` and never writes;
 * `after-append` writes, announces `appended` and never answers.
 */
import 'reflect-metadata';
import { PostgresEventStore } from '#libs/event-store';
import { LocalKeyRing } from '#libs/platform';
import { createApp } from '../../apps/api/src/create-app.js';

const url = process.env.API_CHILD_DATABASE_URL;
const hang = process.env.API_CHILD_HANG;
if (!url || !process.env.API_CHILD_KEK || !process.env.API_CHILD_SECRET) throw new Error('API_CHILD_DATABASE_URL, API_CHILD_KEK and API_CHILD_SECRET must be set');

const forever = (): Promise<never> => new Promise<never>(() => undefined);
const append = PostgresEventStore.prototype.append;
PostgresEventStore.prototype.append = async function (this: PostgresEventStore, ...args: Parameters<PostgresEventStore['append']>) {
  if (hang === 'before-append') {
    console.log('appending');
    return forever();
  }
  const result = await append.apply(this, args);
  if (hang === 'after-append') {
    console.log('appended');
    return forever();
  }
  return result;
};

const app = await createApp(
  { databaseUrl: url, auth: { secret: process.env.API_CHILD_SECRET }, runProjections: false, personalDataKek: LocalKeyRing.fromText(process.env.API_CHILD_KEK) },
  { logger: false },
);
await app.listen(0, '127.0.0.1');
console.log(`listening ${(app.getHttpServer().address() as { port: number }).port}`);
