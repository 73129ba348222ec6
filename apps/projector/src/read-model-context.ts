import 'reflect-metadata';
import { PostgresEventStore } from '#libs/event-store';
import { openServiceDatabase } from '#libs/postgres';
import { ProjectionRunner, createReadModelDataSource, runReadModelMigrations, type ProjectionRunnerOptions } from '#libs/projections';
import { allProjections, readModelEntities, readModelMigrations } from '../../../libs/projections/src/registry.js';

/** What the projector and the rebuild CLI share: the database, the store, the migrated read models, a runner. */
export async function openReadModelContext(
  options: Partial<ProjectionRunnerOptions> = {},
): Promise<{ runner: ProjectionRunner; close(): Promise<void> }> {
  const database = await openServiceDatabase();
  const store = await PostgresEventStore.open(database.url, { poolSize: 6 });
  const dataSource = await createReadModelDataSource({
    url: database.url,
    entities: readModelEntities,
    migrations: readModelMigrations,
    applicationName: 'almi-projector',
  }).initialize();
  const applied = await runReadModelMigrations(dataSource);
  if (applied.length > 0) console.log(`[projector] read-model migrations applied: ${applied.join(', ')}`);
  const runner = new ProjectionRunner({ store, dataSource, projections: allProjections, ...options });
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
