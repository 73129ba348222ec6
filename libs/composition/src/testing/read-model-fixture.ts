import { randomUUID } from 'node:crypto';
import type { DomainEvent } from '#libs/decider';
import { migrate, PostgresEventStore, START, comparePositions, type GlobalPosition, type RecordedEvent } from '#libs/event-store';
import { LocalKeyRing, PersonalDataCodec, PersonalDataVault, platformMigrations } from '#libs/platform';
import type { DataSource } from 'typeorm';
import { createTestDatabase, eventually, type TestDatabase } from '../../../../tests/support/database.js';
import { createReadModelDataSource, ProjectionRunner, runReadModelMigrations, type Projection } from '#libs/projections';
import { applyDirectly } from '../../../projections/src/testing/apply-directly.js';
import { personalDataRules } from '../personal-data-rules.js';
import { readModelEntities, readModelMigrations } from '../registry.js';

/**
 * A fresh database with the event store, the vault and every read-model table migrated, for the
 * area projections' tests: append domain events (personal fields sealed as the api seals them),
 * run a projection live up to them, rebuild it, read its rows.
 */
export interface ReadModelFixture {
  readonly db: TestDatabase;
  readonly store: PostgresEventStore;
  readonly dataSource: DataSource;
  readonly vault: PersonalDataVault;
  /** Seals and opens with the api's personal-data rules. */
  readonly codec: PersonalDataCodec;
  /** Appends to a stream (any revision), sealing personal fields; returns the last event's position. */
  append(streamId: string, events: readonly DomainEvent[]): Promise<GlobalPosition>;
  /** Starts (once) a live runner for the projection and waits until it has applied every append so far. */
  catchUp(projection: Projection): Promise<void>;
  /** Rebuilds the projection from the first event (beside the live tables, then swapped in). */
  rebuild(projection: Projection): Promise<void>;
  /** Applies every event so far again, straight through the projection (no checkpoint skip). */
  applyAllAgain(projection: Projection): Promise<void>;
  /** Every row of a table, ordered by the given columns. */
  rows(table: string, orderBy: string): Promise<Record<string, unknown>[]>;
  /** The rows of every table of the projection, each table in a fixed order. */
  snapshot(projection: Projection): Promise<Record<string, Record<string, unknown>[]>>;
  allEvents(): Promise<RecordedEvent[]>;
  dispose(): Promise<void>;
}

export async function readModelFixture(label: string): Promise<ReadModelFixture> {
  const db = await createTestDatabase(label);
  const store = await PostgresEventStore.open(db.url, { pollIntervalMs: 20, poolSize: 6 });
  await migrate(store.pool, 'platform_schema_migrations', platformMigrations);
  const dataSource = await createReadModelDataSource({ url: db.url, entities: readModelEntities, migrations: readModelMigrations, poolSize: 6 }).initialize();
  await runReadModelMigrations(dataSource);
  const vault = new PersonalDataVault(store.pool, LocalKeyRing.ephemeral());
  const codec = new PersonalDataCodec(vault, personalDataRules);
  const runners = new Map<string, ProjectionRunner>();
  let last: GlobalPosition = START;

  const runnerFor = (projection: Projection): ProjectionRunner => {
    let runner = runners.get(projection.name);
    if (!runner) {
      runner = new ProjectionRunner({ store, dataSource, projections: [projection], lockRetryMs: 50, retryDelayMs: 50, log: () => undefined });
      runners.set(projection.name, runner);
    }
    return runner;
  };

  const allEvents = async (): Promise<RecordedEvent[]> => {
    await eventually(async () => {
      if (comparePositions(await store.head(), last) < 0) throw new Error('the last append is not visible yet');
    });
    const events: RecordedEvent[] = [];
    for (let after = START; ;) {
      const page = await store.readAll({ after, maxCount: 1000 });
      events.push(...page.events);
      if (page.isEnd) return events;
      after = page.next;
    }
  };

  const rows = (table: string, orderBy: string): Promise<Record<string, unknown>[]> => dataSource.query(`SELECT * FROM ${table} ORDER BY ${orderBy}`);

  return {
    db,
    store,
    dataSource,
    vault,
    codec,
    async append(streamId, events) {
      const sealed = await codec.seal(events);
      const { position } = await store.append(
        streamId,
        sealed.map((event) => ({ id: randomUUID(), type: event.type, data: event.data, metadata: { userId: 'test', correlationId: 'test', causationId: 'test' } })),
        { expectedRevision: 'any' },
      );
      if (comparePositions(position, last) > 0) last = position;
      return position;
    },
    async catchUp(projection) {
      const runner = runnerFor(projection);
      if (runner.stateOf(projection.name) === 'stopped') await runner.start();
      await runner.waitFor(last, [projection.name], 10_000);
    },
    async rebuild(projection) {
      await allEvents();
      await runnerFor(projection).rebuild(projection.name);
    },
    async applyAllAgain(projection) {
      const wanted = projection.eventTypes;
      await applyDirectly(
        dataSource,
        projection,
        (await allEvents()).filter((event) => !wanted || wanted.includes(event.type)),
      );
    },
    rows,
    async snapshot(projection) {
      const result: Record<string, Record<string, unknown>[]> = {};
      for (const table of projection.tables) result[table] = await dataSource.query(`SELECT * FROM ${table} AS r ORDER BY r::text`);
      return result;
    },
    allEvents,
    async dispose() {
      await Promise.all([...runners.values()].map((runner) => runner.stop()));
      await dataSource.destroy();
      await store.close();
      await db.drop();
    },
  };
}
