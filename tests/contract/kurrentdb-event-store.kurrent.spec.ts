import { randomUUID } from 'node:crypto';
import { KurrentDbEventStore } from '../../libs/event-store/src/kurrentdb/kurrentdb-event-store.js';
import { eventStoreContract } from '../../libs/event-store/src/testing/contract.js';

/**
 * The shared contract against a real KurrentDB (see docker/README.md). Not part of the default
 * projects: run with KURRENTDB_URL set and --testMatch '**\/*.kurrent.spec.ts'.
 *
 * Each test gets an empty store on the shared server: a fresh stream prefix isolates its streams,
 * and a view that starts at the server's head when connecting keeps its reads off older records.
 */
const url = process.env.KURRENTDB_URL;
if (!url) throw new Error('KURRENTDB_URL is not set, e.g. KURRENTDB_URL=kurrentdb://localhost:2113?tls=false (see docker/README.md)');

// One clear failure for an unreachable server instead of the same error in every test.
await (await KurrentDbEventStore.connect(url, { connectTimeoutMs: 8_000 })).close();

eventStoreContract(
  'KurrentDB',
  async () => {
    const store = await KurrentDbEventStore.connect(url, {
      streamPrefix: `c${randomUUID().replaceAll('-', '')}-`,
      from: 'head',
      pollIntervalMs: 20,
    });
    return { store, dispose: () => store.close() };
  },
  { globallyUniqueEventIds: false },
);
