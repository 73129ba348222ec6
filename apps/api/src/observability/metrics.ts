import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { NextFunction, Request, Response } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { DomainError } from '#libs/decider';
import { DuplicateEventIdError, WrongExpectedRevisionError, type PostgresEventStore } from '#libs/event-store';
import { EVENT_STORE } from '#libs/platform';
import { PROJECTION_RUNNER, READ_MODELS, type ProjectionRunner } from '#libs/projections';
import type { DataSource } from 'typeorm';
import { routeOf } from './logging.js';
import { SEEDING_STATUS } from './tokens.js';
import type { SeedingStatus } from './seeding-status.js';

type PoolLike = { totalCount: number; idleCount: number; waitingCount: number; options?: { max?: number } };

/** A command's outcome by what it threw: what the HTTP answer would be. */
export const outcomeOf = (error: unknown): string => {
  if (error === undefined) return 'accepted';
  if (error instanceof DomainError) return error.kind === 'rule' ? 'refused' : error.kind;
  if (error instanceof WrongExpectedRevisionError || error instanceof DuplicateEventIdError) return 'conflict';
  return 'error';
};

/**
 * The Prometheus metrics of one api instance, on its own registry (an app per test shares the
 * process). docs/operations.md says what each means.
 */
@Injectable()
export class Metrics implements OnModuleInit {
  readonly registry = new Registry();
  private readonly httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by method, route pattern and status',
    labelNames: ['method', 'route', 'status'],
    registers: [this.registry],
  });
  private readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, route pattern and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly commands = new Counter({
    name: 'commands_total',
    help: 'Commands handled, by command type and outcome (accepted, refused, invalid, forbidden, not_found, conflict, error)',
    labelNames: ['type', 'outcome'],
    registers: [this.registry],
  });
  private readonly commandDuration = new Histogram({
    name: 'command_duration_seconds',
    help: 'Command handling time (read, decide, append) by command type',
    labelNames: ['type'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  private readonly appendDuration = new Histogram({
    name: 'event_store_append_duration_seconds',
    help: 'Event-store append latency (one append, grouped commits included)',
    labelNames: ['outcome'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [this.registry],
  });
  private readonly appendedEvents = new Counter({ name: 'event_store_appended_events_total', help: 'Events appended by this instance', registers: [this.registry] });

  constructor(
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(CommandBus) private readonly bus: CommandBus,
    @Inject(SEEDING_STATUS) private readonly seeding: SeedingStatus,
  ) {
    collectDefaultMetrics({ register: this.registry });
    const registry = this.registry;
    // prom-client collects metrics concurrently, so the projection status is read once per scrape,
    // before serialising (scrape()), and set on these gauges.
    const gauges = this.projectionGauges;
    gauges.lagEvents = new Gauge({
      name: 'projection_lag_events',
      help: 'Events in the store not yet projected, per projection',
      labelNames: ['projection'],
      registers: [registry],
    });
    gauges.lagSeconds = new Gauge({
      name: 'projection_lag_seconds',
      help: 'Record-time distance between the store head and the projection checkpoint',
      labelNames: ['projection'],
      registers: [registry],
    });
    gauges.rebuilding = new Gauge({
      name: 'projection_rebuilding',
      help: '1 while a rebuild of the projection runs (in any process)',
      labelNames: ['projection'],
      registers: [registry],
    });
    gauges.rebuildDone = new Gauge({ name: 'projection_rebuild_events_done', help: 'Events a running rebuild has applied', labelNames: ['projection'], registers: [registry] });
    gauges.rebuildTotal = new Gauge({
      name: 'projection_rebuild_events_total',
      help: 'Events a running rebuild has to apply (counted as it goes)',
      labelNames: ['projection'],
      registers: [registry],
    });
    gauges.failing = new Gauge({
      name: 'projection_failing',
      help: "1 when the projection's last batch failed (it retries with backoff)",
      labelNames: ['projection'],
      registers: [registry],
    });
    gauges.up = new Gauge({ name: 'projection_status_up', help: '1 when the projection status could be read for this scrape', registers: [registry] });
    const pools = (): [string, PoolLike | undefined][] => [
      ['event_store', this.store.pool as unknown as PoolLike],
      ['read_models', (this.readModels.driver as unknown as { master?: PoolLike }).master],
    ];
    const poolGauge = (name: string, help: string, read: (pool: PoolLike) => number | undefined): void => {
      new Gauge({
        name,
        help,
        labelNames: ['pool'],
        registers: [registry],
        collect() {
          for (const [label, pool] of pools()) {
            const value = pool ? read(pool) : undefined;
            if (value !== undefined) this.set({ pool: label }, value);
          }
        },
      });
    };
    poolGauge('db_pool_connections', 'Open connections in the pool', (p) => p.totalCount);
    poolGauge('db_pool_idle_connections', 'Idle connections in the pool', (p) => p.idleCount);
    poolGauge('db_pool_waiting_clients', 'Queries waiting for a connection', (p) => p.waitingCount);
    poolGauge('db_pool_max_connections', "The pool's size limit", (p) => p.options?.max);
    const seedingStatus = this.seeding;
    new Gauge({
      name: 'demo_seed_commands_done',
      help: 'Demo-data commands run so far',
      registers: [registry],
      collect() {
        this.set(seedingStatus.current.done);
      },
    });
    new Gauge({
      name: 'demo_seed_commands_total',
      help: 'Demo-data commands planned (0 when not seeding)',
      registers: [registry],
      collect() {
        this.set(seedingStatus.current.total);
      },
    });
    new Gauge({
      name: 'demo_seed_in_progress',
      help: '1 while demo data is being seeded (the instance is not ready)',
      registers: [registry],
      collect() {
        this.set(seedingStatus.inProgress ? 1 : 0);
      },
    });
  }

  private readonly projectionGauges: Record<string, Gauge> = {};

  /** The exposition text: projection status read now, everything else as collected. */
  async scrape(): Promise<string> {
    const gauges = this.projectionGauges;
    try {
      for (const s of await this.runner.status()) {
        const labels = { projection: s.name };
        gauges.lagEvents.set(labels, s.lagEvents);
        gauges.lagSeconds.set(labels, s.lagSeconds);
        gauges.rebuilding.set(labels, s.rebuilding ? 1 : 0);
        gauges.rebuildDone.set(labels, s.rebuild?.eventsDone ?? 0);
        gauges.rebuildTotal.set(labels, s.rebuild?.eventsTotal ?? 0);
        gauges.failing.set(labels, s.lastError ? 1 : 0);
      }
      gauges.up.set(1);
    } catch {
      gauges.up.set(0);
    }
    return this.registry.metrics();
  }

  /** Command outcomes and latency, by wrapping this app's command bus (the seed's commands count too). */
  onModuleInit(): void {
    const bus = this.bus;
    const execute = bus.execute.bind(bus);
    bus.execute = (async (command: object) => {
      const type = command?.constructor?.name ?? 'unknown';
      const end = this.commandDuration.startTimer({ type });
      try {
        const result = await execute(command as never);
        this.commands.inc({ type, outcome: 'accepted' });
        return result;
      } catch (error) {
        this.commands.inc({ type, outcome: outcomeOf(error) });
        throw error;
      } finally {
        end();
      }
    }) as typeof bus.execute;
    const store = this.store;
    const append = store.append.bind(store);
    store.append = async (...args: Parameters<typeof store.append>) => {
      const end = this.appendDuration.startTimer();
      try {
        const result = await append(...args);
        end({ outcome: 'ok' });
        this.appendedEvents.inc(args[1].length);
        return result;
      } catch (error) {
        end({ outcome: outcomeOf(error) === 'conflict' ? 'conflict' : 'error' });
        throw error;
      }
    };
  }

  /** Express middleware: counts and times every request by its route pattern once it has finished. */
  readonly httpMiddleware = (request: Request, response: Response, next: NextFunction): void => {
    const end = this.httpDuration.startTimer();
    response.on('finish', () => {
      const labels = { method: request.method, route: routeOf(request as never), status: String(response.statusCode) };
      end(labels);
      this.httpRequests.inc(labels);
    });
    next();
  };
}
