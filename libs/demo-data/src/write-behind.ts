import { PostgresEventStore, WrongExpectedRevisionError, type AppendResult, type ExpectedRevision, type NewEvent, type RecordedEvent } from '#libs/event-store';

/** Events per bulk INSERT (one transaction each). */
const FLUSH_EVENTS = 5_000;
/** Unwritten events the handlers may run ahead of PostgreSQL by. */
const MAX_UNWRITTEN_EVENTS = 50_000;
/**
 * Streams kept as objects, the most recently used; the others are kept as one JSON string each.
 * A million events as objects would make every major garbage collection slow (the fill then
 * slows down as it goes); a string is one object to the collector. Most streams (a day's time,
 * a session, a delivery) are never read again once their commands have run.
 */
const HOT_STREAMS = 20_000;

interface Unwritten {
  readonly streamId: string;
  readonly revision: number;
  readonly event: NewEvent;
}

/**
 * Each batch of events in one statement, in the order the handlers appended them: the events in
 * es_events (global position from the identity, transaction id by default, recorded_at now(),
 * exactly the columns es_append writes) and each stream's last revision in es_streams.
 */
const BULK_INSERT = `
  WITH batch AS (
    SELECT * FROM unnest($1::uuid[], $2::text[], $3::bigint[], $4::text[], $5::integer[], $6::text[], $7::text[])
      WITH ORDINALITY AS b(event_id, stream_id, stream_revision, type, schema_version, data, metadata, ord)),
  inserted AS (
    INSERT INTO es_events (event_id, stream_id, stream_revision, type, schema_version, data, metadata)
    SELECT event_id, stream_id, stream_revision, type, schema_version, data::jsonb, metadata::jsonb FROM batch ORDER BY ord)
  INSERT INTO es_streams AS s (stream_id, revision)
  SELECT stream_id, max(stream_revision) FROM batch GROUP BY stream_id
  ON CONFLICT (stream_id) DO UPDATE SET revision = EXCLUDED.revision`;

/**
 * An event store for filling an EMPTY store fast, with nothing else writing to it. The handlers
 * read their streams from memory (what they appended, JSON round-tripped as the store would hand
 * it back) and their appends are checked against the stream's revision here, as es_append checks
 * them, then written behind their back in bulk: FLUSH_EVENTS events per statement, one statement
 * at a time, in the order appended. So es_events holds exactly the events, streams, revisions and
 * global order that the same handlers awaiting each append would have written; only the waiting
 * (and es_append's per-stream locking, pointless with a single writer) is gone.
 */
export class WriteBehind {
  private readonly hot = new Map<string, RecordedEvent[]>();
  private readonly cold = new Map<string, string>();
  private unwritten: Unwritten[] = [];
  private writing?: Promise<void>;
  private queued = 0;
  private sequence = 0;
  private failure: unknown;
  private readonly waiting: (() => void)[] = [];
  /** Time the handlers waited for PostgreSQL to catch up (the writes were the bottleneck then). */
  waitedMs = 0;

  constructor(private readonly real: PostgresEventStore) {}

  /** A PostgresEventStore whose readStream and append are served here (the global log's reads go to the real one). */
  facade(): PostgresEventStore {
    const facade = Object.create(this.real) as PostgresEventStore;
    Object.assign(facade, {
      readStream: (streamId: string, options: { fromRevision?: number; maxCount?: number } = {}) => this.readStream(streamId, options),
      append: (streamId: string, events: readonly NewEvent[], options: { expectedRevision: ExpectedRevision }) => this.append(streamId, events, options),
      close: () => this.real.close(),
    });
    return facade;
  }

  async readStream(streamId: string, { fromRevision = 0, maxCount = 1_000_000_000 }: { fromRevision?: number; maxCount?: number }): Promise<RecordedEvent[]> {
    return (this.stream(streamId) ?? []).slice(fromRevision, fromRevision + maxCount);
  }

  /** The stream's events, now the most recently used; undefined for a stream never appended to. */
  private stream(streamId: string): RecordedEvent[] | undefined {
    const hot = this.hot.get(streamId);
    if (hot) {
      this.hot.delete(streamId);
      this.hot.set(streamId, hot);
      return hot;
    }
    const cold = this.cold.get(streamId);
    if (cold === undefined) return undefined;
    this.cold.delete(streamId);
    const events = (JSON.parse(cold) as (Omit<RecordedEvent, 'recordedAt'> & { recordedAt: string })[]).map((event): RecordedEvent => ({
      ...event,
      recordedAt: new Date(event.recordedAt),
    }));
    this.keepHot(streamId, events);
    return events;
  }

  private keepHot(streamId: string, events: RecordedEvent[]): void {
    this.hot.set(streamId, events);
    if (this.hot.size <= HOT_STREAMS) return;
    const [oldest, stale] = this.hot.entries().next().value as [string, RecordedEvent[]];
    this.hot.delete(oldest);
    this.cold.set(oldest, JSON.stringify(stale));
  }

  async append(streamId: string, events: readonly NewEvent[], { expectedRevision }: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    if (this.failure) throw this.failure;
    if (events.length === 0) throw new Error('append needs at least one event');
    const stream = this.stream(streamId) ?? [];
    const last = stream.length - 1;
    const matches =
      expectedRevision === 'any' ||
      (expectedRevision === 'no_stream' && stream.length === 0) ||
      (expectedRevision === 'stream_exists' && stream.length > 0) ||
      expectedRevision === last;
    if (!matches) throw new WrongExpectedRevisionError(streamId, expectedRevision, stream.length === 0 ? 'no_stream' : last);
    const recordedAt = new Date();
    for (const event of events) {
      this.sequence += 1;
      const revision = stream.length;
      stream.push({
        id: event.id,
        streamId,
        revision,
        position: { commit: 0, prepare: this.sequence },
        type: event.type,
        data: JSON.parse(JSON.stringify(event.data)) as unknown,
        metadata: event.metadata,
        schemaVersion: event.schemaVersion ?? 1,
        recordedAt,
      });
      this.unwritten.push({ streamId, revision, event });
    }
    if (stream.length === events.length) this.keepHot(streamId, stream);
    this.queued += events.length;
    if (this.unwritten.length >= FLUSH_EVENTS) this.write();
    if (this.queued > MAX_UNWRITTEN_EVENTS) {
      const started = performance.now();
      await new Promise<void>((wake) => this.waiting.push(wake));
      this.waitedMs += performance.now() - started;
      if (this.failure) throw this.failure;
    }
    return { nextExpectedRevision: stream.length - 1, position: stream[stream.length - 1].position };
  }

  /** Writes everything appended so far; throws the first failed write. */
  async flushed(): Promise<void> {
    while (this.writing || this.unwritten.length > 0) {
      if (!this.writing) this.write();
      await this.writing;
    }
    if (this.failure) throw this.failure;
  }

  /**
   * One batch in one transaction that first takes the store's append gate, as es_append does
   * (libs/event-store/src/postgres/append-gate.migration.ts), so readers never skip these events.
   */
  private async bulkInsert(batch: readonly Unwritten[]): Promise<void> {
    const client = await this.real.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT es_enter_append_gate()');
      await client.query(BULK_INSERT, [
        batch.map((u) => u.event.id),
        batch.map((u) => u.streamId),
        batch.map((u) => u.revision),
        batch.map((u) => u.event.type),
        batch.map((u) => u.event.schemaVersion ?? 1),
        batch.map((u) => JSON.stringify(u.event.data)),
        batch.map((u) => JSON.stringify(u.event.metadata)),
      ]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Starts writing the unwritten events (one statement at a time, so in order), unless a write runs. */
  private write(): void {
    if (this.writing || this.unwritten.length === 0) return;
    const batch = this.unwritten.splice(0, FLUSH_EVENTS);
    this.writing = this.bulkInsert(batch)
      .then(
        () => undefined,
        (error: unknown) => {
          this.failure ??= error;
        },
      )
      .finally(() => {
        this.writing = undefined;
        this.queued -= batch.length;
        if (this.failure) this.unwritten = [];
        if (this.queued <= MAX_UNWRITTEN_EVENTS / 2 || this.failure) for (const wake of this.waiting.splice(0)) wake();
        if (this.unwritten.length >= FLUSH_EVENTS) this.write();
      });
  }
}
