import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { migrate, PostgresEventStore } from '#libs/event-store';
import { platformMigrations, validationPipe } from '#libs/platform';
import { Logger } from 'nestjs-pino';
import type { Logger as Pino } from 'pino';
import { AppModule } from './app.module.js';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './security/rate-limits.js';
import { securityHeaders } from './security/security-headers.js';
import { AUTH_MIGRATIONS_TABLE, authMigrations } from './auth/auth.migrations.js';
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
  /** Days a business date may lie before today (default 60; the configuration's BACKDATING_WINDOW_DAYS). */
  readonly backdatingWindowDays?: number;
  /** Requests per minute per user and per address (429 beyond); `false` turns the limits off. Default `DEFAULT_RATE_LIMITS`. */
  readonly rateLimits?: RateLimits | false;
}

/** Builds the api (used by main.ts and by the end-to-end tests). Closing the app closes the store (AppModule). */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<INestApplication> {
  const store = await PostgresEventStore.open(config.databaseUrl, { poolSize: 20 });
  await migrate(store.pool, 'platform_schema_migrations', platformMigrations);
  await migrate(store.pool, AUTH_MIGRATIONS_TABLE, authMigrations);
  const rootLogger = options.logger === false ? createRootLogger('silent') : (options.rootLogger ?? createRootLogger(config.logLevel));
  const runtime = {
    seeding: options.seeding ?? new SeedingStatus(),
    logger: rootLogger,
    backdatingDays: options.backdatingWindowDays,
    rateLimits: options.rateLimits ?? DEFAULT_RATE_LIMITS,
  };
  const app = await NestFactory.create(AppModule.forRoot(config, store, runtime), {
    logger: new PinoNestLogger(rootLogger),
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.use(securityHeaders());
  app.useGlobalPipes(validationPipe());
  const document = SwaggerModule.createDocument(app, openApiConfig());
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/json' });
  return app;
}

/** The document's title, description and security schemes (shared with openapi-document.ts, which the web app's types come from). */
export function openApiConfig() {
  return new DocumentBuilder()
    .setTitle('Almi Företagspartner Mälardalen: loans and advisory')
    .setDescription(
      "Event-sourced loans, advisory, customer time and the owners' scorecard. Every command answers with the ids it created " +
        'and the global `position` of its last event; pass it to a query as `?position=` to read your own writes. ' +
        'Errors are RFC 9457 problem details.',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .addCookieAuth('almi_session')
    .build();
}
