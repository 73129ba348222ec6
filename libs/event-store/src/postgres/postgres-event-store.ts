import pg from 'pg';
import { createPool, type Pool } from '#libs/postgres';
import {
  comparePositions,
  DuplicateEventIdError,
  START,
  WrongExpectedRevisionError,
  type AppendResult,
  type EventMetadata,
  type EventStore,
  type ExpectedRevision,
  type GlobalPosition,
  type HorizonBlocker,
  type NewEvent,
  type ReadAllOptions,
  type ReadAllPage,
  type ReadHorizonStatus,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
} from '../event-store.port.js';
import { migrate, pendingMigrations } from './migrate.js';
import { eventStoreMigrations } from './schema.js';
import { pollingSubscription } from '../subscription.js';

const MIGRATIONS_TABLE = 'es_schema_migrations';

const EXPECTED_CODE: Record<Exclude<ExpectedRevision, number>, number> = { no_stream: -1, any: -2, stream_exists: -3 };

const COLUMNS = `global_position, transaction_id::text::bigint AS commit_id, event_id, stream_id, stream_revision, type,
  schema_version, data, metadata, date_part('epoch', recorded_at) * 1000 AS recorded_ms`;

interface EventRow {
  global_position: number;
  commit_id: number;
  event_id: string;
  stream_id: string;
  stream_revision: number;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: EventMetadata;
  recorded_ms: number;
}

const toRecorded = (row: EventRow): RecordedEvent => ({
  id: row.event_id,
  streamId: row.stream_id,
  revision: row.stream_revision,
  position: { commit: row.commit_id, prepare: row.global_position },
  type: row.type,
  data: row.data,
  metadata: row.metadata,
  schemaVersion: row.schema_version,
  recordedAt: new Date(row.recorded_ms),
});

export interface PostgresEventStoreOptions {
  /** How often a subscription looks for events written by other processes (ms). */
  readonly pollIntervalMs?: number;
  readonly poolSize?: number;
  /**
   * How many append statements may run at once (default 1). Appends made while that many are
   * running wait, then go together in one statement and one commit. One is the fastest on the
   * 2-core machines we run on (tests/bench/store.bench.ts): fewer, larger commits.
   */
  readonly appendConcurrency?: number;
  /** readHorizon names appending transactions open longer than this (ms, default 5000). */
  readonly horizonHeldBackAfterMs?: number;
}

/** Gate holders (see append-gate.migration.ts) that have a transaction id, so hold the horizon back. */
const HORIZON_HOLDERS = `
  SELECT a.pid, coalesce(a.application_name, '') AS application_name,
         extract(epoch FROM clock_timestamp() - a.xact_start)::float8 AS age_seconds, a.state,
         CASE WHEN a.wait_event IS NULL THEN NULL ELSE a.wait_event_type || ':' || a.wait_event END AS waiting_on
    FROM pg_locks g JOIN pg_stat_activity a ON a.pid = g.pid
   WHERE g.locktype = 'advisory' AND g.classid = 1634495849 AND g.objid = 1734439013 AND g.objsubid = 2
     AND g.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())
     AND a.backend_xid IS NOT NULL
     AND a.xact_start < clock_timestamp() - make_interval(secs => $1::float8 / 1000)
   ORDER BY a.xact_start
   LIMIT 10`;

interface AppendRow {
  r_status: number;
  r_revision: number;
  r_commit: number;
  r_position: number;
}

interface PendingAppend {
  readonly streamId: string;
  readonly expectedRevision: ExpectedRevision;
  readonly expected: number;
  readonly events: readonly NewEvent[];
  readonly eventsJson: string;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

/** Bounds one grouped statement, so a burst of appends never makes one huge transaction. */
const MAX_GROUP_EVENTS = 1000;

const isDuplicateEventId = (error: unknown): boolean => error instanceof pg.DatabaseError && error.code === '23505' && error.constraint === 'es_events_event_id_key';

export class PostgresEventStore implements EventStore {
  private readonly wakers = new Set<() => void>();
  private readonly ownsPool: boolean;
  private readonly appendConcurrency: number;
  private readonly pending: PendingAppend[] = [];
  private appendsRunning = 0;
  private readonly drained: (() => void)[] = [];

  private constructor(
    readonly pool: Pool,
    private readonly options: PostgresEventStoreOptions,
    ownsPool: boolean,
  ) {
    this.ownsPool = ownsPool;
    this.appendConcurrency = Math.max(1, options.appendConcurrency ?? 1);
  }

  /** Connects, applies the store's migrations (safe from several processes at once) and returns the store. */
  static async open(source: string | Pool, options: PostgresEventStoreOptions = {}): Promise<PostgresEventStore> {
    const pool = typeof source === 'string' ? createPool(source, { max: options.poolSize ?? 10, applicationName: 'almi-event-store' }) : source;
    await migrate(pool, MIGRATIONS_TABLE, eventStoreMigrations);
    return new PostgresEventStore(pool, options, typeof source === 'string');
  }

  async pendingMigrations(): Promise<number> {
    return pendingMigrations(this.pool, MIGRATIONS_TABLE, eventStoreMigrations);
  }

  /**
   * Each append is durable when its promise resolves. Appends that arrive while
   * `appendConcurrency` statements are running are grouped: one statement, one transaction, one
   * commit for all of them (group commit), each with its own expected-revision check and result.
   * Under load this divides the per-commit cost (a WAL flush, a round trip) among the appends.
   */
  async append(streamId: string, events: readonly NewEvent[], { expectedRevision }: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    const expected = typeof expectedRevision === 'number' ? expectedRevision : EXPECTED_CODE[expectedRevision];
    if (!Number.isSafeInteger(expected) || expected < -3) throw new Error(`Invalid expected revision ${String(expectedRevision)}`);
    const eventsJson = JSON.stringify(events.map((e) => ({ id: e.id, type: e.type, data: e.data, metadata: e.metadata, schemaVersion: e.schemaVersion ?? 1 })));
    return new Promise<AppendResult>((resolve, reject) => {
      this.pending.push({ streamId, expectedRevision, expected, events, eventsJson, resolve, reject });
      this.startAppends();
    });
  }

  private startAppends(): void {
    while (this.appendsRunning < this.appendConcurrency && this.pending.length > 0) {
      let count = 0;
      let take = 0;
      while (take < this.pending.length && (take === 0 || count + this.pending[take].events.length <= MAX_GROUP_EVENTS)) {
        count += this.pending[take].events.length;
        take++;
      }
      const group = this.pending.splice(0, take);
      this.appendsRunning++;
      void this.runGroup(group).finally(() => {
        this.appendsRunning--;
        this.startAppends();
        if (this.appendsRunning === 0 && this.pending.length === 0) for (const done of this.drained.splice(0)) done();
      });
    }
  }

  private async runGroup(group: PendingAppend[]): Promise<void> {
    if (group.length === 1) return this.appendOne(group[0]);
    const payload = `[${group.map((a) => `{"stream":${JSON.stringify(a.streamId)},"expected":${a.expected},"events":${a.eventsJson}}`).join(',')}]`;
    let rows: AppendRow[];
    try {
      rows = (await this.pool.query<AppendRow>({ name: 'es_append_many', text: 'SELECT * FROM es_append_many($1)', values: [payload] })).rows;
    } catch (error) {
      if (!(error instanceof pg.DatabaseError)) {
        for (const a of group) a.reject(error);
        return;
      }
      // The server refused the statement as a whole (one append's duplicate id, a deadlock between
      // groups): nothing of it was written. Each append goes again on its own, in order; retrying
      // is safe in any case, since an append's event ids make a repeat of it idempotent.
      for (const a of group) await this.appendOne(a);
      return;
    }
    group.forEach((a, i) => this.settle(a, rows[i]));
  }

  private async appendOne(a: PendingAppend): Promise<void> {
    try {
      const result = await this.pool.query<AppendRow>({
        name: 'es_append',
        text: 'SELECT * FROM es_append($1, $2, $3)',
        values: [a.streamId, a.expected, a.eventsJson],
      });
      this.settle(a, result.rows[0]);
    } catch (error) {
      if (!isDuplicateEventId(error)) return a.reject(error);
      // An id is stored already: a retry of an append that succeeded, or a real duplicate.
      try {
        const repeat = await this.pool.query<AppendRow>({
          name: 'es_find_repeat',
          text: 'SELECT * FROM es_find_repeat($1, $2, $3)',
          values: [a.streamId, a.expected, a.eventsJson],
        });
        if (repeat.rows[0].r_status === 0) this.settle(a, repeat.rows[0]);
        else a.reject(new DuplicateEventIdError(a.streamId, a.events.map((e) => e.id).join(', ')));
      } catch (checkError) {
        a.reject(checkError);
      }
    }
  }

  private settle(a: PendingAppend, row: AppendRow): void {
    if (row.r_status === 1) return a.reject(new WrongExpectedRevisionError(a.streamId, a.expectedRevision, row.r_revision < 0 ? 'no_stream' : row.r_revision));
    if (row.r_status === 2) return a.reject(new DuplicateEventIdError(a.streamId, a.events[0].id));
    a.resolve({ nextExpectedRevision: row.r_revision, position: { commit: row.r_commit, prepare: row.r_position } });
    this.wake();
  }

  async readStream(streamId: string, options: { fromRevision?: number; maxCount?: number } = {}): Promise<RecordedEvent[]> {
    const result = await this.pool.query<EventRow>({
      name: 'es_read_stream',
      text: `SELECT ${COLUMNS} FROM es_events WHERE stream_id = $1 AND stream_revision >= $2 ORDER BY stream_revision LIMIT $3`,
      values: [streamId, options.fromRevision ?? 0, options.maxCount ?? 1_000_000_000],
    });
    return result.rows.map(toRecorded);
  }

  async readAll({ after, maxCount = 1000, eventTypes }: ReadAllOptions): Promise<ReadAllPage> {
    if (eventTypes) return this.readAllOfTypes(after, maxCount, eventTypes);
    const below = await this.horizon();
    const result = await this.pool.query<EventRow>({
      name: 'es_read_all_below',
      text: `SELECT ${COLUMNS} FROM es_events
              WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
                AND transaction_id < $4::xid8
              ORDER BY transaction_id, global_position
              LIMIT $3`,
      values: [String(after.commit), after.prepare, maxCount, below],
    });
    const events = result.rows.map(toRecorded);
    return { events, next: events.length ? events[events.length - 1].position : after, isEnd: events.length < maxCount };
  }

  /**
   * A filtered page and the visible head in ONE statement, so both see the same snapshot: when the
   * page is not full, every event up to that head was looked at, and the reader may move there.
   */
  private async readAllOfTypes(after: GlobalPosition, maxCount: number, eventTypes: readonly string[]): Promise<ReadAllPage> {
    const below = await this.horizon();
    const result = await this.pool.query<EventRow & { head_commit: number | null; head_prepare: number | null }>({
      name: 'es_read_all_of_types_below',
      text: `WITH visible AS (SELECT $5::xid8 AS below),
              head AS (
                SELECT transaction_id::text::bigint AS head_commit, global_position AS head_prepare FROM es_events
                 WHERE transaction_id < (SELECT below FROM visible)
                 ORDER BY transaction_id DESC, global_position DESC LIMIT 1),
              page AS (
                SELECT ${COLUMNS}, transaction_id AS tx FROM es_events
                 WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
                   AND transaction_id < (SELECT below FROM visible)
                   AND type = ANY($4::text[])
                 ORDER BY transaction_id, global_position
                 LIMIT $3)
            SELECT page.*, head.head_commit, head.head_prepare FROM head LEFT JOIN page ON true
             ORDER BY page.tx, page.global_position`,
      values: [String(after.commit), after.prepare, maxCount, eventTypes, below],
    });
    const rows = result.rows.filter((row) => row.event_id !== null);
    const events = rows.map(toRecorded);
    const isEnd = events.length < maxCount;
    const head = result.rows[0];
    const next =
      !isEnd || !head || head.head_commit === null
        ? events.length
          ? events[events.length - 1].position
          : after
        : laterOf({ commit: head.head_commit, prepare: head.head_prepare! }, after);
    return { events, next, isEnd };
  }

  async head(): Promise<GlobalPosition> {
    const below = await this.horizon();
    const result = await this.pool.query<{ commit_id: number; global_position: number }>({
      name: 'es_head_below',
      text: `SELECT transaction_id::text::bigint AS commit_id, global_position FROM es_events
              WHERE transaction_id < $1::xid8
              ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
      values: [below],
    });
    const row = result.rows[0];
    return row ? { commit: row.commit_id, prepare: row.global_position } : START;
  }

  /** Number of committed events strictly after a position: the lag of a reader at that position. */
  async countAfter(after: GlobalPosition): Promise<number> {
    const below = await this.horizon();
    const result = await this.pool.query<{ n: number }>(
      `SELECT count(*)::bigint AS n FROM es_events
        WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
          AND transaction_id < $3::xid8`,
      [String(after.commit), after.prepare, below],
    );
    return result.rows[0].n;
  }

  /**
   * The read horizon (see append-gate.migration.ts): every event of a transaction below it that
   * will ever commit is visible to any statement started after this one returns. Readers therefore
   * ask for it in one statement and read below it in the next (a later snapshot): two round trips,
   * and only transactions that can still append hold it back.
   */
  private async horizon(): Promise<string> {
    const result = await this.pool.query<{ below: string }>({ name: 'es_read_horizon', text: 'SELECT es_read_horizon()::text AS below' });
    return result.rows[0].below;
  }

  /**
   * Who holds readers back: the appending transactions open longer than horizonHeldBackAfterMs
   * (default 5 s), oldest first. Normally empty: an append lasts milliseconds. A session that
   * called es_append in a transaction it keeps open, or an append stuck behind one, shows here.
   */
  async readHorizon(): Promise<ReadHorizonStatus> {
    const result = await this.pool.query<{ pid: number; application_name: string; age_seconds: number; state: string | null; waiting_on: string | null }>({
      name: 'es_horizon_holders',
      text: HORIZON_HOLDERS,
      values: [this.options.horizonHeldBackAfterMs ?? 5000],
    });
    const heldBackBy: HorizonBlocker[] = result.rows.map((row) => ({
      pid: row.pid,
      applicationName: row.application_name,
      ageSeconds: Math.round(row.age_seconds * 10) / 10,
      state: row.state,
      waitingOn: row.waiting_on,
    }));
    return { heldBackBy };
  }

  /** Events recorded under one correlation id, in global order (an audit query: it scans). */
  async readCorrelated(correlationId: string, maxCount = 1000): Promise<RecordedEvent[]> {
    const result = await this.pool.query<EventRow>(`SELECT ${COLUMNS} FROM es_events WHERE metadata->>'correlationId' = $1 ORDER BY transaction_id, global_position LIMIT $2`, [
      correlationId,
      maxCount,
    ]);
    return result.rows.map(toRecorded);
  }

  subscribe(options: SubscribeOptions): Subscription {
    return pollingSubscription(this, options, {
      pollIntervalMs: this.options.pollIntervalMs ?? 50,
      onWake: (wake) => {
        this.wakers.add(wake);
        return () => this.wakers.delete(wake);
      },
    });
  }

  /** Waits for appends under way, then closes the pool if the store opened it. */
  async close(): Promise<void> {
    if (this.appendsRunning > 0 || this.pending.length > 0) await new Promise<void>((done) => this.drained.push(done));
    if (this.ownsPool) await this.pool.end();
  }

  private wake(): void {
    for (const wake of this.wakers) wake();
  }
}

const laterOf = (a: GlobalPosition, b: GlobalPosition): GlobalPosition => (comparePositions(a, b) >= 0 ? a : b);
