import type { RecordedEvent } from '#libs/event-store';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { Projection, ProjectionTx } from '../projection.js';

/**
 * Small projections for the runner's own tests (and the crash test's child process). The stream
 * count counts the `Counted` events of each stream (`Ignored` ones are filtered out by type); its
 * upsert is guarded by the stream revision, so applying an event twice changes nothing.
 */
export const STREAM_COUNTS = 'test_stream_counts';
export const STREAM_COUNT_INDEX = 'IDX_test_stream_counts_by_count';
export const TYPE_COUNTS = 'test_type_counts';

export class CreateTestReadModels1795305600001 implements MigrationInterface {
  readonly name = 'CreateTestReadModels1795305600001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ${STREAM_COUNTS} (
        stream_id     text PRIMARY KEY,
        event_count   integer NOT NULL CONSTRAINT test_stream_counts_positive CHECK (event_count > 0),
        last_revision bigint NOT NULL,
        last_type     text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "${STREAM_COUNT_INDEX}" ON ${STREAM_COUNTS} (event_count DESC, stream_id)`);
    await queryRunner.query(`
      CREATE TABLE ${TYPE_COUNTS} (
        type         text PRIMARY KEY,
        event_count  integer NOT NULL,
        last_commit  bigint NOT NULL,
        last_prepare bigint NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${TYPE_COUNTS}`);
    await queryRunner.query(`DROP TABLE ${STREAM_COUNTS}`);
  }
}

export interface StreamCountProjection extends Projection {
  /** Events this instance has handed to the database (across all its batches, committed or not). */
  applied: number;
}

export function streamCountProjection(options: { afterWrites?: (events: RecordedEvent[], tx: ProjectionTx) => Promise<void> } = {}): StreamCountProjection {
  const projection: StreamCountProjection = {
    name: 'test-stream-counts',
    tables: [STREAM_COUNTS],
    eventTypes: ['Counted'],
    applied: 0,
    async apply(events, tx) {
      const table = tx.table(STREAM_COUNTS);
      for (const event of events) {
        await tx.query(
          `INSERT INTO ${table} AS t (stream_id, event_count, last_revision, last_type) VALUES ($1, 1, $2, $3)
           ON CONFLICT (stream_id) DO UPDATE SET event_count = t.event_count + 1, last_revision = EXCLUDED.last_revision, last_type = EXCLUDED.last_type
           WHERE t.last_revision < EXCLUDED.last_revision`,
          [event.streamId, event.revision, event.type],
        );
      }
      projection.applied += events.length;
      await options.afterWrites?.(events, tx);
    },
  };
  return projection;
}

/** Counts every event by type (no filter); guarded by the global position. */
export function typeCountProjection(): Projection {
  return {
    name: 'test-type-counts',
    tables: [TYPE_COUNTS],
    async apply(events, tx) {
      for (const event of events) {
        await tx.query(
          `INSERT INTO ${tx.table(TYPE_COUNTS)} AS t (type, event_count, last_commit, last_prepare) VALUES ($1, 1, $2, $3)
           ON CONFLICT (type) DO UPDATE SET event_count = t.event_count + 1, last_commit = EXCLUDED.last_commit, last_prepare = EXCLUDED.last_prepare
           WHERE (t.last_commit, t.last_prepare) < (EXCLUDED.last_commit, EXCLUDED.last_prepare)`,
          [event.type, event.position.commit, event.position.prepare],
        );
      }
    },
  };
}

/** What a correct run gives, computed from the events themselves. */
export function expectedStreamCounts(events: readonly RecordedEvent[]): { stream_id: string; event_count: number; last_revision: number }[] {
  const counts = new Map<string, { stream_id: string; event_count: number; last_revision: number }>();
  for (const event of events) {
    if (event.type !== 'Counted') continue;
    const row = counts.get(event.streamId) ?? { stream_id: event.streamId, event_count: 0, last_revision: -1 };
    row.event_count += 1;
    row.last_revision = event.revision;
    counts.set(event.streamId, row);
  }
  return [...counts.values()].sort((a, b) => (a.stream_id < b.stream_id ? -1 : a.stream_id > b.stream_id ? 1 : 0));
}
