import type { RecordedEvent } from '#libs/event-store';
import type { DataSource } from 'typeorm';
import { tableMapper, type Projection } from '../projection.js';

/**
 * Calls a projection's apply in its own committed transaction, without checkpoints or filtering:
 * for read-model tests that prove applying the same events twice changes nothing.
 */
export async function applyDirectly(dataSource: DataSource, projection: Projection, events: RecordedEvent[]): Promise<void> {
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.connect();
  try {
    await queryRunner.startTransaction();
    try {
      await projection.apply(events, {
        query: async <Row>(sql: string, params?: readonly unknown[]) => ((await queryRunner.query(sql, params ? [...params] : undefined, true)).records ?? []) as Row[],
        table: tableMapper(projection, ''),
      });
      await queryRunner.commitTransaction();
    } catch (error) {
      await queryRunner.rollbackTransaction().catch(() => undefined);
      throw error;
    }
  } finally {
    await queryRunner.release();
  }
}
