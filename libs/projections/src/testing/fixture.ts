import { randomUUID } from 'node:crypto';
import { PostgresEventStore, START, comparePositions, type GlobalPosition, type RecordedEvent } from '#libs/event-store';
import type { DataSource } from 'typeorm';
import { createTestDatabase, eventually, type TestDatabase } from '../../../../tests/support/database.js';
import { ProjectionRunner, type ProjectionRunnerOptions } from '../projection-runner.js';
import type { Projection } from '../projection.js';
import { createReadModelDataSource, runReadModelMigrations } from '../read-model-data-source.js';
import { CreateTestReadModels1795305600001, STREAM_COUNTS } from './test-projections.js';

/** A fresh database with the event store, the read-model DataSource and the test table migrated. */
export interface RunnerFixture {
  readonly db: TestDatabase;
  readonly store: PostgresEventStore;
  readonly dataSource: DataSource;
  readonly logs: string[];
  runner(projections: Projection[], options?: Partial<ProjectionRunnerOptions>): ProjectionRunner;
  append(streamId: string, types: readonly string[]): Promise<GlobalPosition>;
  /**
   * Position of the last event appended through `append`. Use it rather than store.head(): the
   * store shows an event only once every older transaction that can still append to this store has
   * ended (its read horizon), so the head may lag behind an append made by another runner.
   */
  lastAppended(): GlobalPosition;
  /** Every event appended so far (waits until the store shows the last one). */
  allEvents(): Promise<RecordedEvent[]>;
  counts(): Promise<{ stream_id: string; event_count: number; last_revision: number }[]>;
  checkpoint(name: string): Promise<GlobalPosition | undefined>;
  dispose(): Promise<void>;
}

export async function runnerFixture(): Promise<RunnerFixture> {
  const db = await createTestDatabase('projections');
  const store = await PostgresEventStore.open(db.url, { pollIntervalMs: 20, poolSize: 8 });
  const dataSource = createReadModelDataSource({ url: db.url, migrations: [CreateTestReadModels1795305600001], poolSize: 12 });
  await dataSource.initialize();
  await runReadModelMigrations(dataSource);
  const logs: string[] = [];
  const runners: ProjectionRunner[] = [];
  let last: GlobalPosition = START;
  return {
    db,
    store,
    dataSource,
    logs,
    runner(projections, options = {}) {
      const runner = new ProjectionRunner({
        store,
        dataSource,
        projections,
        lockRetryMs: 50,
        retryDelayMs: 50,
        log: (line) => logs.push(line),
        ...options,
      });
      runners.push(runner);
      return runner;
    },
    async append(streamId, types) {
      const events = types.map((type) => ({ id: randomUUID(), type, data: {}, metadata: { userId: 'test', correlationId: 'c', causationId: 'c' } }));
      const { position } = await store.append(streamId, events, { expectedRevision: 'any' });
      if (comparePositions(position, last) > 0) last = position;
      return position;
    },
    lastAppended: () => last,
    async allEvents() {
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
    },
    counts: () => dataSource.query(`SELECT stream_id, event_count, last_revision FROM ${STREAM_COUNTS} ORDER BY stream_id COLLATE "C"`),
    async checkpoint(name) {
      const [row] = await dataSource.query('SELECT commit, prepare FROM projection_checkpoints WHERE name = $1', [name]);
      return row ? { commit: row.commit, prepare: row.prepare } : undefined;
    },
    async dispose() {
      await Promise.all(runners.map((runner) => runner.stop()));
      await dataSource.destroy();
      await store.close();
      await db.drop();
    },
  };
}
