import { START, comparePositions, type EventStore, type GlobalPosition, type RecordedEvent } from '#libs/event-store';
import type { DataSource } from 'typeorm';
import { ProjectionTimeoutError } from './errors.js';
import { LiveWorker, type WorkerContext } from './live-worker.js';
import { LockConnection } from './lock-connection.js';
import { projectionStatus } from './projection-status.js';
import type { BatchResult, ProjectionRunnerOptions, ProjectionStatus, RebuildProgress, RunnerState } from './projection-runner.types.js';
import { tableMapper, validateProjections, type Projection } from './projection.js';
import { rebuildProjections, type RebuildContext } from './rebuild.js';
import { ensureCheckpointRows, inTransaction, justBefore, positionOf, sqlOn, type CheckpointRow, type Settings } from './runner-support.js';

export type { BatchResult, ProjectionRunnerOptions, ProjectionStatus, RebuildProgress, RunnerState } from './projection-runner.types.js';

interface Waiter {
  readonly target: GlobalPosition;
  readonly names: readonly string[];
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * The runner is split by responsibility: live catch-up and following (live-worker.ts), rebuild
 * beside and swap (rebuild.ts), status (projection-status.ts); this file keeps the batch path,
 * read-your-writes (waitFor, checkpoints, polling) and freshness (head, lowest checkpoint, lag).
 *
 * Runs asynchronous projections: each one is applied by exactly one process at a time (a session
 * advisory lock), batch by batch, with the read-model writes and the checkpoint in one transaction.
 * A plain class, used by the projector process, the rebuild CLI and (if wanted) a Nest provider.
 */
export class ProjectionRunner {
  private readonly store: EventStore;
  private readonly dataSource: DataSource;
  private readonly projections: ReadonlyMap<string, Projection>;
  private readonly workers = new Map<string, LiveWorker>();
  private readonly known = new Map<string, GlobalPosition>();
  private readonly waiters = new Set<Waiter>();
  private polling = false;
  private readonly settings: Settings;
  private readonly countAfterFn: (after: GlobalPosition) => Promise<number>;
  private readonly locks: LockConnection;
  private readonly rebuildContext: RebuildContext;

  constructor(options: ProjectionRunnerOptions) {
    validateProjections(options.projections);
    this.store = options.store;
    this.dataSource = options.dataSource;
    this.projections = new Map(options.projections.map((p) => [p.name, p]));
    this.settings = {
      batchSize: options.batchSize ?? 1000,
      rebuildBatchSize: options.rebuildBatchSize ?? 5000,
      rebuildTransactionMs: options.rebuildTransactionMs ?? 1000,
      rebuildConcurrency: Math.max(1, options.rebuildConcurrency ?? 3),
      lockRetryMs: options.lockRetryMs ?? 1000,
      retryDelayMs: options.retryDelayMs ?? 1000,
      pollIntervalMs: options.pollIntervalMs ?? 20,
      lockProbeMs: options.lockProbeMs ?? 5000,
      log: options.log ?? ((line) => console.log(line)),
    };
    const storeCount = (this.store as Partial<{ countAfter(after: GlobalPosition): Promise<number> }>).countAfter;
    this.countAfterFn = options.countAfter ?? (typeof storeCount === 'function' ? storeCount.bind(this.store) : (after) => this.countByPaging(after));
    this.locks = new LockConnection(this.dataSource, this.settings.lockProbeMs);
    const context: WorkerContext = {
      settings: this.settings,
      store: this.store,
      dataSource: this.dataSource,
      locks: this.locks,
      applyBatch: (name, events, reached) => this.applyBatch(name, events, reached),
      readCheckpoint: (name) => this.readCheckpoint(name),
      recordFailure: (name, error) => this.recordFailure(name, error),
      stateChanged: () => this.pollIfNeeded(),
    };
    for (const projection of options.projections) this.workers.set(projection.name, new LiveWorker(context, projection));
    this.rebuildContext = {
      settings: this.settings,
      store: this.store,
      dataSource: this.dataSource,
      names: this.names,
      countAfter: this.countAfterFn,
      reached: (name, position) => this.reached(name, position),
    };
  }

  get names(): string[] {
    return [...this.projections.keys()];
  }

  /** Starts every projection (each waits for its lock in the background); returns at once. */
  async start(): Promise<void> {
    await ensureCheckpointRows(this.dataSource, this.names);
    for (const worker of this.workers.values()) worker.start();
  }

  /** Stops the subscriptions after their current batch and gives the locks back. */
  async stop(): Promise<void> {
    await Promise.all([...this.workers.values()].map((worker) => worker.stop()));
    await this.locks.close();
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error('The projection runner was stopped'));
    }
    this.waiters.clear();
  }

  stateOf(name: string): RunnerState {
    return this.workerOf(name).state;
  }

  /**
   * The batch path: in one transaction, lock the checkpoint row, skip events at or before it,
   * apply the rest (filtered by type) and move the checkpoint to the batch's last event.
   * A crash anywhere leaves both read model and checkpoint as they were.
   */
  async applyBatch(name: string, events: readonly RecordedEvent[], reached?: GlobalPosition): Promise<BatchResult> {
    const projection = this.projectionOf(name);
    const result = await inTransaction(this.dataSource, async (queryRunner) => {
      const sql = sqlOn(queryRunner);
      await sql('INSERT INTO projection_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [name]);
      const [row] = await sql<CheckpointRow>('SELECT commit, prepare FROM projection_checkpoints WHERE name = $1 FOR UPDATE', [name]);
      const stored = positionOf(row);
      const fresh = events.filter((event) => comparePositions(event.position, stored) > 0);
      const last = fresh.at(-1);
      // A filtered read can move past events of other types: the checkpoint follows it there.
      const target = reached && comparePositions(reached, last?.position ?? stored) > 0 ? reached : last?.position;
      if (!target || comparePositions(target, stored) <= 0) return { applied: 0, checkpoint: stored };
      const wanted = projection.eventTypes ? fresh.filter((event) => projection.eventTypes!.includes(event.type)) : fresh;
      if (wanted.length > 0) await projection.apply(wanted, { query: sql, table: tableMapper(projection, '') });
      await sql(
        `UPDATE projection_checkpoints SET commit = $2, prepare = $3, last_recorded_at = COALESCE($4, last_recorded_at), updated_at = now(), last_error = NULL WHERE name = $1`,
        [name, target.commit, target.prepare, last?.recordedAt ?? null],
      );
      return { applied: wanted.length, checkpoint: target };
    });
    this.reached(name, result.checkpoint);
    return result;
  }

  /**
   * Rebuilds projections from the start of the store beside the live tables, then swaps them in.
   * The live projection (here or in another process) keeps running until the swap; the swap and
   * the last events happen in one transaction holding the checkpoint row, which live batches
   * take first, so they wait for the swap and then go on from the new checkpoint.
   *
   * The projections asked for are rebuilt together: one read of the log feeds them all, their
   * batches are applied side by side (up to rebuildConcurrency transactions at once, so node and
   * PostgreSQL work in parallel), and they switch in one after the other, in the order asked for.
   * One that fails (or that another process is rebuilding) leaves the others to finish; the first
   * failure is thrown once all have ended.
   */
  async rebuild(names?: string | readonly string[], onProgress?: (progress: RebuildProgress) => void | Promise<void>): Promise<void> {
    const list = names === undefined ? this.names : typeof names === 'string' ? [names] : names;
    await rebuildProjections(
      this.rebuildContext,
      [...new Set(list)].map((name) => this.projectionOf(name)),
      onProgress,
    );
  }

  /**
   * Resolves once the named projections (default: all) have checkpoints at or after the
   * position. In-process projections resolve from the batch commit; others are read from the
   * checkpoints table every pollIntervalMs.
   */
  waitFor(position: GlobalPosition, names: readonly string[] = this.names, timeoutMs = 5000): Promise<void> {
    for (const name of names) this.projectionOf(name);
    if (this.isReached(position, names)) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        target: position,
        names,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          reject(
            new ProjectionTimeoutError(
              position,
              names.filter((name) => !this.isReached(position, [name])),
              timeoutMs,
            ),
          );
        }, timeoutMs),
      };
      this.waiters.add(waiter);
      this.pollIfNeeded();
    });
  }

  /** The store's head: the last event every reader can see now. */
  head(): Promise<GlobalPosition> {
    return this.store.head();
  }

  /**
   * The lowest stored checkpoint among the named projections: every event up to it is in each of
   * their read models (read from the table, so it holds whichever process runs them).
   */
  async lowestCheckpoint(names: readonly string[] = this.names): Promise<GlobalPosition> {
    for (const name of names) this.projectionOf(name);
    const rows = await this.dataSource.query<(CheckpointRow & { name: string })[]>('SELECT name, commit, prepare FROM projection_checkpoints WHERE name = ANY($1)', [names]);
    if (rows.length < names.length) return START;
    return rows.map(positionOf).reduce((low, position) => (comparePositions(position, low) < 0 ? position : low));
  }

  /** Events after `from` up to and including `to`, and the record-time distance between those two events. */
  async lagBetween(from: GlobalPosition, to: GlobalPosition): Promise<{ events: number; seconds: number }> {
    if (comparePositions(from, to) >= 0) return { events: 0, seconds: 0 };
    const [afterFrom, afterTo, toEvent] = await Promise.all([this.countAfterFn(from), this.countAfterFn(to), this.eventAt(to)]);
    const since = comparePositions(from, START) === 0 ? (await this.store.readAll({ after: START, maxCount: 1 })).events[0]?.recordedAt : (await this.eventAt(from))?.recordedAt;
    const seconds = toEvent && since ? Math.max(0, (toEvent.recordedAt.getTime() - since.getTime()) / 1000) : 0;
    return { events: Math.max(0, afterFrom - afterTo), seconds };
  }

  /** Each projection's checkpoint, lag and state (projection-status.ts). */
  status(): Promise<ProjectionStatus[]> {
    return projectionStatus({
      store: this.store,
      dataSource: this.dataSource,
      names: this.names,
      countAfter: this.countAfterFn,
      eventAt: (position) => this.eventAt(position),
      stateOf: (name) => this.stateOf(name),
    });
  }

  /** Reads the stored checkpoint (creating the row if missing). */
  private async readCheckpoint(name: string): Promise<GlobalPosition> {
    await ensureCheckpointRows(this.dataSource, [name]);
    const [row] = await this.dataSource.query<CheckpointRow[]>('SELECT commit, prepare FROM projection_checkpoints WHERE name = $1', [name]);
    const position = positionOf(row);
    this.reached(name, position);
    return position;
  }

  private async recordFailure(name: string, error: unknown): Promise<void> {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    await this.dataSource.query('UPDATE projection_checkpoints SET last_error = $2, updated_at = now() WHERE name = $1', [name, message.slice(0, 2000)]).catch(() => undefined);
  }

  /** A projection's checkpoint is known to be at least `position`: settle waiters. */
  private reached(name: string, position: GlobalPosition): void {
    const current = this.known.get(name);
    if (!current || comparePositions(position, current) > 0) this.known.set(name, position);
    for (const waiter of this.waiters) {
      if (this.isReached(waiter.target, waiter.names)) {
        clearTimeout(waiter.timer);
        this.waiters.delete(waiter);
        waiter.resolve();
      }
    }
  }

  private workerOf(name: string): LiveWorker {
    const worker = this.workers.get(name);
    if (!worker) throw new Error(`Unknown projection ${name} (known: ${this.names.join(', ') || 'none'})`);
    return worker;
  }

  private projectionOf(name: string): Projection {
    const projection = this.projections.get(name);
    if (!projection) throw new Error(`Unknown projection ${name} (known: ${this.names.join(', ') || 'none'})`);
    return projection;
  }

  private isReached(target: GlobalPosition, names: readonly string[]): boolean {
    return names.every((name) => {
      const known = this.known.get(name);
      return known !== undefined && comparePositions(known, target) >= 0;
    });
  }

  /** Reads checkpoints while some waiter depends on a projection this runner does not run itself. */
  private pollIfNeeded(): void {
    if (this.polling) return;
    const needed = (): string[] => {
      const names = new Set<string>();
      for (const waiter of this.waiters) {
        if (waiter.names.some((name) => this.stateOf(name) !== 'running')) waiter.names.forEach((name) => names.add(name));
      }
      return [...names];
    };
    if (needed().length === 0) return;
    this.polling = true;
    void (async () => {
      try {
        for (let names = needed(); names.length > 0; names = needed()) {
          try {
            const rows = await this.dataSource.query<(CheckpointRow & { name: string })[]>('SELECT name, commit, prepare FROM projection_checkpoints WHERE name = ANY($1)', [
              names,
            ]);
            for (const row of rows) this.reached(row.name, positionOf(row));
          } catch (error) {
            for (const waiter of this.waiters) {
              clearTimeout(waiter.timer);
              waiter.reject(error);
            }
            this.waiters.clear();
            return;
          }
          if (needed().length > 0) await new Promise((resolve) => setTimeout(resolve, this.settings.pollIntervalMs));
        }
      } finally {
        this.polling = false;
      }
    })();
  }

  /** The event at a position (one readAll from just before it). */
  private async eventAt(position: GlobalPosition): Promise<RecordedEvent | undefined> {
    const [event] = (await this.store.readAll({ after: justBefore(position), maxCount: 1 })).events;
    return event && comparePositions(event.position, position) === 0 ? event : undefined;
  }

  private async countByPaging(after: GlobalPosition): Promise<number> {
    let count = 0;
    for (let position = after; ;) {
      const page = await this.store.readAll({ after: position, maxCount: 1000 });
      count += page.events.length;
      if (page.isEnd) return count;
      position = page.next;
    }
  }
}
