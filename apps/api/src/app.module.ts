import { Global, Inject, Injectable, Module, type DynamicModule, type MiddlewareConsumer, type NestModule, type OnApplicationShutdown } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import type { Logger } from 'pino';
import { CATALOGUE_FILES } from '#libs/config';
import type { PostgresEventStore } from '#libs/event-store';
import { AdvisoryAreaModule } from '#libs/advisory';
import { CustomerTimeModule } from '#libs/customer-time';
import { CustomersModule } from '#libs/customers';
import { FundingModule } from '#libs/funding';
import { LoansModule } from '#libs/loans';
import { EVENT_STORE, keyEncryptionFromEnv, PlatformModule } from '#libs/platform';
import { ReadSideModule } from '#libs/read-side';
import { ReportsModule } from '#libs/reports';
import { ScorecardModule } from '#libs/scorecard';
import { ScorecardInputsModule } from '#libs/scorecard-inputs';
import { StaffModule } from '#libs/staff';
import { SurveysModule } from '#libs/surveys';
import { TargetsModule } from '#libs/targets';
import { AuditController } from './audit/audit.controller.js';
import { AuthModule } from './auth/auth.module.js';
import { SessionStore } from './auth/sessions.js';
import { DEFAULT_SIGN_IN } from './auth/sign-in.config.js';
import { ClosedPeriodInterceptor, ClosedPeriods } from './audit/closed-periods.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { WebAppModule } from './web/web-app.module.js';
import { HealthController } from './health/health.controller.js';
import { PersonalDataController } from './personal-data/personal-data.controller.js';
import { LogContextInterceptor, createRootLogger, loggerModule } from './observability/logging.js';
import { MetricsController } from './observability/metrics.controller.js';
import { Metrics } from './observability/metrics.js';
import { SeedingStatus } from './observability/seeding-status.js';
import { READINESS_LIMITS, SEEDING_STATUS } from './observability/tokens.js';
import { personalDataRules } from '#libs/composition';
import { ReadModelsModule } from './read-models/read-models.module.js';
import { AddressRateLimitModule, UserRateLimitModule, type RateLimits } from './security/rate-limits.js';
import type { AppConfig } from './tokens.js';

@Injectable()
class StoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: PostgresEventStore) {}
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** Settings every module may read: the catalogue files, the seeding status, the readiness limits. */
@Global()
@Module({})
class SettingsModule {
  static forRoot(config: AppConfig, seeding: SeedingStatus): DynamicModule {
    const providers = [
      { provide: CATALOGUE_FILES, useValue: config.catalogues ?? {} },
      { provide: SEEDING_STATUS, useValue: seeding },
      { provide: READINESS_LIMITS, useValue: config.readiness ?? { maxLagEvents: 10_000, maxLagSeconds: 60 } },
    ];
    return { module: SettingsModule, providers, exports: providers.map((p) => p.provide) };
  }
}

export interface AppRuntime {
  readonly seeding: SeedingStatus;
  readonly logger: Logger;
  /** Days a business date may lie before today (default 60). */
  readonly backdatingDays?: number;
  /** Requests per minute per user and per address; false: no limits. */
  readonly rateLimits?: RateLimits | false;
}

@Module({})
export class AppModule implements NestModule {
  constructor(@Inject(Metrics) private readonly metrics: Metrics) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(this.metrics.httpMiddleware).forRoutes('*path');
  }

  static forRoot(config: AppConfig, store: PostgresEventStore, runtime: AppRuntime = { seeding: new SeedingStatus(), logger: createRootLogger('silent') }): DynamicModule {
    const signIn = config.signIn ?? DEFAULT_SIGN_IN;
    const sessions = new SessionStore(store.pool, store, signIn.session);
    return {
      module: AppModule,
      imports: [
        SettingsModule.forRoot(config, runtime.seeding),
        loggerModule(runtime.logger),
        // Order matters: the address limit's guard runs before authentication, the user limit's after it.
        AddressRateLimitModule.forRoot(runtime.rateLimits ?? false),
        PlatformModule.forRoot({
          store,
          pool: store.pool,
          auth: config.auth,
          personalData: personalDataRules,
          backdatingDays: runtime.backdatingDays,
          keyEncryption: config.personalDataKek ?? keyEncryptionFromEnv({}),
          sessions,
          idempotency: { ttlMs: config.idempotencyKeyTtlMs },
        }),
        UserRateLimitModule.forRoot(runtime.rateLimits ?? false),
        AuthModule.forRoot(signIn, sessions, store.pool),
        CustomersModule,
        StaffModule,
        LoansModule,
        AdvisoryAreaModule,
        CustomerTimeModule,
        TargetsModule,
        SurveysModule,
        FundingModule,
        ScorecardInputsModule,
        ReadModelsModule.forRoot({ databaseUrl: config.databaseUrl, runProjections: config.runProjections }),
        ScorecardModule,
        ReadSideModule,
        ReportsModule,
        DashboardModule,
        WebAppModule,
      ],
      controllers: [HealthController, AuditController, PersonalDataController, MetricsController],
      providers: [
        StoreCloser,
        Metrics,
        ClosedPeriods,
        { provide: APP_INTERCEPTOR, useClass: LogContextInterceptor },
        { provide: APP_INTERCEPTOR, useClass: ClosedPeriodInterceptor },
      ],
    };
  }
}
