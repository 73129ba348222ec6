import { refuse } from '#libs/decider';
import { formatPosition } from '#libs/event-store';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

/** A page of any list route: the items, the cursor of the next page (null at the end), the position the rows reflect. */
export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
  readonly position: string;
}

/** A list's sort key values of the last item of a page, opaque to clients (base64url of JSON). */
export type CursorKey = readonly (string | number | null)[];

export const encodeCursor = (key: CursorKey): string => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

/** The sort key a cursor carries; a cursor that was not made by this list (arity, types) is a 400 on `cursor`. */
export function decodeCursor(cursor: string | undefined, arity: number): CursorKey | undefined {
  if (cursor === undefined) return undefined;
  let key: unknown;
  try {
    key = /^[A-Za-z0-9_-]{1,2000}$/.test(cursor) ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
  } catch {
    key = undefined;
  }
  const valid = Array.isArray(key) && key.length === arity && key.every((v) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)));
  if (!valid) refuse('invalid', 'invalid-cursor', 'cursor must be a nextCursor this list answered', 'cursor');
  return key as CursorKey;
}

/**
 * Rows fetched with LIMIT limit + 1 become a page: the extra row only tells that there is a next
 * page, whose cursor is the sort key of the page's last item.
 */
export function toPage<Row, T>(rows: readonly Row[], limit: number, keyOf: (row: Row) => CursorKey, map: (row: Row) => T, position: string): Page<T> {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  return { items: shown.map(map), nextCursor: more ? encodeCursor(keyOf(shown[shown.length - 1])) : null, position };
}

interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<any[]>;
}

/**
 * The position every named projection has reached, read before the rows: the answer includes every
 * event up to it (it may include some later ones). '0-0' before any projection has run.
 */
export async function readPosition(sql: SqlRunner, projections: readonly string[]): Promise<string> {
  const rows = (await sql.query(
    `SELECT commit::text AS commit, prepare::text AS prepare, n.name IS NOT NULL AS known
       FROM unnest($1::text[]) AS n(name) LEFT JOIN projection_checkpoints c ON c.name = n.name
      ORDER BY c.commit NULLS FIRST, c.prepare NULLS FIRST LIMIT 1`,
    [projections],
  )) as { commit: string | null; prepare: string | null }[];
  const row = rows[0];
  return row?.commit == null ? '0-0' : formatPosition({ commit: Number(row.commit), prepare: Number(row.prepare) });
}

/** int8 and numeric arrive as strings from pg: numbers for JSON (öre sums stay far below 2^53). */
export const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

/** A date column as YYYY-MM-DD (the read models' date columns arrive as strings; keep them so). */
export const day = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

export const dayOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : day(value));

export const iso = (value: unknown): string | null =>
  value === null || value === undefined ? null : value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
