import type { ReadModelSql } from '#libs/scorecard';
import type { DataSource } from 'typeorm';

/**
 * Runs every query of one report in a single read-only REPEATABLE READ transaction: all figures
 * come from the same snapshot, even while the projections keep writing.
 */
export async function inSnapshot<T>(dataSource: DataSource, work: (sql: ReadModelSql) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction('REPEATABLE READ');
    await runner.query('SET TRANSACTION READ ONLY');
    // One connection runs one statement at a time: the figure functions' parallel queries queue here.
    let previous: Promise<unknown> = Promise.resolve();
    const query = (text: string, parameters?: unknown[]): Promise<any> => {
      const next = previous.then(() => runner.query(text, parameters));
      previous = next.catch(() => undefined);
      return next;
    };
    const result = await work({ query });
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

/**
 * The lowest projection checkpoint in the snapshot (`<commit>-<prepare>`): every event up to it is
 * in every read model the figures came from. null before any projection has run.
 */
export async function readModelsPosition(sql: ReadModelSql): Promise<string | null> {
  const [row] = (await sql.query('SELECT commit, prepare FROM projection_checkpoints ORDER BY commit, prepare LIMIT 1')) as { commit: number; prepare: number }[];
  return row === undefined ? null : `${Number(row.commit)}-${Number(row.prepare)}`;
}
