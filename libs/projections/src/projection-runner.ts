import {
  START,
  comparePositions,
  formatPosition,
  type EventStore,
  type GlobalPosition,
  type HorizonBlocker,
  type ReadAllPage,
  type RecordedEvent,
  type Subscription,
} from '#libs/event-store';
import type { DataSource, QueryRunner } from 'typeorm';
import { ProjectionTimeoutError, RebuildInProgressError } from './errors.js';
import { SHADOW_SUFFIX, tableMapper, validateProjections, type Projection, type ProjectionTx } from './projection.js';
import { LockConnection, type HeldLock } from './lock-connection.js';
import { assertSwappable, createShadowTables, dropShadowTables, indexShape, quoteIdent, swapInShadowTables, type Sql } from './shadow-tables.js';

export interface ProjectionRunnerOptions {
  readonly store: EventStore;
  readonly dataSource: DataSource;
  readonly projections: readonly Projection[];
  /** Events per live batch (one transaction each). */
  readonly batchSize?: number;
  /** Most events per rebuild transaction. */
  readonly rebuildBatchSize?: number;
  /**
   * Rebuild transactions aim to last at most this long (the batch shrinks when one took longer),
   * so a rebuild holds few row locks and little undo at a time. (They no longer hold back what
   * the event store shows: its read horizon waits only for appending transactions.)
   */
  readonly rebuildTransactionMs?: number;
  /**
   * Rebuild transactions at once (default 3): the projections of a rebuild fill their shadow
   * tables side by side, so node and PostgreSQL work in parallel. Each holds a read-model connection.
   */
  readonly rebuildConcurrency?: number;
  /** How often a runner that is not the active one tries to take over. */
  readonly lockRetryMs?: number;
  /** First wait after a failed batch; it doubles per failure, up to 30 s. */
  readonly retryDelayMs?: number;
  /** How often waitFor reads the checkpoints when the projection runs in another process. */
  readonly pollIntervalMs?: number;
  /** How often the lock connection is checked (a dead one ends the lock, and this runner's turn). */
  readonly lockProbeMs?: number;
  /** Events after a position, for lagEvents; defaults to the store's own countAfter, else paging readAll. */
  readonly countAfter?: (after: GlobalPosition) => Promise<number>;
  readonly log?: (line: string) => void;
}

/** This runner's part in a projection: it applies batches only while it holds the projection's lock. */
export type RunnerState = 'running' | 'waiting-for-lock' | 'stopped';

export interface RebuildProgress {
  readonly projection: string;
  /** Events of the projection's types applied so far (it reads only those). */
  readonly eventsDone: number;
  /** Events done plus every event, of any type, still after the rebuild's position: an upper bound. */
  readonly eventsTotal: number;
  readonly position: GlobalPosition;
  readonly switched: boolean;
}

export interface ProjectionStatus {
  readonly name: string;
  readonly checkpoint: string;
  readonly head: string;
  readonly lagEvents: number;
  /** recorded-at of the head event minus that of the checkpointed event; 0 when caught up. */
  readonly lagSeconds: number;
  readonly state: RunnerState;
  /** Some process (this one or another) holds the projection's lock and so projects it. */
  readonly active: boolean;
  readonly rebuilding: boolean;
  readonly rebuild?: { readonly position: string; readonly eventsDone: number; readonly eventsTotal: number; readonly startedAt: string };
  readonly lastError?: string;
  readonly updatedAt?: string;
  /**
   * The oldest transaction that can still append events and has been open for more than a few
   * seconds: it holds back what every reader of the store sees (the read horizon), so this
   * projection cannot move past it. Absent when nothing holds the horizon back.
   */
  readonly heldBackBy?: HorizonBlocker;
}

export interface BatchResult {
  /** Events handed to apply (after skipping those already checkpointed and filtering by type). */
  readonly applied: number;
  readonly checkpoint: GlobalPosition;
}

const MAX_RETRY_DELAY_MS = 30_000;
const MIN_REBUILD_BATCH = 100;
/** How often a rebuild's progress report counts the events still ahead (a count of the rest of the log). */
const PROGRESS_COUNT_MS = 2000;

const liveLockKey = (name: string): string => `projection:${name}`;
const rebuildLockKey = (name: string): string => `projection-rebuild:${name}`;

/** An advisory lock held in this database by any session (the key as pg_try_advisory_lock(hashtext(key)) takes it). */
const LOCK_HELD = (param: string): string => `EXISTS (
  SELECT 1 FROM pg_locks l
   WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
     AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
     AND l.classid::bigint = ((hashtext(${param})::bigint >> 32) & 4294967295)
     AND l.objid::bigint = (hashtext(${param})::bigint & 4294967295))`;

interface CheckpointRow {
  commit: number;
  prepare: number;
}

interface StatusRow extends CheckpointRow {
  name: string;
  last_recorded_at: Date | null;
  updated_at: Date;
  status: 'running' | 'rebuilding';
  last_error: string | null;
  rebuild_commit: number | null;
  rebuild_prepare: number | null;
  rebuild_events: number | null;
  rebuild_started_at: Date | null;
  active: boolean;
  rebuild_active: boolean;
}

type Settings = Required<Omit<ProjectionRunnerOptions, 'store' | 'dataSource' | 'projections' | 'countAfter'>>;

/** What a LiveWorker needs from its runner. */
interface WorkerContext {
  readonly settings: Settings;
  readonly store: EventStore;
  readonly dataSource: DataSource;
  readonly locks: LockConnection;
  applyBatch(name: string, events: readonly RecordedEvent[], reached?: GlobalPosition): Promise<BatchResult>;
  readCheckpoint(name: string): Promise<GlobalPosition>;
  recordFailure(name: string, error: unknown): Promise<void>;
  /** A worker stopped or started running: waiters may now need (or no longer need) polling. */
  stateChanged(): void;
}

interface Waiter {
  readonly target: GlobalPosition;
  readonly names: readonly string[];
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
  readonly timer: NodeJS.Timeout;
}

const sqlOn =
  (queryRunner: QueryRunner): Sql =>
  async <Row>(text: string, params?: readonly unknown[]) => {
    const result = await queryRunner.query(text, params ? [...params] : undefined, true);
    return (result.records ?? []) as Row[];
  };

const positionOf = (row: CheckpointRow): GlobalPosition => ({ commit: Number(row.commit), prepare: Number(row.prepare) });

/** The largest position below p (positions are integer pairs in lexicographic order). */
const justBefore = (p: GlobalPosition): GlobalPosition =>
  p.prepare > 0 ? { commit: p.commit, prepare: p.prepare - 1 } : { commit: p.commit - 1, prepare: Number.MAX_SAFE_INTEGER };

/**
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
    this.countAfterFn =
      options.countAfter ?? (typeof storeCount === 'function' ? storeCount.bind(this.store) : (after) => this.countByPaging(after));
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
  }

  get names(): string[] {
    return [...this.projections.keys()];
  }

  /** Starts every projection (each waits for its lock in the background); returns at once. */
  async start(): Promise<void> {
    await this.ensureCheckpointRows(this.names);
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
    const result = await this.inTransaction(async (queryRunner) => {
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
    const projections = [...new Set(list)].map((name) => this.projectionOf(name));
    for (const { name, tables } of projections) if (tables.length === 0) throw new Error(`Projection ${name} has no tables to rebuild`);
    const failures = new Map<string, unknown>();
    // One connection holds every rebuild lock of this call: a connection per projection could
    // use up the pool the rebuild's own transactions take theirs from.
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    try {
      const held: Projection[] = [];
      for (const projection of projections) {
        const [{ locked }] = await lock.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [rebuildLockKey(projection.name)]);
        if (locked) held.push(projection);
        else failures.set(projection.name, new RebuildInProgressError(projection.name));
      }
      try {
        if (held.length > 0) await this.rebuildLocked(held, onProgress, failures);
      } finally {
        for (const { name } of held) await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [rebuildLockKey(name)]).catch(() => undefined);
      }
    } finally {
      await lock.release();
    }
    const first = projections.find(({ name }) => failures.has(name));
    if (first) throw failures.get(first.name);
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
          reject(new ProjectionTimeoutError(position, names.filter((name) => !this.isReached(position, [name])), timeoutMs));
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
    const rows = await this.dataSource.query<(CheckpointRow & { name: string })[]>(
      'SELECT name, commit, prepare FROM projection_checkpoints WHERE name = ANY($1)',
      [names],
    );
    if (rows.length < names.length) return START;
    return rows.map(positionOf).reduce((low, position) => (comparePositions(position, low) < 0 ? position : low));
  }

  /** Events after `from` up to and including `to`, and the record-time distance between those two events. */
  async lagBetween(from: GlobalPosition, to: GlobalPosition): Promise<{ events: number; seconds: number }> {
    if (comparePositions(from, to) >= 0) return { events: 0, seconds: 0 };
    const [afterFrom, afterTo, toEvent] = await Promise.all([this.countAfterFn(from), this.countAfterFn(to), this.eventAt(to)]);
    const since =
      comparePositions(from, START) === 0
        ? (await this.store.readAll({ after: START, maxCount: 1 })).events[0]?.recordedAt
        : (await this.eventAt(from))?.recordedAt;
    const seconds = toEvent && since ? Math.max(0, (toEvent.recordedAt.getTime() - since.getTime()) / 1000) : 0;
    return { events: Math.max(0, afterFrom - afterTo), seconds };
  }

  async status(): Promise<ProjectionStatus[]> {
    const heldBackBy = (await this.store.readHorizon?.())?.heldBackBy[0];
    const head = await this.store.head();
    const rows = await this.dataSource.query<StatusRow[]>(
      `SELECT c.*, ${LOCK_HELD(`'projection:' || c.name`)} AS active, ${LOCK_HELD(`'projection-rebuild:' || c.name`)} AS rebuild_active
         FROM projection_checkpoints c WHERE c.name = ANY($1)`,
      [this.names],
    );
    const byName = new Map(rows.map((row) => [row.name, row]));
    let headEvent: RecordedEvent | undefined;
    const result: ProjectionStatus[] = [];
    for (const name of this.names) {
      const row = byName.get(name);
      const checkpoint = row ? positionOf(row) : START;
      const behind = comparePositions(checkpoint, head) < 0;
      let lagSeconds = 0;
      if (behind) {
        headEvent ??= await this.eventAt(head);
        const since = row?.last_recorded_at ?? (await this.store.readAll({ after: START, maxCount: 1 })).events[0]?.recordedAt;
        if (headEvent && since) lagSeconds = Math.max(0, (headEvent.recordedAt.getTime() - new Date(since).getTime()) / 1000);
      }
      const rebuilding = row?.status === 'rebuilding' && row.rebuild_active;
      let rebuild: ProjectionStatus['rebuild'];
      if (rebuilding && row.rebuild_commit !== null && row.rebuild_prepare !== null && row.rebuild_started_at) {
        const position = { commit: Number(row.rebuild_commit), prepare: Number(row.rebuild_prepare) };
        const eventsDone = Number(row.rebuild_events ?? 0);
        rebuild = {
          position: formatPosition(position),
          eventsDone,
          eventsTotal: eventsDone + (await this.countAfterFn(position)),
          startedAt: new Date(row.rebuild_started_at).toISOString(),
        };
      }
      result.push({
        name,
        checkpoint: formatPosition(checkpoint),
        head: formatPosition(head),
        lagEvents: behind ? await this.countAfterFn(checkpoint) : 0,
        lagSeconds,
        state: this.stateOf(name),
        active: row?.active ?? false,
        rebuilding,
        ...(rebuild ? { rebuild } : {}),
        ...(row?.last_error ? { lastError: row.last_error } : {}),
        ...(row ? { updatedAt: new Date(row.updated_at).toISOString() } : {}),
        ...(heldBackBy ? { heldBackBy } : {}),
      });
    }
    return result;
  }

  /** Reads the stored checkpoint (creating the row if missing). */
  private async readCheckpoint(name: string): Promise<GlobalPosition> {
    await this.ensureCheckpointRows([name]);
    const [row] = await this.dataSource.query<CheckpointRow[]>('SELECT commit, prepare FROM projection_checkpoints WHERE name = $1', [name]);
    const position = positionOf(row);
    this.reached(name, position);
    return position;
  }

  private async recordFailure(name: string, error: unknown): Promise<void> {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    await this.dataSource
      .query('UPDATE projection_checkpoints SET last_error = $2, updated_at = now() WHERE name = $1', [name, message.slice(0, 2000)])
      .catch(() => undefined);
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
            const rows = await this.dataSource.query<(CheckpointRow & { name: string })[]>(
              'SELECT name, commit, prepare FROM projection_checkpoints WHERE name = ANY($1)',
              [names],
            );
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

  private async ensureCheckpointRows(names: readonly string[]): Promise<void> {
    if (names.length === 0) return;
    await this.dataSource.query(
      'INSERT INTO projection_checkpoints (name) SELECT unnest($1::text[]) ON CONFLICT (name) DO NOTHING',
      [names],
    );
  }

  private async inTransaction<T>(work: (queryRunner: QueryRunner) => Promise<T>): Promise<T> {
    const queryRunner = this.dataSource.createQueryRunner();
    await queryRunner.connect();
    try {
      await queryRunner.startTransaction();
      try {
        const result = await work(queryRunner);
        await queryRunner.commitTransaction();
        return result;
      } catch (error) {
        await queryRunner.rollbackTransaction().catch(() => undefined);
        throw error;
      }
    } finally {
      await queryRunner.release();
    }
  }

  /** Statements that cannot run in a transaction block (VACUUM), on a pooled connection. */
  private async outsideTransaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    const queryRunner = this.dataSource.createQueryRunner();
    await queryRunner.connect();
    try {
      return await work(sqlOn(queryRunner));
    } finally {
      await queryRunner.release();
    }
  }

  /** The event at a position (one readAll from just before it). */
  private async eventAt(position: GlobalPosition): Promise<RecordedEvent | undefined> {
    const [event] = (await this.store.readAll({ after: justBefore(position), maxCount: 1 })).events;
    return event && comparePositions(event.position, position) === 0 ? event : undefined;
  }

  private async countByPaging(after: GlobalPosition): Promise<number> {
    let count = 0;
    for (let position = after; ; ) {
      const page = await this.store.readAll({ after: position, maxCount: 1000 });
      count += page.events.length;
      if (page.isEnd) return count;
      position = page.next;
    }
  }

  /** Rebuilds the projections (their rebuild locks held), recording each one's failure in `failures`. */
  private async rebuildLocked(
    projections: readonly Projection[],
    onProgress: ((progress: RebuildProgress) => void | Promise<void>) | undefined,
    failures: Map<string, unknown>,
  ): Promise<void> {
    const log = this.settings.log;
    const { rebuildBatchSize, rebuildTransactionMs } = this.settings;
    const slots = new Slots(this.settings.rebuildConcurrency);
    const builds: Build[] = projections.map((projection) => ({
      projection,
      wanted: projection.eventTypes ? new Set(projection.eventTypes) : undefined,
      position: START,
      queue: [],
      reached: START,
      eventsDone: 0,
      batchSize: rebuildBatchSize,
    }));
    const live = (): Build[] => builds.filter((build) => !failures.has(build.projection.name));
    const fail = (build: Build, error: unknown): void => {
      if (failures.has(build.projection.name)) return;
      failures.set(build.projection.name, error);
      build.failed = true;
      build.queue = [];
    };
    const shadowTx = (build: Build, sql: Sql): ProjectionTx => ({ query: sql, table: tableMapper(build.projection, SHADOW_SUFFIX) });
    const applyToShadow = async (build: Build, sql: Sql, events: readonly RecordedEvent[], bulk = false): Promise<void> => {
      const wanted = build.wanted ? events.filter((event) => build.wanted!.has(event.type)) : [...events];
      if (wanted.length === 0) return;
      if (bulk && build.projection.bulk) await build.projection.bulk.apply(wanted, shadowTx(build, sql));
      else await build.projection.apply(wanted, shadowTx(build, sql));
    };

    // Counting the rest of the log after every batch would cost about as much as the batch: the
    // count (of what follows the shared read) is taken at most once per PROGRESS_COUNT_MS.
    let readTo: GlobalPosition = START;
    let counted: { at: number; after: number } | undefined;
    let counting: Promise<void> | undefined;
    const report = async (build: Build, switched: boolean): Promise<void> => {
      if (!onProgress) return;
      const now = performance.now();
      if (!switched && (!counted || now - counted.at >= PROGRESS_COUNT_MS)) {
        counting ??= this.countAfterFn(readTo)
          .then((after) => void (counted = { at: performance.now(), after }))
          .finally(() => (counting = undefined));
        await counting;
      }
      const eventsTotal = switched ? build.eventsDone : build.eventsDone + build.queue.length + (counted?.after ?? 0);
      await onProgress({ projection: build.projection.name, eventsDone: build.eventsDone, eventsTotal, position: build.position, switched });
    };

    await this.ensureCheckpointRows(projections.map(({ name }) => name));
    for (const build of builds) {
      const { name, tables } = build.projection;
      try {
        await this.inTransaction(async (queryRunner) => {
          const sql = sqlOn(queryRunner);
          await assertSwappable(sql, tables);
          await createShadowTables(sql, tables);
          build.deferredIndexes = await dropDeferrableIndexes(sql, build.projection);
          // Vacuumed once, when full (below); autovacuum would go over them again and again as they fill.
          for (const table of tables) await sql(`ALTER TABLE ${table}${SHADOW_SUFFIX} SET (autovacuum_enabled = false)`);
          await sql(
            `UPDATE projection_checkpoints SET status = 'rebuilding', rebuild_commit = 0, rebuild_prepare = 0, rebuild_events = 0,
                    rebuild_started_at = now(), updated_at = now() WHERE name = $1`,
            [name],
          );
        });
        log(`[projections] ${name}: rebuilding into ${tables.map((t) => t + SHADOW_SUFFIX).join(', ')}`);
      } catch (error) {
        fail(build, error);
      }
    }

    /** Applies the build's queued events, a batch per transaction, until fewer than a batch are left (all, when `all`). */
    const drain = (build: Build, all: boolean): Promise<void> => {
      const run = async (): Promise<void> => {
        while (!failures.has(build.projection.name) && build.queue.length > 0 && (all || build.queue.length >= build.batchSize)) {
          const events = build.queue.splice(0, build.batchSize);
          // Past the queue's end the build has seen every event up to the shared read's position.
          const checkpoint = build.queue.length === 0 ? build.reached : events[events.length - 1].position;
          const release = await slots.take();
          const started = performance.now();
          try {
            await this.inTransaction(async (queryRunner) => {
              const sql = sqlOn(queryRunner);
              // Losing the last commits in a crash only loses rebuild progress, which starts over anyway.
              await sql('SET LOCAL synchronous_commit = off');
              await applyToShadow(build, sql, events, true);
              // Last, so the row (which live batches lock for their whole length) is held only for the commit.
              await sql(
                'UPDATE projection_checkpoints SET rebuild_commit = $2, rebuild_prepare = $3, rebuild_events = $4, updated_at = now() WHERE name = $1',
                [build.projection.name, checkpoint.commit, checkpoint.prepare, build.eventsDone + events.length],
              );
            });
          } catch (error) {
            fail(build, error);
            return;
          } finally {
            release();
          }
          const elapsed = performance.now() - started;
          if (elapsed > rebuildTransactionMs) build.batchSize = Math.max(MIN_REBUILD_BATCH, Math.floor((events.length * rebuildTransactionMs) / elapsed));
          else if (elapsed < rebuildTransactionMs / 2) build.batchSize = Math.min(rebuildBatchSize, build.batchSize * 2);
          build.eventsDone += events.length;
          build.position = checkpoint;
          build.lastRecordedAt = events[events.length - 1].recordedAt;
          await report(build, false).catch((error: unknown) => fail(build, error));
        }
      };
      const previous = build.draining ?? Promise.resolve();
      const next = previous.then(run);
      build.draining = next;
      void next.finally(() => {
        if (build.draining === next) build.draining = undefined;
      });
      return next;
    };

    // One read of the log for all of them, each page read while the one before is handed out.
    // Rebuilding every projection, it reads the whole log: between them they take nearly every
    // event, and the store's type filter costs the server more per event than sending the rest.
    const everyProjection = this.names.every((name) => builds.some((build) => build.projection.name === name));
    const types = !everyProjection && builds.every((build) => build.wanted) ? [...new Set(builds.flatMap((build) => [...build.wanted!]))] : undefined;
    const routes = new Map<string, Build[]>();
    const everything = builds.filter((build) => !build.wanted);
    for (const build of builds) for (const type of build.wanted ?? []) routes.set(type, [...(routes.get(type) ?? []), build]);
    const read = (after: GlobalPosition): Promise<ReadAllPage> => {
      const page = this.store.readAll({ after, maxCount: rebuildBatchSize, eventTypes: types });
      page.catch(() => undefined); // a read ahead is abandoned when the pass fails
      return page;
    };
    for (const build of live()) await report(build, false).catch((error: unknown) => fail(build, error));
    let next = read(readTo);
    while (live().length > 0) {
      const page = await next;
      if (!page.isEnd) next = read(page.next);
      for (const event of page.events) {
        for (const build of routes.get(event.type) ?? []) if (!build.failed) build.queue.push(event);
        for (const build of everything) if (!build.failed) build.queue.push(event);
      }
      readTo = page.next;
      for (const build of live()) {
        build.reached = page.next;
        void drain(build, page.isEnd);
      }
      if (page.isEnd) break;
      // Hold the read back while a projection is more than two batches behind it.
      for (const build of live()) while (build.queue.length > 2 * rebuildBatchSize && build.draining) await build.draining;
    }
    // Each projection, once it has applied its big batches: what they left out, then each table's
    // deferred indexes and a vacuum (tables side by side, those finish does not write meanwhile),
    // so the new tables start with statistics (the first queries are planned well), a visibility
    // map (index-only scans work) and hint bits set, and autovacuum has nothing to catch up on
    // after the switch.
    const completeTable = async (build: Build, table: string): Promise<void> => {
      const release = await slots.take();
      try {
        await this.outsideTransaction(async (sql) => {
          for (const definition of build.deferredIndexes?.get(table) ?? []) await sql(definition);
          await sql(`ALTER TABLE ${table}${SHADOW_SUFFIX} RESET (autovacuum_enabled)`);
          await sql(`VACUUM (ANALYZE) ${table}${SHADOW_SUFFIX}`);
        });
      } finally {
        release();
      }
    };
    await Promise.all(
      builds.map(async (build) => {
        await build.draining;
        if (build.failed) return;
        const { bulk, tables } = build.projection;
        const derived = (table: string): boolean => bulk?.derives.includes(table) ?? false;
        const finishing = async (): Promise<void> => {
          if (!bulk) return;
          const release = await slots.take();
          try {
            await this.inTransaction((queryRunner) => bulk.finish(shadowTx(build, sqlOn(queryRunner))));
          } finally {
            release();
          }
          await Promise.all(tables.filter(derived).map((table) => completeTable(build, table)));
        };
        try {
          await Promise.all([finishing(), ...tables.filter((table) => !derived(table)).map((table) => completeTable(build, table))]);
        } catch (error) {
          fail(build, error);
        }
      }),
    );

    for (const build of builds) {
      if (!failures.has(build.projection.name)) {
        try {
          await this.switchIn(build, applyToShadow);
          await report(build, true);
          log(`[projections] ${build.projection.name}: rebuilt from ${build.eventsDone} events, now at ${formatPosition(build.position)}`);
          continue;
        } catch (error) {
          fail(build, error);
        }
      }
      const { name, tables } = build.projection;
      log(`[projections] ${name}: rebuild failed, live tables untouched: ${String(failures.get(name))}`);
      await this.inTransaction(async (queryRunner) => {
        const sql = sqlOn(queryRunner);
        await dropShadowTables(sql, tables);
        await sql(
          `UPDATE projection_checkpoints SET status = 'running', rebuild_commit = NULL, rebuild_prepare = NULL, rebuild_events = NULL,
                  rebuild_started_at = NULL, updated_at = now() WHERE name = $1`,
          [name],
        );
      }).catch(() => undefined);
    }
  }

  /**
   * Applies what was appended since the shared read ended, in big batches, then the rest and the
   * swap in one transaction that holds the checkpoint row.
   */
  private async switchIn(build: Build, applyToShadow: (build: Build, sql: Sql, events: readonly RecordedEvent[]) => Promise<void>): Promise<void> {
    const { name, tables, eventTypes } = build.projection;
    const take = (page: ReadAllPage): void => {
      if (page.events.length > 0) {
        build.lastRecordedAt = page.events[page.events.length - 1].recordedAt;
        build.eventsDone += page.events.length;
      }
      build.position = page.next;
    };
    for (;;) {
      const page = await this.store.readAll({ after: build.position, maxCount: build.batchSize, eventTypes });
      if (page.events.length > 0) await this.inTransaction(async (queryRunner) => applyToShadow(build, sqlOn(queryRunner), page.events));
      take(page);
      if (page.isEnd) break;
    }
    const final = await this.inTransaction(async (queryRunner) => {
      const sql = sqlOn(queryRunner);
      const [row] = await sql<CheckpointRow>('SELECT commit, prepare FROM projection_checkpoints WHERE name = $1 FOR UPDATE', [name]);
      const live = positionOf(row);
      for (;;) {
        const page = await this.store.readAll({ after: build.position, maxCount: build.batchSize, eventTypes });
        if (page.events.length > 0) await applyToShadow(build, sql, page.events);
        take(page);
        if (page.isEnd) break;
      }
      if (comparePositions(build.position, live) < 0) {
        throw new Error(`Rebuild of ${name} ended at ${formatPosition(build.position)}, before the live checkpoint ${formatPosition(live)}`);
      }
      await swapInShadowTables(sql, tables);
      await sql(
        `UPDATE projection_checkpoints
            SET commit = $2, prepare = $3, last_recorded_at = $4, updated_at = now(), status = 'running',
                last_error = NULL, rebuild_commit = NULL, rebuild_prepare = NULL, rebuild_events = NULL, rebuild_started_at = NULL, rebuilt_at = now()
          WHERE name = $1`,
        [name, build.position.commit, build.position.prepare, build.lastRecordedAt ?? null],
      );
      return build.position;
    });
    this.reached(name, final);
  }
}

/** One projection of a rebuild: what the shared read has handed it and how far it has applied. */
interface Build {
  readonly projection: Projection;
  /** Its event types; undefined: all. */
  readonly wanted: ReadonlySet<string> | undefined;
  /** Applied up to here (in the shadow tables). */
  position: GlobalPosition;
  /** Handed out by the shared read, not applied yet. */
  queue: RecordedEvent[];
  /** The shared read's position when the queue was last added to: every event of its types up to here is queued or applied. */
  reached: GlobalPosition;
  eventsDone: number;
  lastRecordedAt?: Date;
  /** Adapts so that a transaction lasts about rebuildTransactionMs. */
  batchSize: number;
  draining?: Promise<void>;
  failed?: boolean;
  /** CREATE INDEX statements of the shadow's indexes left out while the big batches are applied, by (live) table. */
  deferredIndexes?: ReadonlyMap<string, readonly string[]>;
}

/**
 * Drops the shadow tables' non-unique indexes that the projection's apply does not read through
 * (Projection.indexesUsedByApply) and returns the statements that make them again: built once
 * over the full table, an index costs a fraction of its upkeep row by row.
 */
async function dropDeferrableIndexes(sql: Sql, projection: Projection): Promise<Map<string, string[]>> {
  const used = new Set(projection.indexesUsedByApply ?? []);
  const deferred = new Map<string, string[]>();
  for (const table of projection.tables) {
    const definitions: string[] = [];
    deferred.set(table, definitions);
    const indexes = await sql<{ name: string; def: string; unique: boolean; table: string }>(
      `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def, i.indisunique AS unique, t.relname AS table
         FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
        WHERE i.indrelid IN (to_regclass($1), to_regclass($2)) AND NOT i.indisexclusion`,
      [table, table + SHADOW_SUFFIX],
    );
    const keep = new Set(indexes.filter((index) => index.table === table && used.has(index.name)).map((index) => indexShape(index.def)));
    for (const index of indexes) {
      if (index.table !== table + SHADOW_SUFFIX || index.unique || keep.has(indexShape(index.def))) continue;
      await sql(`DROP INDEX ${quoteIdent(index.name)}`);
      definitions.push(index.def);
    }
  }
  return deferred;
}

/** A counting semaphore: take() resolves with the function that gives the slot back. */
class Slots {
  private readonly waiting: (() => void)[] = [];

  constructor(private free: number) {}

  async take(): Promise<() => void> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let given = false;
    return () => {
      if (given) return;
      given = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    };
  }
}

/** Follows one projection: waits for its lock, then subscribes from the checkpoint until stopped or the lock is lost. */
class LiveWorker {
  private current: RunnerState = 'stopped';
  private stopping = false;
  private wake: () => void = () => undefined;
  private running?: Promise<void>;
  private failures = 0;

  constructor(
    private readonly runner: WorkerContext,
    private readonly projection: Projection,
  ) {}

  get state(): RunnerState {
    return this.current;
  }

  private set state(state: RunnerState) {
    if (state === this.current) return;
    this.current = state;
    this.runner.stateChanged();
  }

  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.running = this.run().finally(() => {
      this.state = 'stopped';
      this.running = undefined;
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.running;
  }

  /** Waits ms, or less if stop() is called meanwhile (or was already). */
  private pause(ms: number): Promise<void> {
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  private async run(): Promise<void> {
    const { log, lockRetryMs, retryDelayMs } = this.runner.settings;
    while (!this.stopping) {
      const lock = await this.acquire();
      if (!lock) return;
      log(`[projections] ${this.projection.name}: lock taken, projecting`);
      let failed = false;
      try {
        await this.follow(lock);
      } catch (error) {
        failed = true;
        log(`[projections] ${this.projection.name}: ${String(error)}`);
      } finally {
        this.state = 'waiting-for-lock';
        await lock.release();
      }
      if (lock.lost && !this.stopping) log(`[projections] ${this.projection.name}: lock connection lost`);
      // After losing the lock, give another process the first chance to take over.
      if (lock.lost || failed) await this.pause(failed ? retryDelayMs : lockRetryMs);
    }
  }

  /** Tries the projection's lock every lockRetryMs; undefined once stopping. */
  private async acquire(): Promise<HeldLock | undefined> {
    const { lockRetryMs, log } = this.runner.settings;
    let said = '';
    const say = (line: string): void => {
      if (line !== said) log(`[projections] ${this.projection.name}: ${line}`);
      said = line;
    };
    while (!this.stopping) {
      try {
        const lock = await this.runner.locks.tryLock(liveLockKey(this.projection.name));
        if (lock && this.stopping) await lock.release();
        else if (lock) return lock;
        else say('another process projects it; waiting for its lock');
      } catch (error) {
        say(`lock attempt failed (retrying every ${lockRetryMs} ms): ${String(error)}`);
      }
      if (this.stopping) break;
      this.state = 'waiting-for-lock';
      await this.pause(lockRetryMs);
    }
    return undefined;
  }

  private async follow(lock: HeldLock): Promise<void> {
    const { name } = this.projection;
    const { batchSize, retryDelayMs, log } = this.runner.settings;
    this.state = 'running';
    while (!this.stopping && !lock.lost) {
      const after = await this.runner.readCheckpoint(name);
      let failure: unknown;
      let subscription: Subscription | undefined;
      let forget = (): void => undefined;
      await new Promise<void>((ended) => {
        this.wake = ended;
        forget = lock.onLost(ended);
        subscription = this.runner.store.subscribe({
          after,
          batchSize,
          eventTypes: this.projection.eventTypes,
          handler: async (events, reached) => {
            await this.runner.applyBatch(name, events, reached);
            this.failures = 0;
          },
          onError: (error) => {
            failure = error;
            ended();
          },
        });
        if (this.stopping) ended();
      });
      forget();
      await subscription?.stop();
      if (failure !== undefined && !this.stopping) {
        this.failures += 1;
        const delay = Math.min(retryDelayMs * 2 ** (this.failures - 1), MAX_RETRY_DELAY_MS);
        log(`[projections] ${name}: batch failed (${String(failure)}); retrying in ${delay} ms`);
        await this.runner.recordFailure(name, failure);
        await this.pause(delay);
      }
    }
  }
}
