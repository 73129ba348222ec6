import { PostgresEventStore } from '#libs/event-store';
import { eventStoreContract } from '../../libs/event-store/src/testing/contract.js';
import { createTestDatabase } from '../support/database.js';

eventStoreContract('PostgreSQL', async () => {
  const db = await createTestDatabase('contract');
  const store = await PostgresEventStore.open(db.url, { pollIntervalMs: 20, poolSize: 12 });
  return {
    store,
    dispose: async () => {
      await store.close();
      await db.drop();
    },
  };
});
