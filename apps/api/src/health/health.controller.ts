import { Controller, Get, Header, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { PostgresEventStore } from '#libs/event-store';
import { EVENT_STORE, Public } from '#libs/platform';
import { PROJECTION_RUNNER, READ_MODELS, type ProjectionRunner } from '#libs/projections';
import type { DataSource } from 'typeorm';
import type { SeedingSnapshot, SeedingStatus } from '../observability/seeding-status.js';
import { READINESS_LIMITS, SEEDING_STATUS } from '../observability/tokens.js';

export interface ReadinessLimits {
  readonly maxLagEvents: number;
  readonly maxLagSeconds: number;
}

interface Check {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

/**
 * Liveness (`/health/live`: the process answers; restart it if not), readiness (`/health/ready`:
 * send it traffic; the database answers, every migration is applied, no demo seeding is under way
 * and no projection lags beyond READY_MAX_LAG_EVENTS / READY_MAX_LAG_SECONDS), and `/health`
 * (database and store migrations, as before, plus the seeding progress).
 */
@ApiTags('health')
@Controller('health')
@Public()
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    @Inject(SEEDING_STATUS) private readonly seeding: SeedingStatus,
    @Inject(READINESS_LIMITS) private readonly limits: ReadinessLimits,
  ) {}

  @Get()
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Database reachable and migrations applied, with demo seeding progress (no token needed)' })
  @ApiOkResponse({
    description: 'Healthy',
    schema: { example: { status: 'ok', database: 'up', pendingMigrations: 0, seeding: { state: 'seeding', done: 51200, total: 121211, rate: 2900 } } },
  })
  @ApiServiceUnavailableResponse({ description: 'Database unreachable or migrations pending' })
  async health(): Promise<{ status: 'ok'; database: 'up'; pendingMigrations: number; seeding: SeedingSnapshot }> {
    try {
      await this.store.pool.query('SELECT 1');
    } catch (error) {
      throw new ServiceUnavailableException({ message: `Database unreachable: ${(error as Error).message}`, code: 'database-down' });
    }
    const pendingMigrations = await this.store.pendingMigrations();
    if (pendingMigrations > 0) throw new ServiceUnavailableException({ message: `${pendingMigrations} migrations pending`, code: 'migrations-pending' });
    return { status: 'ok', database: 'up', pendingMigrations, seeding: this.seeding.current };
  }

  @Get('live')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Liveness: the process answers (it checks nothing else, so a database outage never restarts it)' })
  @ApiOkResponse({ schema: { example: { status: 'ok', uptimeSeconds: 12.3 } } })
  live(): { status: 'ok'; uptimeSeconds: number } {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime() * 10) / 10 };
  }

  @Get('ready')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Readiness: database up, store and read-model migrations applied, no demo seeding under way, projections within the lag limits' })
  @ApiOkResponse({ schema: { example: { status: 'ready', checks: [{ name: 'database', ok: true, detail: 'up' }] } } })
  @ApiServiceUnavailableResponse({ description: 'Not ready: the failing checks are listed' })
  async ready(): Promise<{ status: 'ready'; checks: Check[]; seeding: SeedingSnapshot }> {
    const checks: Check[] = [];
    try {
      await this.store.pool.query('SELECT 1');
      checks.push({ name: 'database', ok: true, detail: 'up' });
    } catch (error) {
      checks.push({ name: 'database', ok: false, detail: `unreachable: ${(error as Error).message}` });
      return this.answer(checks);
    }
    const storePending = await this.store.pendingMigrations();
    checks.push({ name: 'store-migrations', ok: storePending === 0, detail: `${storePending} pending` });
    const readModelsPending = await this.readModels.showMigrations();
    checks.push({ name: 'read-model-migrations', ok: !readModelsPending, detail: readModelsPending ? 'pending' : 'applied' });
    const seeding = this.seeding.current;
    checks.push({
      name: 'demo-seeding',
      ok: !this.seeding.inProgress,
      detail: this.seeding.inProgress ? `seeding demo data: ${seeding.done}/${seeding.total} commands` : seeding.state,
    });
    for (const status of await this.runner.status()) {
      const ok = status.lagEvents <= this.limits.maxLagEvents && status.lagSeconds <= this.limits.maxLagSeconds;
      checks.push({
        name: `projection:${status.name}`,
        ok,
        detail: `${status.lagEvents} events / ${Math.round(status.lagSeconds)} s behind (limits ${this.limits.maxLagEvents} / ${this.limits.maxLagSeconds} s)${status.rebuilding ? ', rebuilding' : ''}`,
      });
    }
    return this.answer(checks);
  }

  private answer(checks: Check[]): { status: 'ready'; checks: Check[]; seeding: SeedingSnapshot } {
    const failing = checks.filter((c) => !c.ok);
    if (failing.length > 0) {
      throw new ServiceUnavailableException({
        message: `Not ready: ${failing.map((c) => `${c.name} (${c.detail})`).join('; ')}`,
        code: 'not-ready',
        checks,
        seeding: this.seeding.current,
      });
    }
    return { status: 'ready', checks, seeding: this.seeding.current };
  }
}
