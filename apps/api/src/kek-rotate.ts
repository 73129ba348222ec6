import { migrate, PostgresEventStore } from '#libs/event-store';
import { keyEncryptionFromEnv, PersonalDataVault, platformMigrations } from '#libs/platform';
import { openServiceDatabase } from '#libs/postgres';
import { loadConfig, runMain } from '#libs/config';

/**
 * KEK rotation from the command line (`npm run kek:rotate`): re-wraps every live personal-data key
 * under a new key-encryption key and destroys the old one. With the embedded database, run it while
 * the api is stopped (or use POST /admin/personal-data/rotate-kek while it runs).
 */
runMain('kek', async () => {
  const config = loadConfig({ role: 'tool' });
  const database = await openServiceDatabase(config.database);
  const store = await PostgresEventStore.open(database.url, { poolSize: 2 });
  try {
    await migrate(store.pool, 'platform_schema_migrations', platformMigrations);
    const rotation = await new PersonalDataVault(store.pool, keyEncryptionFromEnv(config.personalDataKek)).rotateKek();
    console.log(`[kek] ${rotation.rewrapped} data keys re-wrapped under KEK ${rotation.kekId}; retired: ${rotation.previousKekIds.join(', ') || 'none'}`);
    if (rotation.operatorAction) console.log(`[kek] ${rotation.operatorAction}`);
  } finally {
    await store.close();
    await database.stop();
  }
});
