export * from './projection.js';
export * from './errors.js';
export { ProjectionCheckpointEntity } from './projection-checkpoint.entity.js';
export { CreateProjectionCheckpoints1795305600000 } from './migrations/create-projection-checkpoints.migration.js';
export {
  createReadModelDataSource,
  readModelDataSourceOptions,
  runReadModelMigrations,
  READ_MODEL_MIGRATIONS_TABLE,
  type ReadModelDataSourceConfig,
  type ReadModelClass,
} from './read-model-data-source.js';
export { ProjectionRunner, type BatchResult, type ProjectionRunnerOptions, type ProjectionStatus, type RebuildProgress, type RunnerState } from './projection-runner.js';
export * from './batch-writes.js';
export * from './read-your-writes.js';
export * from './freshness.js';
