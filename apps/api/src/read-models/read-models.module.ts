import { Inject, Injectable, Logger, Module, type BeforeApplicationShutdown, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '#libs/event-store';
import { EVENT_STORE, PersonalDataCodec } from '#libs/platform';
import { PROJECTION_RUNNER, ProjectionRunner, READ_MODELS, createReadModelDataSource, runReadModelMigrations } from '#libs/projections';
import { DataSource } from 'typeorm';
import { createProjections, readModelEntities, readModelMigrations } from '#libs/composition';
import { ProjectionRebuilds } from './projection-rebuilds.service.js';
import { ProjectionsController } from './projections.controller.js';

export interface ReadModelsOptions {
  readonly databaseUrl: string;
  /**
   * Run the projections in this process (default true; RUN_PROJECTIONS=false for deployments that
   * run apps/projector beside the api). Status, rebuild and read-your-writes work either way: the
   * runner reads the checkpoints the other process writes.
   */
  readonly runProjections?: boolean;
}

const RUN_PROJECTIONS = Symbol('RUN_PROJECTIONS');

async function openReadModels(url: string): Promise<DataSource> {
  const dataSource = await createReadModelDataSource({ url, entities: readModelEntities, migrations: readModelMigrations, applicationName: 'almi-api-read-models' }).initialize();
  try {
    await runReadModelMigrations(dataSource);
    return dataSource;
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

/** Starts the runner with the app and stops it, then the DataSource, when the app closes. */
@Injectable()
class ReadModelsLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    @Inject(READ_MODELS) private readonly dataSource: DataSource,
    @Inject(ProjectionRebuilds) private readonly rebuilds: ProjectionRebuilds,
    @Inject(RUN_PROJECTIONS) private readonly runProjections: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.runProjections) await this.runner.start();
  }

  // Before the event store closes (its closer runs on application shutdown): the runner reads from it.
  async beforeApplicationShutdown(): Promise<void> {
    await this.rebuilds.settled();
    await this.runner.stop();
  }

  // After the HTTP server has closed, so no query is left using it.
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/**
 * The read models: their DataSource (migrated at start), the projection runner and its admin
 * routes. Global, so query modules inject READ_MODELS (or DataSource) and PROJECTION_RUNNER.
 */
@Module({})
export class ReadModelsModule {
  static forRoot(options: ReadModelsOptions): DynamicModule {
    const logger = new Logger('Projections');
    return {
      module: ReadModelsModule,
      global: true,
      controllers: [ProjectionsController],
      providers: [
        { provide: RUN_PROJECTIONS, useValue: options.runProjections ?? true },
        { provide: READ_MODELS, useFactory: () => openReadModels(options.databaseUrl) },
        { provide: DataSource, useExisting: READ_MODELS },
        {
          provide: PROJECTION_RUNNER,
          inject: [EVENT_STORE, READ_MODELS, PersonalDataCodec],
          useFactory: (store: EventStore, dataSource: DataSource, codec: PersonalDataCodec) =>
            new ProjectionRunner({ store, dataSource, projections: createProjections({ codec }), log: (line) => logger.log(line) }),
        },
        ProjectionRebuilds,
        ReadModelsLifecycle,
      ],
      exports: [READ_MODELS, DataSource, PROJECTION_RUNNER],
    };
  }
}
