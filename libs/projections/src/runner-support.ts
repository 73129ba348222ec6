import type { GlobalPosition } from '#libs/event-store';
import type { DataSource, QueryRunner } from 'typeorm';
import type { ProjectionRunnerOptions } from './projection-runner.types.js';
import type { Sql } from './shadow-tables.js';

/** Internals shared by the runner's parts: its settings, checkpoint rows, and transactions on the read-model data source. */

export interface CheckpointRow {
  commit: number;
  prepare: number;
}

export type Settings = Required<Omit<ProjectionRunnerOptions, 'store' | 'dataSource' | 'projections' | 'countAfter'>>;

export const sqlOn =
  (queryRunner: QueryRunner): Sql =>
  async <Row>(text: string, params?: readonly unknown[]) => {
    const result = await queryRunner.query(text, params ? [...params] : undefined, true);
    return (result.records ?? []) as Row[];
  };

export const positionOf = (row: CheckpointRow): GlobalPosition => ({ commit: Number(row.commit), prepare: Number(row.prepare) });

/** The largest position below p (positions are integer pairs in lexicographic order). */
export const justBefore = (p: GlobalPosition): GlobalPosition =>
  p.prepare > 0 ? { commit: p.commit, prepare: p.prepare - 1 } : { commit: p.commit - 1, prepare: Number.MAX_SAFE_INTEGER };

export async function inTransaction<T>(dataSource: DataSource, work: (queryRunner: QueryRunner) => Promise<T>): Promise<T> {
  const queryRunner = dataSource.createQueryRunner();
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
export async function outsideTransaction<T>(dataSource: DataSource, work: (sql: Sql) => Promise<T>): Promise<T> {
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.connect();
  try {
    return await work(sqlOn(queryRunner));
  } finally {
    await queryRunner.release();
  }
}

export async function ensureCheckpointRows(dataSource: DataSource, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  await dataSource.query('INSERT INTO projection_checkpoints (name) SELECT unnest($1::text[]) ON CONFLICT (name) DO NOTHING', [names]);
}
