import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { migrate, PostgresEventStore } from '#libs/event-store';
import { platformMigrations, validationPipe } from '#libs/platform';
import { Logger } from 'nestjs-pino';
import type { Logger as Pino } from 'pino';
import { AppModule } from './app.module.js';
import { PinoNestLogger, createRootLogger } from './observability/logging.js';
import { SeedingStatus } from './observability/seeding-status.js';
import type { AppConfig } from './tokens.js';

export interface CreateAppOptions {
  /** false: no logs at all (tests, tools). */
  readonly logger?: boolean;
  /** The process's JSON logger (main.ts shares its own); one is made at config.logLevel otherwise. */
  readonly rootLogger?: Pino;
  /** Demo seeding's progress, shown by /health, /health/ready and /metrics. */
  readonly seeding?: SeedingStatus;
}

/** Builds the api (used by main.ts and by the end-to-end tests). Closing the app closes the store (AppModule). */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<INestApplication> {
  const store = await PostgresEventStore.open(config.databaseUrl, { poolSize: 20 });
  await migrate(store.pool, 'platform_schema_migrations', platformMigrations);
  const rootLogger = options.logger === false ? createRootLogger('silent') : (options.rootLogger ?? createRootLogger(config.logLevel));
  const app = await NestFactory.create(AppModule.forRoot(config, store, { seeding: options.seeding ?? new SeedingStatus(), logger: rootLogger }), {
    logger: new PinoNestLogger(rootLogger),
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(validationPipe());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Almi Företagspartner Mälardalen: loans and advisory')
      .setDescription(
        "Event-sourced loans, advisory, customer time and the owners' scorecard. Every command answers with the ids it created " +
          'and the global `position` of its last event; pass it to a query as `?position=` to read your own writes. ' +
          'Errors are RFC 9457 problem details.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/json' });
  return app;
}
