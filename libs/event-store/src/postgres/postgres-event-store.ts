import { createPool, type Pool } from '#libs/postgres';
import {
  DuplicateEventIdError,
  START,
  WrongExpectedRevisionError,
  type AppendResult,
  type EventMetadata,
  type EventStore,
  type ExpectedRevision,
  type GlobalPosition,
  type NewEvent,
  type ReadAllPage,
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
  schema_version, data, metadata, (extract(epoch FROM recorded_at) * 1000)::float8 AS recorded_ms`;

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
}

export class PostgresEventStore implements EventStore {
  private readonly wakers = new Set<() => void>();
  private readonly ownsPool: boolean;

  private constructor(
    readonly pool: Pool,
    private readonly options: PostgresEventStoreOptions,
    ownsPool: boolean,
  ) {
    this.ownsPool = ownsPool;
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

  async append(streamId: string, events: readonly NewEvent[], { expectedRevision }: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    const expected = typeof expectedRevision === 'number' ? expectedRevision : EXPECTED_CODE[expectedRevision];
    if (!Number.isSafeInteger(expected) || expected < -3) throw new Error(`Invalid expected revision ${String(expectedRevision)}`);
    const payload = JSON.stringify(
      events.map((e) => ({ id: e.id, type: e.type, data: e.data, metadata: e.metadata, schemaVersion: e.schemaVersion ?? 1 })),
    );
    let row: { r_status: number; r_revision: number; r_commit: number; r_position: number };
    try {
      const result = await this.pool.query({ name: 'es_append', text: 'SELECT * FROM es_append($1, $2, $3)', values: [streamId, expected, payload] });
      row = result.rows[0];
    } catch (error) {
      const pgError = error as { code?: string; constraint?: string };
      if (pgError.code === '23505' && pgError.constraint === 'es_events_event_id_key') {
        throw new DuplicateEventIdError(streamId, events.map((e) => e.id).join(', '));
      }
      throw error;
    }
    if (row.r_status === 1) throw new WrongExpectedRevisionError(streamId, expectedRevision, row.r_revision < 0 ? 'no_stream' : row.r_revision);
    if (row.r_status === 2) throw new DuplicateEventIdError(streamId, events[0].id);
    this.wake();
    return { nextExpectedRevision: row.r_revision, position: { commit: row.r_commit, prepare: row.r_position } };
  }

  async readStream(streamId: string, options: { fromRevision?: number; maxCount?: number } = {}): Promise<RecordedEvent[]> {
    const result = await this.pool.query<EventRow>({
      name: 'es_read_stream',
      text: `SELECT ${COLUMNS} FROM es_events WHERE stream_id = $1 AND stream_revision >= $2 ORDER BY stream_revision LIMIT $3`,
      values: [streamId, options.fromRevision ?? 0, options.maxCount ?? 1_000_000_000],
    });
    return result.rows.map(toRecorded);
  }

  async readAll({ after, maxCount = 1000 }: { after: GlobalPosition; maxCount?: number }): Promise<ReadAllPage> {
    const result = await this.pool.query<EventRow>({
      name: 'es_read_all',
      text: `SELECT ${COLUMNS} FROM es_events
              WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
                AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
              ORDER BY transaction_id, global_position
              LIMIT $3`,
      values: [String(after.commit), after.prepare, maxCount],
    });
    const events = result.rows.map(toRecorded);
    return { events, next: events.length ? events[events.length - 1].position : after, isEnd: events.length < maxCount };
  }

  async head(): Promise<GlobalPosition> {
    const result = await this.pool.query<{ commit_id: number; global_position: number }>({
      name: 'es_head',
      text: `SELECT transaction_id::text::bigint AS commit_id, global_position FROM es_events
              WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())
              ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
    });
    const row = result.rows[0];
    return row ? { commit: row.commit_id, prepare: row.global_position } : START;
  }

  /** Number of committed events strictly after a position: the lag of a reader at that position. */
  async countAfter(after: GlobalPosition): Promise<number> {
    const result = await this.pool.query<{ n: number }>(
      `SELECT count(*)::bigint AS n FROM es_events
        WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
          AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())`,
      [String(after.commit), after.prepare],
    );
    return result.rows[0].n;
  }

  /** Events recorded under one correlation id, in global order (an audit query: it scans). */
  async readCorrelated(correlationId: string, maxCount = 1000): Promise<RecordedEvent[]> {
    const result = await this.pool.query<EventRow>(
      `SELECT ${COLUMNS} FROM es_events WHERE metadata->>'correlationId' = $1 ORDER BY transaction_id, global_position LIMIT $2`,
      [correlationId, maxCount],
    );
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

  async close(): Promise<void> {
    if (this.ownsPool) await this.pool.end();
  }

  private wake(): void {
    for (const wake of this.wakers) wake();
  }
}

