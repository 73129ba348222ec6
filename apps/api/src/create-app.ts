import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { migrate, PostgresEventStore } from '#libs/event-store';
import { platformMigrations, validationPipe } from '#libs/platform';
import { AppModule } from './app.module.js';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './security/rate-limits.js';
import { securityHeaders } from './security/security-headers.js';
import { AUTH_MIGRATIONS_TABLE, authMigrations } from './auth/auth.migrations.js';
import type { AppConfig } from './tokens.js';

/** Builds the api (used by main.ts and by the end-to-end tests). Closing the app closes the store (AppModule). */
export interface CreateAppOptions {
  readonly logger?: boolean;
  /** Days a business date may lie before today (default 60; main.ts reads BACKDATING_WINDOW_DAYS). */
  readonly backdatingWindowDays?: number;
  /** Requests per minute per user and per address (429 beyond); `false` turns the limits off. Default `DEFAULT_RATE_LIMITS`. */
  readonly rateLimits?: RateLimits | false;
}

export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<INestApplication> {
  const store = await PostgresEventStore.open(config.databaseUrl, { poolSize: 20 });
  await migrate(store.pool, 'platform_schema_migrations', platformMigrations);
  await migrate(store.pool, AUTH_MIGRATIONS_TABLE, authMigrations);
  const app = await NestFactory.create(AppModule.forRoot(config, store, { backdatingDays: options.backdatingWindowDays, rateLimits: options.rateLimits ?? DEFAULT_RATE_LIMITS }), {
    logger: options.logger === false ? false : ['error', 'warn', 'log'],
  });
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
