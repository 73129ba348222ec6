import type { RecordedEvent } from '#libs/event-store';
import type { ProjectionTx } from './projection.js';

/** A domain event union as the store hands it back: narrowing on `type` narrows `data`. */
export type Recorded<E extends { readonly type: string; readonly data: unknown }> = E extends unknown ? RecordedEvent<E['type'], E['data']> : never;

/** The events of the given types, typed as the area's union (a projection ignores the others). */
export function eventsOf<E extends { readonly type: string; readonly data: unknown }>(events: readonly RecordedEvent[], types: readonly E['type'][]): Recorded<E>[] {
  return events.filter((event) => (types as readonly string[]).includes(event.type)) as Recorded<E>[];
}

/** Column name → PostgreSQL type; rows are objects with these keys (absent or undefined = NULL). */
export type Columns<Row> = { readonly [K in keyof Row & string]-?: string };

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * `json_to_recordset($n::json) AS x("a" text, ...)`: a whole batch of rows as one parameter. json,
 * not jsonb: the text is read once, and parsing it into jsonb first costs the server a third more.
 */
export const recordset = (columns: Readonly<Record<string, string>>, param = 1, alias = 'x'): string =>
  `json_to_recordset($${param}::json) AS ${alias}(${Object.entries(columns)
    .map(([column, type]) => `${ident(column)} ${type}`)
    .join(', ')})`;

/**
 * The last row for each key: a later event for the same key wins, and one statement never
 * touches a row twice (ON CONFLICT DO UPDATE refuses to).
 */
export function lastByKey<Row>(rows: readonly Row[], key: (row: Row) => string): Row[] {
  const last = new Map<string, Row>();
  for (const row of rows) last.set(key(row), row);
  return [...last.values()];
}

/**
 * The last row for each key, in key order: one statement then visits the key's index in order,
 * a page after the other, instead of all over it (inserts of random ids cost a third less).
 */
function lastByKeySorted<Row>(rows: readonly Row[], key: (row: Row) => string): Row[] {
  const last = new Map<string, Row>();
  for (const row of rows) last.set(key(row), row);
  return [...last.keys()].sort().map((k) => last.get(k)!);
}

const keyOf = <Row>(columns: readonly (keyof Row & string)[]): ((row: Row) => string) => {
  // Most keys are one text column: its value is the key, without a JSON string per row.
  if (columns.length === 1) {
    const [column] = columns;
    return (row) => {
      const value = row[column];
      return typeof value === 'string' ? value : JSON.stringify(value ?? null);
    };
  }
  return (row) => JSON.stringify(columns.map((column) => row[column] ?? null));
};

export interface UpsertSpec<Row> {
  /** The projection's (declared) table name; mapped through tx.table. */
  readonly table: string;
  readonly columns: Columns<Row>;
  /** The conflict target: the table's primary key, the event's source ids. */
  readonly key: readonly (keyof Row & string)[];
  /** SET list for a row already there (`t` = stored, `EXCLUDED` = new); absent: the stored row stays. */
  readonly update?: string;
  /** Update only where this holds (e.g. a newer recorded position). */
  readonly where?: string;
}

/** One INSERT … ON CONFLICT for all rows (the last per key). */
export async function upsertRows<Row extends object>(tx: ProjectionTx, spec: UpsertSpec<Row>, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(spec.columns).map(ident).join(', ');
  const onConflict = spec.update ? `DO UPDATE SET ${spec.update}${spec.where ? ` WHERE ${spec.where}` : ''}` : 'DO NOTHING';
  await tx.query(
    `INSERT INTO ${tx.table(spec.table)} AS t (${columns})
     SELECT ${columns} FROM ${recordset(spec.columns)}
     ON CONFLICT (${spec.key.map(ident).join(', ')}) ${onConflict}`,
    [JSON.stringify(lastByKeySorted(rows, keyOf<Row>(spec.key)))],
  );
}

export interface UpdateSpec<Row> {
  readonly table: string;
  readonly columns: Columns<Row>;
  readonly key: readonly (keyof Row & string)[];
  /** SET list; `t` is the stored row, `x` the new values (e.g. `name = COALESCE(x.name, t.name)`). */
  readonly set: string;
}

/** One UPDATE … FROM for all rows (the last per key); keys without a stored row are ignored. */
export async function updateRows<Row extends object>(tx: ProjectionTx, spec: UpdateSpec<Row>, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `UPDATE ${tx.table(spec.table)} AS t SET ${spec.set}
       FROM ${recordset(spec.columns)}
      WHERE ${spec.key.map((column) => `t.${ident(column)} = x.${ident(column)}`).join(' AND ')}`,
    [JSON.stringify(lastByKeySorted(rows, keyOf<Row>(spec.key)))],
  );
}
