import type { EntitySchema } from 'typeorm';
import { CreateProjectionCheckpoints1795305600000 } from './migrations/create-projection-checkpoints.migration.js';
import { ProjectionCheckpointEntity } from './projection-checkpoint.entity.js';
import type { Projection } from './projection.js';

/**
 * Every read model the projector runs, with the entities and migrations of its tables. Add yours
 * here. Kept out of index.ts: this module imports the area libs, which import #libs/projections.
 */
export const allProjections: readonly Projection[] = [];

export const readModelEntities: readonly (Function | EntitySchema)[] = [ProjectionCheckpointEntity];

export const readModelMigrations: readonly Function[] = [CreateProjectionCheckpoints1795305600000];
