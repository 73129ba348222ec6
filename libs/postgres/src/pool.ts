import pg from 'pg';

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

/**
 * int8 and numeric come back as JS numbers: positions, revisions, öre amounts and counts all stay
 * far below 2^53, and numbers are what the rest of the code computes with. A `date` stays the
 * business date it is (`YYYY-MM-DD`), never a Date shifted by the server's time zone.
 */
export const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 || oid === NUMERIC
      ? (value: string) => Number(value)
      : oid === DATE
        ? (value: string) => value
        : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

export const createPool = (connectionString: string, options: { max?: number; applicationName?: string } = {}): pg.Pool => {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, types: pgTypes, application_name: options.applicationName ?? 'almi-ledger' });
  // An idle connection closed by the server (restart, dropped database) must not crash the process;
  // the pool drops it and the next query opens a new one. 57P01 is the server shutting down, as it
  // does on Ctrl-C: expected, so not worth a warning.
  pool.on('error', (error: Error & { code?: string }) => {
    if (error.code !== '57P01') console.warn(`[database] ${options.applicationName ?? 'pool'}: idle connection lost: ${error.message}`);
  });
  return pool;
};

/** The URL of another database on the same server. */
export const withDatabase = (url: string, database: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};
