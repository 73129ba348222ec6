import { pgTypes } from '#libs/postgres';
import { DataSource, type DataSourceOptions, type EntitySchema } from 'typeorm';
import { CreateProjectionCheckpoints1795305600000 } from './migrations/create-projection-checkpoints.migration.js';
import { ProjectionCheckpointEntity } from './projection-checkpoint.entity.js';

export const READ_MODEL_MIGRATIONS_TABLE = 'read_model_migrations';

/** A class, as TypeORM takes entities and migrations. */
export type ReadModelClass = abstract new (...args: never[]) => unknown;

const withFirst = <T>(first: T, rest: readonly T[]): T[] => [first, ...rest.filter((item) => item !== first)];

export interface ReadModelDataSourceConfig {
  readonly url: string;
  readonly entities?: readonly (ReadModelClass | EntitySchema)[];
  readonly migrations?: readonly ReadModelClass[];
  readonly poolSize?: number;
  readonly applicationName?: string;
}

/**
 * Options for the read-model DataSource (also usable with @nestjs/typeorm). The schema only ever
 * changes through migrations: synchronize stays off, and migrations run when the owner says so
 * (runReadModelMigrations). The checkpoint entity and migration are always included.
 */
export function readModelDataSourceOptions(config: ReadModelDataSourceConfig): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.url,
    entities: withFirst<ReadModelClass | EntitySchema>(ProjectionCheckpointEntity, config.entities ?? []),
    migrations: withFirst<ReadModelClass>(CreateProjectionCheckpoints1795305600000, config.migrations ?? []),
    migrationsTableName: READ_MODEL_MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    poolSize: config.poolSize ?? 10,
    applicationName: config.applicationName ?? 'almi-read-models',
    extra: { types: pgTypes },
  };
}

/** A DataSource for the read models; call `initialize()` on it. */
export function createReadModelDataSource(config: ReadModelDataSourceConfig): DataSource {
  return new DataSource(readModelDataSourceOptions(config));
}

/**
 * Runs pending read-model migrations under a session advisory lock, so two processes starting at
 * once (api and projector) apply each migration once; a second call finds nothing to do.
 * Returns the names of the migrations applied.
 */
export async function runReadModelMigrations(dataSource: DataSource): Promise<string[]> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', ['almi-ledger:read-model-migrations']);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', ['almi-ledger:read-model-migrations']).catch(() => undefined);
    await lock.release();
  }
}
