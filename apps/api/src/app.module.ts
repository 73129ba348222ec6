import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { PostgresEventStore, type EventStore } from '#libs/event-store';
import { HealthController } from './health/health.controller.js';
import { APP_CONFIG, EVENT_STORE, type AppConfig } from './tokens.js';

@Injectable()
class EventStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        EventStoreCloser,
        {
          provide: EVENT_STORE,
          useFactory: () => PostgresEventStore.open(config.databaseUrl, { poolSize: 20 }),
        },
      ],
      exports: [APP_CONFIG, EVENT_STORE],
    };
  }
}
