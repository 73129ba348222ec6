import 'reflect-metadata';
import { loadConfig } from '#libs/config';
import { PostgresEventStore } from '#libs/event-store';
import { keyEncryptionFromEnv, PersonalDataCodec, PersonalDataVault } from '#libs/platform';
import { openServiceDatabase } from '#libs/postgres';
import { ProjectionRunner, createReadModelDataSource, runReadModelMigrations, type ProjectionRunnerOptions } from '#libs/projections';
import { createProjections, personalDataRules, readModelEntities, readModelMigrations } from '#libs/composition';

/** What the projector and the rebuild CLI share: the database, the store, the migrated read models, a runner. */
export async function openReadModelContext(options: Partial<ProjectionRunnerOptions> = {}): Promise<{ runner: ProjectionRunner; close(): Promise<void> }> {
  const config = loadConfig({ role: 'projector' });
  const database = await openServiceDatabase(config.database);
  const store = await PostgresEventStore.open(database.url, { poolSize: 6 });
  const dataSource = await createReadModelDataSource({
    url: database.url,
    entities: readModelEntities,
    migrations: readModelMigrations,
    applicationName: 'almi-projector',
  }).initialize();
  const applied = await runReadModelMigrations(dataSource);
  if (applied.length > 0) console.log(`[projector] read-model migrations applied: ${applied.join(', ')}`);
  // The api's vault and rules: what it sealed opens here, and reads as erased once its key is gone.
  const codec = new PersonalDataCodec(new PersonalDataVault(store.pool, keyEncryptionFromEnv(config.personalDataKek)), personalDataRules);
  const runner = new ProjectionRunner({ store, dataSource, projections: createProjections({ codec }), ...options });
  return {
    runner,
    async close() {
      await runner.stop();
      await dataSource.destroy();
      await store.close();
      await database.stop();
    },
  };
}
