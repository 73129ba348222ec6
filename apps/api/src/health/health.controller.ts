import { Controller, Get, Header, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { PostgresEventStore } from '#libs/event-store';
import { EVENT_STORE, Public } from '#libs/platform';
import { PROJECTION_RUNNER, READ_MODELS, type ProjectionRunner } from '#libs/projections';
import type { DataSource } from 'typeorm';
import type { SeedingStatus } from '../observability/seeding-status.js';
import { READINESS_LIMITS, SEEDING_STATUS } from '../observability/tokens.js';
import { HealthResponse, LivenessResponse, ReadinessResponse, type ReadinessCheckDto } from './health.response.js';

export interface ReadinessLimits {
  readonly maxLagEvents: number;
  readonly maxLagSeconds: number;
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
  @ApiOkResponse({ type: HealthResponse, description: 'Healthy' })
  @ApiServiceUnavailableResponse({ description: 'Database unreachable or migrations pending' })
  async health(): Promise<HealthResponse> {
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
  @ApiOkResponse({ type: LivenessResponse })
  live(): LivenessResponse {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime() * 10) / 10 };
  }

  @Get('ready')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Readiness: database up, store and read-model migrations applied, no demo seeding under way, projections within the lag limits' })
  @ApiOkResponse({ type: ReadinessResponse, description: 'Ready: every check passed' })
  @ApiServiceUnavailableResponse({ description: 'Not ready: the failing checks are listed' })
  async ready(): Promise<ReadinessResponse> {
    const checks: ReadinessCheckDto[] = [];
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

  private answer(checks: ReadinessCheckDto[]): ReadinessResponse {
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
