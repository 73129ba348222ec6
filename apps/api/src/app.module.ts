import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
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
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditController } from './audit/audit.controller.js';
import { AuthModule } from './auth/auth.module.js';
import { SessionStore } from './auth/sessions.js';
import { DEFAULT_SIGN_IN } from './auth/sign-in.config.js';
import { ClosedPeriodInterceptor, ClosedPeriods } from './audit/closed-periods.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { WebAppModule } from './web/web-app.module.js';
import { HealthController } from './health/health.controller.js';
import { PersonalDataController } from './personal-data/personal-data.controller.js';
import { personalDataRules } from '../../../libs/projections/src/personal-data-rules.js';
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

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, store: PostgresEventStore, options: { backdatingDays?: number; rateLimits?: RateLimits | false } = {}): DynamicModule {
    const signIn = config.signIn ?? DEFAULT_SIGN_IN;
    const sessions = new SessionStore(store.pool, store, signIn.session);
    return {
      module: AppModule,
      imports: [
        // Order matters: the address limit's guard runs before authentication, the user limit's after it.
        AddressRateLimitModule.forRoot(options.rateLimits ?? false),
        PlatformModule.forRoot({
          store,
          pool: store.pool,
          auth: config.auth,
          personalData: personalDataRules,
          backdatingDays: options.backdatingDays,
          keyEncryption: config.personalDataKek ?? keyEncryptionFromEnv(),
          sessions,
          idempotency: { ttlMs: config.idempotencyKeyTtlMs },
        }),
        UserRateLimitModule.forRoot(options.rateLimits ?? false),
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
      controllers: [HealthController, AuditController, PersonalDataController],
      providers: [StoreCloser, ClosedPeriods, { provide: APP_INTERCEPTOR, useClass: ClosedPeriodInterceptor }],
    };
  }
}
