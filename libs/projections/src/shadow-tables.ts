import { OLD_SUFFIX, SHADOW_SUFFIX } from './projection.js';

/** Runs one statement on the current transaction and returns its rows. */
export type Sql = <Row = Record<string, unknown>>(text: string, params?: readonly unknown[]) => Promise<Row[]>;

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

interface IndexRow {
  name: string;
  def: string;
}

/**
 * What makes two indexes the same apart from their own and their table's names: the UNIQUE flag
 * and everything from USING on (method, columns, INCLUDE, WHERE). pg_get_indexdef has the form
 * `CREATE [UNIQUE] INDEX name ON [ONLY] schema.table USING ...`.
 */
export function indexShape(def: string): string {
  const using = def.indexOf(' USING ');
  return (def.startsWith('CREATE UNIQUE ') ? 'UNIQUE' : '') + (using < 0 ? def : def.slice(using));
}

const indexesOf = (sql: Sql, table: string): Promise<IndexRow[]> =>
  sql<IndexRow>(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid = to_regclass($1) ORDER BY c.relname`,
    [table],
  );

/**
 * A table can be swapped only if nothing outside it points at it by identity: a foreign key
 * (LIKE does not copy them, and one pointing in would follow the old table and block its drop).
 */
export async function assertSwappable(sql: Sql, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    const [found] = await sql<{ oid: unknown }>('SELECT to_regclass($1) AS oid', [table]);
    if (!found.oid) throw new Error(`Table ${table} does not exist: create it with a migration before rebuilding`);
    const keys = await sql<{ name: string }>(`SELECT conname AS name FROM pg_constraint WHERE contype = 'f' AND (conrelid = to_regclass($1) OR confrelid = to_regclass($1))`, [
      table,
    ]);
    if (keys.length > 0) {
      throw new Error(`Table ${table} takes part in foreign keys (${keys.map((k) => k.name).join(', ')}); read-model tables are rebuilt by swapping, so they cannot have any`);
    }
  }
}

/** Fresh, empty shadow tables with the live tables' columns, defaults, constraints and indexes. */
export async function createShadowTables(sql: Sql, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    await sql(`DROP TABLE IF EXISTS ${table}${SHADOW_SUFFIX}`);
    await sql(`CREATE TABLE ${table}${SHADOW_SUFFIX} (LIKE ${table} INCLUDING ALL)`);
  }
}

export async function dropShadowTables(sql: Sql, tables: readonly string[]): Promise<void> {
  for (const table of tables) await sql(`DROP TABLE IF EXISTS ${table}${SHADOW_SUFFIX}`);
}

/**
 * Puts the shadow tables in place of the live ones, inside the caller's transaction. The shadow's
 * indexes (and the constraints they back) get the live ones' names back, so later migrations that
 * name an index still work and a second rebuild starts from the same names.
 */
export async function swapInShadowTables(sql: Sql, tables: readonly string[]): Promise<void> {
  const renames: { from: string; to: string }[] = [];
  for (const table of tables) {
    const live = await indexesOf(sql, table);
    const shadow = await indexesOf(sql, table + SHADOW_SUFFIX);
    for (const index of live) {
      const twin = shadow.findIndex((candidate) => indexShape(candidate.def) === indexShape(index.def));
      if (twin < 0) continue;
      const [match] = shadow.splice(twin, 1);
      if (match.name !== index.name) renames.push({ from: match.name, to: index.name });
    }
  }
  for (const table of tables) {
    await sql(`DROP TABLE IF EXISTS ${table}${OLD_SUFFIX}`);
    await sql(`ALTER TABLE ${table} RENAME TO ${table}${OLD_SUFFIX}`);
    await sql(`ALTER TABLE ${table}${SHADOW_SUFFIX} RENAME TO ${table}`);
  }
  for (const table of tables) await sql(`DROP TABLE ${table}${OLD_SUFFIX}`);
  for (const { from, to } of renames) await sql(`ALTER INDEX ${quoteIdent(from)} RENAME TO ${quoteIdent(to)}`);
}
