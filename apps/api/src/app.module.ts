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
import { EVENT_STORE, PlatformModule } from '#libs/platform';
import { ReportsModule } from '#libs/reports';
import { ScorecardModule } from '#libs/scorecard';
import { StaffModule } from '#libs/staff';
import { SurveysModule } from '#libs/surveys';
import { TargetsModule } from '#libs/targets';
import { AuditController } from './audit/audit.controller.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { HealthController } from './health/health.controller.js';
import { LogContextInterceptor, createRootLogger, loggerModule } from './observability/logging.js';
import { MetricsController } from './observability/metrics.controller.js';
import { Metrics } from './observability/metrics.js';
import { SeedingStatus } from './observability/seeding-status.js';
import { READINESS_LIMITS, SEEDING_STATUS } from './observability/tokens.js';
import { personalDataRules } from '../../../libs/projections/src/personal-data-rules.js';
import { ReadModelsModule } from './read-models/read-models.module.js';
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
}

@Module({})
export class AppModule implements NestModule {
  constructor(@Inject(Metrics) private readonly metrics: Metrics) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(this.metrics.httpMiddleware).forRoutes('*path');
  }

  static forRoot(config: AppConfig, store: PostgresEventStore, runtime: AppRuntime = { seeding: new SeedingStatus(), logger: createRootLogger('silent') }): DynamicModule {
    return {
      module: AppModule,
      imports: [
        SettingsModule.forRoot(config, runtime.seeding),
        loggerModule(runtime.logger),
        PlatformModule.forRoot({ store, pool: store.pool, auth: config.auth, personalData: personalDataRules }),
        CustomersModule,
        StaffModule,
        LoansModule,
        AdvisoryAreaModule,
        CustomerTimeModule,
        TargetsModule,
        SurveysModule,
        FundingModule,
        ReadModelsModule.forRoot({ databaseUrl: config.databaseUrl, runProjections: config.runProjections }),
        ScorecardModule,
        ReportsModule,
        DashboardModule,
      ],
      controllers: [HealthController, AuditController, MetricsController],
      providers: [StoreCloser, Metrics, { provide: APP_INTERCEPTOR, useClass: LogContextInterceptor }],
    };
  }
}
