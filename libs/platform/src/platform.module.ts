import { Global, Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { DEFAULT_BACKDATING_DAYS } from '#libs/decider';
import type { EventStore } from '#libs/event-store';
import type { Pool } from '#libs/postgres';
import { AuthGuard } from './auth/auth.guard.js';
import { JwtVerifier, type AuthConfig } from './auth/jwt.js';
import { SESSION_RESOLVER, type SessionResolver } from './auth/session.js';
import { IDEMPOTENCY_OPTIONS, IdempotencyInterceptor, PLATFORM_POOL, type IdempotencyOptions } from './http/idempotency.interceptor.js';
import { ProblemDetailsFilter } from './http/problem-details.filter.js';
import { correlationMiddleware } from './http/request-context.js';
import { inputGuardMiddleware } from './http/input-guard.js';
import { PersonalDataCodec, type PersonalDataRules } from './personal-data/personal-data-codec.js';
import { PersonalDataVault } from './personal-data/vault.js';
import type { KeyEncryptionPort } from './personal-data/key-encryption.js';
import { COMMAND_DEPS, EVENT_STORE } from './tokens.js';
import type { CommandHandlingDeps } from './commands/handle-command.js';

export interface PlatformOptions {
  readonly store: EventStore;
  readonly pool: Pool;
  readonly auth: AuthConfig;
  readonly personalData: PersonalDataRules;
  /** Where the key-encryption keys live (keyEncryptionFromEnv: a file or PERSONAL_DATA_KEK). */
  readonly keyEncryption: KeyEncryptionPort;
  /** Days a business date may lie before today; default `DEFAULT_BACKDATING_DAYS` (60). */
  readonly backdatingDays?: number;
  /** Browser sessions (the session cookie), beside bearer tokens; none: bearer tokens only. */
  readonly sessions?: SessionResolver;
  /** How long Idempotency-Keys are remembered (default 24 h). */
  readonly idempotency?: IdempotencyOptions;
}

/**
 * What every business-area module relies on: the event store, command handling with personal-data
 * sealing, authentication and roles, problem-details errors, correlation ids and Idempotency-Key.
 */
@Global()
@Module({})
export class PlatformModule implements NestModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const vault = new PersonalDataVault(options.pool, options.keyEncryption);
    const codec = new PersonalDataCodec(vault, options.personalData);
    const deps: CommandHandlingDeps = { store: options.store, codec, backdatingDays: options.backdatingDays ?? DEFAULT_BACKDATING_DAYS };
    return {
      module: PlatformModule,
      imports: [CqrsModule.forRoot()],
      providers: [
        { provide: EVENT_STORE, useValue: options.store },
        { provide: PLATFORM_POOL, useValue: options.pool },
        { provide: IDEMPOTENCY_OPTIONS, useValue: options.idempotency ?? {} },
        { provide: PersonalDataVault, useValue: vault },
        { provide: PersonalDataCodec, useValue: codec },
        { provide: COMMAND_DEPS, useValue: deps },
        { provide: JwtVerifier, useValue: new JwtVerifier(options.auth) },
        { provide: SESSION_RESOLVER, useValue: options.sessions ?? null },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
      exports: [EVENT_STORE, PLATFORM_POOL, JwtVerifier, SESSION_RESOLVER, PersonalDataVault, PersonalDataCodec, COMMAND_DEPS, CqrsModule],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(correlationMiddleware, inputGuardMiddleware).forRoutes('*path');
  }
}
