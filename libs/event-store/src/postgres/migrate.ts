import type { Pool } from '#libs/postgres';
import type { Migration } from './schema.js';

/**
 * Applies numbered migrations once each. A session-level advisory lock makes it safe to run from
 * two processes at once; each migration and its bookkeeping row commit together.
 */
export async function migrate(pool: Pool, table: string, migrations: readonly Migration[]): Promise<number[]> {
  const client = await pool.connect();
  const lockKey = `almi-ledger:migrate:${table}`;
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [lockKey]);
    await client.query(`CREATE TABLE IF NOT EXISTS ${table} (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const applied = new Set((await client.query<{ version: number }>(`SELECT version FROM ${table}`)).rows.map((r) => r.version));
    const done: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query(`INSERT INTO ${table} (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      done.push(migration.version);
    }
    return done;
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]).catch(() => undefined);
    client.release();
  }
}

export async function pendingMigrations(pool: Pool, table: string, migrations: readonly Migration[]): Promise<number> {
  const exists = await pool.query('SELECT to_regclass($1) AS t', [table]);
  if (!exists.rows[0].t) return migrations.length;
  const applied = await pool.query<{ version: number }>(`SELECT version FROM ${table}`);
  const versions = new Set(applied.rows.map((r) => r.version));
  return migrations.filter((m) => !versions.has(m.version)).length;
}
