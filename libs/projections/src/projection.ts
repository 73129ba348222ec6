import type { RecordedEvent } from '#libs/event-store';

/** The transaction a projection writes in: the batch's events and the checkpoint commit together. */
export interface ProjectionTx {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /**
   * The physical name of one of the projection's own tables: the canonical name normally, the
   * shadow table while a rebuild writes. Use it for every read and write of the projection's tables.
   */
  table(name: string): string;
}

/**
 * An asynchronous projection: events in global order → rows in tables it owns (created by
 * migrations). `apply` must be idempotent (upserts keyed by source ids): the runner never applies
 * an event twice, but idempotence is what makes rebuilds and hand repairs safe.
 */
export interface Projection {
  readonly name: string;
  /** The read-model tables this projection owns (unqualified, lower snake_case). */
  readonly tables: readonly string[];
  /** Only these event types reach `apply`; absent means all. The checkpoint moves past the others too. */
  readonly eventTypes?: readonly string[];
  apply(events: RecordedEvent[], tx: ProjectionTx): Promise<void>;
  /**
   * Optional shortcuts for a rebuild, which fills fresh shadow tables that nothing reads until
   * they are switched in. The rebuild's big batches go to bulk.apply instead of apply, and
   * bulk.finish runs once after them, before the events that arrive meanwhile are applied with
   * apply and the tables switched in: a projection can leave out of each batch what it derives
   * from its other tables, and derive it all at once at the end.
   */
  readonly bulk?: {
    apply(events: RecordedEvent[], tx: ProjectionTx): Promise<void>;
    finish(tx: ProjectionTx): Promise<void>;
    /** The tables only finish writes (the rebuild finishes the others, indexes and vacuum, meanwhile). */
    readonly derives: readonly string[];
  };
  /**
   * The indexes (their names on the live tables) that a rebuild's big batches read through
   * (bulk.apply if there is one, else apply). A rebuild makes the other non-unique indexes once
   * its big batches are in, instead of updating them row by row; unique ones (ON CONFLICT needs
   * them) are always there.
   */
  readonly indexesUsedByApply?: readonly string[];
}

export const SHADOW_SUFFIX = '__rebuild';
export const OLD_SUFFIX = '__old';

/** PostgreSQL truncates identifiers at 63 bytes; the shadow name must still fit. */
const TABLE_NAME = /^[a-z_][a-z0-9_]{0,53}$/;

/** Rejects a projection list the runner could not handle safely (reported at start, not mid-rebuild). */
export function validateProjections(projections: readonly Projection[]): void {
  const names = new Set<string>();
  const owners = new Map<string, string>();
  for (const projection of projections) {
    if (!projection.name) throw new Error('A projection needs a name');
    if (names.has(projection.name)) throw new Error(`Two projections are named ${projection.name}`);
    names.add(projection.name);
    for (const table of projection.tables) {
      if (!TABLE_NAME.test(table) || table.endsWith(SHADOW_SUFFIX) || table.endsWith(OLD_SUFFIX)) {
        throw new Error(
          `Projection ${projection.name}: table name ${JSON.stringify(table)} must be lower snake_case, at most 54 characters, without the ${SHADOW_SUFFIX}/${OLD_SUFFIX} suffixes`,
        );
      }
      const owner = owners.get(table);
      if (owner) throw new Error(`Table ${table} is owned by both ${owner} and ${projection.name}`);
      owners.set(table, projection.name);
    }
  }
}

/** Maps declared table names to physical ones; refuses undeclared tables, which a rebuild would not shadow. */
export function tableMapper(projection: Projection, suffix: string): (name: string) => string {
  return (name) => {
    if (!projection.tables.includes(name)) {
      throw new Error(`Projection ${projection.name} writes to ${name}, which is not among its tables [${projection.tables.join(', ')}]`);
    }
    return name + suffix;
  };
}
