import { Controller, Get, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { PostgresEventStore } from '#libs/event-store';
import { EVENT_STORE, Public } from '#libs/platform';

@ApiTags('health')
@Controller('health')
@Public()
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: PostgresEventStore) {}

  @Get()
  @HttpCode(200)
  @ApiOperation({ summary: 'Database reachable and migrations applied (no token needed)' })
  @ApiOkResponse({ description: 'Healthy', schema: { example: { status: 'ok', database: 'up', pendingMigrations: 0 } } })
  @ApiServiceUnavailableResponse({ description: 'Database unreachable or migrations pending' })
  async health(): Promise<{ status: 'ok'; database: 'up'; pendingMigrations: number }> {
    try {
      await this.store.pool.query('SELECT 1');
    } catch (error) {
      throw new ServiceUnavailableException({ message: `Database unreachable: ${(error as Error).message}`, code: 'database-down' });
    }
    const pendingMigrations = await this.store.pendingMigrations();
    if (pendingMigrations > 0) throw new ServiceUnavailableException({ message: `${pendingMigrations} migrations pending`, code: 'migrations-pending' });
    return { status: 'ok', database: 'up', pendingMigrations };
  }
}
