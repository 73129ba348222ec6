import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { PostgresEventStore } from '#libs/event-store';
import { CustomersModule } from '#libs/customers';
import { LoansModule } from '#libs/loans';
import { EVENT_STORE, PlatformModule } from '#libs/platform';
import { StaffModule } from '#libs/staff';
import { AuditController } from './audit/audit.controller.js';
import { HealthController } from './health/health.controller.js';
import { personalDataRules } from './personal-data-rules.js';
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
      ],
      controllers: [HealthController, AuditController],
      providers: [StoreCloser],
    };
  }
}
