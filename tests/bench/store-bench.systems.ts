import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { dumbo, endAllPools, getPool, rawSql, type Dumbo } from '@event-driven-io/dumbo';
import { getPostgreSQLEventStore, readMessagesBatch, type PostgresEventStore as EmmettStore } from '@event-driven-io/emmett-postgresql';
import { PostgresEventStore, START, type GlobalPosition, type NewEvent } from '#libs/event-store';
import { createPool, type Pool } from '#libs/postgres';

export type SystemName = 'ours' | 'emmett' | 'raw';

/**
 * One writer's place: the stream it writes and that stream's revision. A writer starts a new stream
 * every APPENDS_PER_STREAM appends, so the run creates streams as well as extending them, as an
 * application writing aggregates does.
 */
export interface Writer {
  readonly name: string;
  streamNo: number;
  appendsInStream: number;
  /** Ours: last revision (0-based), or -1 for a new stream. */
  revision: number;
  /** Emmett: stream version (count of events), 0n for a new stream. */
  version: bigint;
}

export const APPENDS_PER_STREAM = 20;

export const newWriter = (name: string): Writer => ({ name, streamNo: 0, appendsInStream: 0, revision: -1, version: 0n });

const streamOf = (writer: Writer): string => `loan-${writer.name}-${writer.streamNo}`;

const advance = (writer: Writer): void => {
  writer.appendsInStream += 1;
  if (writer.appendsInStream < APPENDS_PER_STREAM) return;
  writer.streamNo += 1;
  writer.appendsInStream = 0;
  writer.revision = -1;
  writer.version = 0n;
};

// The same event for every system: a realistic size (about 250 bytes of JSON with its metadata).
const eventData = (n: number) => ({
  loanId: 'L-2025-000123',
  amountOre: 250_000_000 + n,
  currency: 'SEK',
  businessDate: '2025-03-14',
  region: 'vastmanland',
  note: 'Utbetalning enligt beslut',
});
const eventMetadata = { userId: 'user-42', correlationId: 'corr-5f0b8a', causationId: 'cmd-5f0b8a' };
const EVENT_TYPE = 'LoanDisbursed';

export interface BenchSystem {
  readonly name: SystemName;
  /** One append of `count` events to the writer's stream, with its real expected revision. */
  append(writer: Writer, count: number): Promise<void>;
  /** Reads events in global order from the start, pages of `pageSize`, until `limit` are read; returns how many. */
  readAll(limit: number, pageSize: number): Promise<number>;
  count(): Promise<number>;
  /** Ids of every event a full read-all delivers, in delivery order (not timed: a check of the read). */
  readAllIds(): Promise<string[]>;
  /** The pg type parsers this system runs with (Emmett's library replaces the process-wide ones). */
  readonly parsers: TypeParsers;
  close(): Promise<void>;
}

const PARSED_OIDS = [20, 114, 3802] as const; // int8, json, jsonb
type TypeParsers = ReadonlyMap<number, (value: string) => unknown>;

const currentParsers = (): TypeParsers => new Map(PARSED_OIDS.map((oid) => [oid, pg.types.getTypeParser(oid, 'text') as (value: string) => unknown]));

/**
 * Emmett's dumbo sets process-wide pg type parsers when its first pool is made (int8 as BigInt,
 * JSON through a reviver). The harness installs each system's own parsers while it measures that
 * system, so neither side runs with the other's.
 */
export const useParsers = (parsers: TypeParsers): void => {
  for (const [oid, parse] of parsers) pg.types.setTypeParser(oid, 'text', parse);
};

const DEFAULT_PARSERS = currentParsers();

export async function openOurs(url: string): Promise<BenchSystem> {
  const store = await PostgresEventStore.open(url, { poolSize: 10 });
  return {
    name: 'ours',
    parsers: DEFAULT_PARSERS,
    async append(writer, count) {
      const events: NewEvent[] = [];
      for (let i = 0; i < count; i++) events.push({ id: randomUUID(), type: EVENT_TYPE, data: eventData(i), metadata: eventMetadata });
      const result = await store.append(streamOf(writer), events, { expectedRevision: writer.revision < 0 ? 'no_stream' : writer.revision });
      writer.revision = result.nextExpectedRevision;
      advance(writer);
    },
    async readAll(limit, pageSize) {
      let read = 0;
      let after: GlobalPosition = START;
      while (read < limit) {
        const page = await store.readAll({ after, maxCount: Math.min(pageSize, limit - read) });
        read += page.events.length;
        after = page.next;
        if (page.events.length === 0) break;
      }
      return read;
    },
    count: async () => (await store.pool.query<{ n: number }>('SELECT count(*)::bigint AS n FROM es_events')).rows[0].n,
    async readAllIds() {
      const ids: string[] = [];
      for (let after: GlobalPosition = START; ;) {
        const page = await store.readAll({ after, maxCount: 1000 });
        for (const e of page.events) ids.push(e.id);
        after = page.next;
        if (page.events.length === 0) return ids;
      }
    },
    close: () => store.close(),
  };
}

export async function openEmmett(url: string): Promise<BenchSystem> {
  const store: EmmettStore = getPostgreSQLEventStore(url);
  // Shares the store's pg pool (dumbo keys pools by connection string); Emmett's consumers read
  // all events in global order with readMessagesBatch, the store object itself has no read-all.
  const reader: Dumbo = dumbo({ connectionString: url });
  // Emmett's close() sometimes leaves a few connections open; when the database is dropped they
  // are terminated, and an unheard pool error would end the process.
  getPool(url).on('error', () => undefined);
  await store.schema.migrate();
  const parsers = currentParsers();
  useParsers(DEFAULT_PARSERS);
  return {
    name: 'emmett',
    parsers,
    async append(writer, count) {
      const events = [];
      for (let i = 0; i < count; i++) events.push({ type: EVENT_TYPE, data: eventData(i), metadata: eventMetadata });
      const result = await store.appendToStream(streamOf(writer), events, { expectedStreamVersion: writer.version });
      writer.version = result.nextExpectedStreamVersion;
      advance(writer);
    },
    async readAll(limit, pageSize) {
      let read = 0;
      let after = 0n;
      while (read < limit) {
        const batch = await readMessagesBatch(reader.execute, { after, batchSize: Math.min(pageSize, limit - read) });
        read += batch.messages.length;
        after = batch.currentGlobalPosition;
        if (batch.messages.length === 0) break;
      }
      return read;
    },
    count: async () => {
      const result = await reader.execute.query<{ n: bigint | string }>(rawCount);
      return Number(result.rows[0].n);
    },
    async readAllIds() {
      const ids: string[] = [];
      for (let after = 0n; ;) {
        const batch = await readMessagesBatch(reader.execute, { after, batchSize: 1000 });
        for (const m of batch.messages) ids.push(m.metadata.messageId);
        after = batch.currentGlobalPosition;
        if (batch.messages.length === 0) return ids;
      }
    },
    close: async () => {
      await reader.close();
      await store.close();
      // Emmett's schema migration opens a pool of its own that its close() leaves open.
      await endAllPools();
    },
  };
}

const rawCount = rawSql('SELECT count(*)::bigint AS n FROM emt_messages');

const RAW_SCHEMA = `CREATE TABLE IF NOT EXISTS raw_events (id bigserial PRIMARY KEY, stream text NOT NULL, data jsonb NOT NULL)`;

/** The physical limit: plain INSERTs into a table with no checks, one commit per statement. */
export async function openRaw(url: string): Promise<BenchSystem> {
  const pool: Pool = createPool(url, { max: 10, applicationName: 'bench-raw' });
  await pool.query(RAW_SCHEMA);
  const document = (i: number): string => JSON.stringify({ type: EVENT_TYPE, data: eventData(i), metadata: eventMetadata });
  const insertText = (count: number): string => `INSERT INTO raw_events (stream, data) VALUES ${Array.from({ length: count }, (_, i) => `($1, $${i + 2})`).join(', ')}`;
  return {
    name: 'raw',
    parsers: DEFAULT_PARSERS,
    async append(writer, count) {
      const values = [streamOf(writer)];
      for (let i = 0; i < count; i++) values.push(document(i));
      await pool.query({ name: `raw_insert_${count}`, text: insertText(count), values });
      advance(writer);
    },
    async readAll(limit, pageSize) {
      let read = 0;
      let after = 0;
      while (read < limit) {
        const result = await pool.query<{ id: number; stream: string; data: unknown }>({
          name: 'raw_select',
          text: 'SELECT id, stream, data FROM raw_events WHERE id > $1 ORDER BY id LIMIT $2',
          values: [after, Math.min(pageSize, limit - read)],
        });
        read += result.rows.length;
        if (result.rows.length === 0) break;
        after = result.rows[result.rows.length - 1].id;
      }
      return read;
    },
    count: async () => (await pool.query<{ n: number }>('SELECT count(*)::bigint AS n FROM raw_events')).rows[0].n,
    async readAllIds() {
      const ids: string[] = [];
      for (let after = 0; ;) {
        const result = await pool.query<{ id: number }>('SELECT id FROM raw_events WHERE id > $1 ORDER BY id LIMIT 1000', [after]);
        for (const row of result.rows) ids.push(String(row.id));
        if (result.rows.length === 0) return ids;
        after = result.rows[result.rows.length - 1].id;
      }
    },
    close: () => pool.end(),
  };
}
