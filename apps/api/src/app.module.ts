import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { PostgresEventStore } from '#libs/event-store';
import { AdvisoryAreaModule } from '#libs/advisory';
import { CustomerTimeModule } from '#libs/customer-time';
import { CustomersModule } from '#libs/customers';
import { FundingModule } from '#libs/funding';
import { LoansModule } from '#libs/loans';
import { EVENT_STORE, PlatformModule } from '#libs/platform';
import { ReportsModule } from '#libs/reports';
import { ScorecardModule } from '#libs/scorecard';
import { ScorecardInputsModule } from '#libs/scorecard-inputs';
import { StaffModule } from '#libs/staff';
import { SurveysModule } from '#libs/surveys';
import { TargetsModule } from '#libs/targets';
import { AuditController } from './audit/audit.controller.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { HealthController } from './health/health.controller.js';
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

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, store: PostgresEventStore): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ store, pool: store.pool, auth: config.auth, personalData: personalDataRules }),
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
        ReportsModule,
        DashboardModule,
      ],
      controllers: [HealthController, AuditController],
      providers: [StoreCloser],
    };
  }
}
