import { START, comparePositions, formatPosition, type EventStore, type GlobalPosition, type ReadAllPage, type RecordedEvent } from '#libs/event-store';
import type { DataSource } from 'typeorm';
import { RebuildInProgressError } from './errors.js';
import type { RebuildProgress } from './projection-runner.types.js';
import { SHADOW_SUFFIX, tableMapper, type Projection, type ProjectionTx } from './projection.js';
import { ensureCheckpointRows, inTransaction, outsideTransaction, positionOf, sqlOn, type CheckpointRow, type Settings } from './runner-support.js';
import { assertSwappable, createShadowTables, dropShadowTables, indexShape, quoteIdent, swapInShadowTables, type Sql } from './shadow-tables.js';

/**
 * Rebuild beside and swap: the projections asked for are filled from the start of the log into
 * shadow tables while the live ones keep running, then each is swapped in under its checkpoint row.
 *
 * rebuildLocked is one long function on purpose (about 210 lines): its closures share the state of
 * one pass (the shared read, the per-projection queues, the transaction slots, progress counting),
 * and the steps read in the order they happen. The file is about 400 lines for that reason.
 */

const MIN_REBUILD_BATCH = 100;
/** How often a rebuild's progress report counts the events still ahead (a count of the rest of the log). */
const PROGRESS_COUNT_MS = 2000;

const rebuildLockKey = (name: string): string => `projection-rebuild:${name}`;

/** What a rebuild needs from its runner. */
export interface RebuildContext {
  readonly settings: Settings;
  readonly store: EventStore;
  readonly dataSource: DataSource;
  /** Every projection the runner knows (a rebuild of them all reads the whole log unfiltered). */
  readonly names: readonly string[];
  countAfter(after: GlobalPosition): Promise<number>;
  /** A projection's checkpoint is known to be at least `position` (settles read-your-writes waiters). */
  reached(name: string, position: GlobalPosition): void;
}

/**
 * Rebuilds projections from the start of the store beside the live tables, then swaps them in.
 * The live projection (here or in another process) keeps running until the swap; the swap and
 * the last events happen in one transaction holding the checkpoint row, which live batches
 * take first, so they wait for the swap and then go on from the new checkpoint.
 *
 * The projections asked for are rebuilt together: one read of the log feeds them all, their
 * batches are applied side by side (up to rebuildConcurrency transactions at once, so node and
 * PostgreSQL work in parallel), and they switch in one after the other, in the order asked for.
 * One that fails (or that another process is rebuilding) leaves the others to finish; the first
 * failure is thrown once all have ended.
 */
export async function rebuildProjections(
  context: RebuildContext,
  projections: readonly Projection[],
  onProgress?: (progress: RebuildProgress) => void | Promise<void>,
): Promise<void> {
  for (const { name, tables } of projections) if (tables.length === 0) throw new Error(`Projection ${name} has no tables to rebuild`);
  const failures = new Map<string, unknown>();
  // One connection holds every rebuild lock of this call: a connection per projection could
  // use up the pool the rebuild's own transactions take theirs from.
  const lock = context.dataSource.createQueryRunner();
  await lock.connect();
  try {
    const held: Projection[] = [];
    for (const projection of projections) {
      const [{ locked }] = await lock.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [rebuildLockKey(projection.name)]);
      if (locked) held.push(projection);
      else failures.set(projection.name, new RebuildInProgressError(projection.name));
    }
    try {
      if (held.length > 0) await rebuildLocked(context, held, onProgress, failures);
    } finally {
      for (const { name } of held) await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [rebuildLockKey(name)]).catch(() => undefined);
    }
  } finally {
    await lock.release();
  }
  const first = projections.find(({ name }) => failures.has(name));
  if (first) throw failures.get(first.name);
}

/** Rebuilds the projections (their rebuild locks held), recording each one's failure in `failures`. */
async function rebuildLocked(
  context: RebuildContext,
  projections: readonly Projection[],
  onProgress: ((progress: RebuildProgress) => void | Promise<void>) | undefined,
  failures: Map<string, unknown>,
): Promise<void> {
  const log = context.settings.log;
  const { rebuildBatchSize, rebuildTransactionMs } = context.settings;
  const slots = new Slots(context.settings.rebuildConcurrency);
  const builds: Build[] = projections.map((projection) => ({
    projection,
    wanted: projection.eventTypes ? new Set(projection.eventTypes) : undefined,
    position: START,
    queue: [],
    reached: START,
    eventsDone: 0,
    batchSize: rebuildBatchSize,
  }));
  const live = (): Build[] => builds.filter((build) => !failures.has(build.projection.name));
  const fail = (build: Build, error: unknown): void => {
    if (failures.has(build.projection.name)) return;
    failures.set(build.projection.name, error);
    build.failed = true;
    build.queue = [];
  };
  const shadowTx = (build: Build, sql: Sql): ProjectionTx => ({ query: sql, table: tableMapper(build.projection, SHADOW_SUFFIX) });
  const applyToShadow = async (build: Build, sql: Sql, events: readonly RecordedEvent[], bulk = false): Promise<void> => {
    const wanted = build.wanted ? events.filter((event) => build.wanted!.has(event.type)) : [...events];
    if (wanted.length === 0) return;
    if (bulk && build.projection.bulk) await build.projection.bulk.apply(wanted, shadowTx(build, sql));
    else await build.projection.apply(wanted, shadowTx(build, sql));
  };

  // Counting the rest of the log after every batch would cost about as much as the batch: the
  // count (of what follows the shared read) is taken at most once per PROGRESS_COUNT_MS.
  let readTo: GlobalPosition = START;
  let counted: { at: number; after: number } | undefined;
  let counting: Promise<void> | undefined;
  const report = async (build: Build, switched: boolean): Promise<void> => {
    if (!onProgress) return;
    const now = performance.now();
    if (!switched && (!counted || now - counted.at >= PROGRESS_COUNT_MS)) {
      counting ??= context
        .countAfter(readTo)
        .then((after) => void (counted = { at: performance.now(), after }))
        .finally(() => (counting = undefined));
      await counting;
    }
    const eventsTotal = switched ? build.eventsDone : build.eventsDone + build.queue.length + (counted?.after ?? 0);
    await onProgress({ projection: build.projection.name, eventsDone: build.eventsDone, eventsTotal, position: build.position, switched });
  };

  await ensureCheckpointRows(
    context.dataSource,
    projections.map(({ name }) => name),
  );
  for (const build of builds) {
    const { name, tables } = build.projection;
    try {
      await inTransaction(context.dataSource, async (queryRunner) => {
        const sql = sqlOn(queryRunner);
        await assertSwappable(sql, tables);
        await createShadowTables(sql, tables);
        build.deferredIndexes = await dropDeferrableIndexes(sql, build.projection);
        // Vacuumed once, when full (below); autovacuum would go over them again and again as they fill.
        for (const table of tables) await sql(`ALTER TABLE ${table}${SHADOW_SUFFIX} SET (autovacuum_enabled = false)`);
        await sql(
          `UPDATE projection_checkpoints SET status = 'rebuilding', rebuild_commit = 0, rebuild_prepare = 0, rebuild_events = 0,
                  rebuild_started_at = now(), updated_at = now() WHERE name = $1`,
          [name],
        );
      });
      log(`[projections] ${name}: rebuilding into ${tables.map((t) => t + SHADOW_SUFFIX).join(', ')}`);
    } catch (error) {
      fail(build, error);
    }
  }

  /** Applies the build's queued events, a batch per transaction, until fewer than a batch are left (all, when `all`). */
  const drain = (build: Build, all: boolean): Promise<void> => {
    const run = async (): Promise<void> => {
      while (!failures.has(build.projection.name) && build.queue.length > 0 && (all || build.queue.length >= build.batchSize)) {
        const events = build.queue.splice(0, build.batchSize);
        // Past the queue's end the build has seen every event up to the shared read's position.
        const checkpoint = build.queue.length === 0 ? build.reached : events[events.length - 1].position;
        const release = await slots.take();
        const started = performance.now();
        try {
          await inTransaction(context.dataSource, async (queryRunner) => {
            const sql = sqlOn(queryRunner);
            // Losing the last commits in a crash only loses rebuild progress, which starts over anyway.
            await sql('SET LOCAL synchronous_commit = off');
            await applyToShadow(build, sql, events, true);
            // Last, so the row (which live batches lock for their whole length) is held only for the commit.
            await sql('UPDATE projection_checkpoints SET rebuild_commit = $2, rebuild_prepare = $3, rebuild_events = $4, updated_at = now() WHERE name = $1', [
              build.projection.name,
              checkpoint.commit,
              checkpoint.prepare,
              build.eventsDone + events.length,
            ]);
          });
        } catch (error) {
          fail(build, error);
          return;
        } finally {
          release();
        }
        const elapsed = performance.now() - started;
        if (elapsed > rebuildTransactionMs) build.batchSize = Math.max(MIN_REBUILD_BATCH, Math.floor((events.length * rebuildTransactionMs) / elapsed));
        else if (elapsed < rebuildTransactionMs / 2) build.batchSize = Math.min(rebuildBatchSize, build.batchSize * 2);
        build.eventsDone += events.length;
        build.position = checkpoint;
        build.lastRecordedAt = events[events.length - 1].recordedAt;
        await report(build, false).catch((error: unknown) => fail(build, error));
      }
    };
    const previous = build.draining ?? Promise.resolve();
    const next = previous.then(run);
    build.draining = next;
    void next.finally(() => {
      if (build.draining === next) build.draining = undefined;
    });
    return next;
  };

  // One read of the log for all of them, each page read while the one before is handed out.
  // Rebuilding every projection, it reads the whole log: between them they take nearly every
  // event, and the store's type filter costs the server more per event than sending the rest.
  const everyProjection = context.names.every((name) => builds.some((build) => build.projection.name === name));
  const types = !everyProjection && builds.every((build) => build.wanted) ? [...new Set(builds.flatMap((build) => [...build.wanted!]))] : undefined;
  const routes = new Map<string, Build[]>();
  const everything = builds.filter((build) => !build.wanted);
  for (const build of builds) for (const type of build.wanted ?? []) routes.set(type, [...(routes.get(type) ?? []), build]);
  const read = (after: GlobalPosition): Promise<ReadAllPage> => {
    const page = context.store.readAll({ after, maxCount: rebuildBatchSize, eventTypes: types });
    page.catch(() => undefined); // a read ahead is abandoned when the pass fails
    return page;
  };
  for (const build of live()) await report(build, false).catch((error: unknown) => fail(build, error));
  let next = read(readTo);
  while (live().length > 0) {
    const page = await next;
    if (!page.isEnd) next = read(page.next);
    for (const event of page.events) {
      for (const build of routes.get(event.type) ?? []) if (!build.failed) build.queue.push(event);
      for (const build of everything) if (!build.failed) build.queue.push(event);
    }
    readTo = page.next;
    for (const build of live()) {
      build.reached = page.next;
      void drain(build, page.isEnd);
    }
    if (page.isEnd) break;
    // Hold the read back while a projection is more than two batches behind it.
    for (const build of live()) while (build.queue.length > 2 * rebuildBatchSize && build.draining) await build.draining;
  }
  // Each projection, once it has applied its big batches: what they left out, then each table's
  // deferred indexes and a vacuum (tables side by side, those finish does not write meanwhile),
  // so the new tables start with statistics (the first queries are planned well), a visibility
  // map (index-only scans work) and hint bits set, and autovacuum has nothing to catch up on
  // after the switch.
  const completeTable = async (build: Build, table: string): Promise<void> => {
    const release = await slots.take();
    try {
      await outsideTransaction(context.dataSource, async (sql) => {
        for (const definition of build.deferredIndexes?.get(table) ?? []) await sql(definition);
        await sql(`ALTER TABLE ${table}${SHADOW_SUFFIX} RESET (autovacuum_enabled)`);
        await sql(`VACUUM (ANALYZE) ${table}${SHADOW_SUFFIX}`);
      });
    } finally {
      release();
    }
  };
  await Promise.all(
    builds.map(async (build) => {
      await build.draining;
      if (build.failed) return;
      const { bulk, tables } = build.projection;
      const derived = (table: string): boolean => bulk?.derives.includes(table) ?? false;
      const finishing = async (): Promise<void> => {
        if (!bulk) return;
        const release = await slots.take();
        try {
          await inTransaction(context.dataSource, (queryRunner) => bulk.finish(shadowTx(build, sqlOn(queryRunner))));
        } finally {
          release();
        }
        await Promise.all(tables.filter(derived).map((table) => completeTable(build, table)));
      };
      try {
        await Promise.all([finishing(), ...tables.filter((table) => !derived(table)).map((table) => completeTable(build, table))]);
      } catch (error) {
        fail(build, error);
      }
    }),
  );

  for (const build of builds) {
    if (!failures.has(build.projection.name)) {
      try {
        await switchIn(context, build, applyToShadow);
        await report(build, true);
        log(`[projections] ${build.projection.name}: rebuilt from ${build.eventsDone} events, now at ${formatPosition(build.position)}`);
        continue;
      } catch (error) {
        fail(build, error);
      }
    }
    const { name, tables } = build.projection;
    log(`[projections] ${name}: rebuild failed, live tables untouched: ${String(failures.get(name))}`);
    await inTransaction(context.dataSource, async (queryRunner) => {
      const sql = sqlOn(queryRunner);
      await dropShadowTables(sql, tables);
      await sql(
        `UPDATE projection_checkpoints SET status = 'running', rebuild_commit = NULL, rebuild_prepare = NULL, rebuild_events = NULL,
                rebuild_started_at = NULL, updated_at = now() WHERE name = $1`,
        [name],
      );
    }).catch(() => undefined);
  }
}

/**
 * Applies what was appended since the shared read ended, in big batches, then the rest and the
 * swap in one transaction that holds the checkpoint row.
 */
async function switchIn(context: RebuildContext, build: Build, applyToShadow: (build: Build, sql: Sql, events: readonly RecordedEvent[]) => Promise<void>): Promise<void> {
  const { name, tables, eventTypes } = build.projection;
  const take = (page: ReadAllPage): void => {
    if (page.events.length > 0) {
      build.lastRecordedAt = page.events[page.events.length - 1].recordedAt;
      build.eventsDone += page.events.length;
    }
    build.position = page.next;
  };
  for (;;) {
    const page = await context.store.readAll({ after: build.position, maxCount: build.batchSize, eventTypes });
    if (page.events.length > 0) await inTransaction(context.dataSource, async (queryRunner) => applyToShadow(build, sqlOn(queryRunner), page.events));
    take(page);
    if (page.isEnd) break;
  }
  const final = await inTransaction(context.dataSource, async (queryRunner) => {
    const sql = sqlOn(queryRunner);
    const [row] = await sql<CheckpointRow>('SELECT commit, prepare FROM projection_checkpoints WHERE name = $1 FOR UPDATE', [name]);
    const live = positionOf(row);
    for (;;) {
      const page = await context.store.readAll({ after: build.position, maxCount: build.batchSize, eventTypes });
      if (page.events.length > 0) await applyToShadow(build, sql, page.events);
      take(page);
      if (page.isEnd) break;
    }
    if (comparePositions(build.position, live) < 0) {
      throw new Error(`Rebuild of ${name} ended at ${formatPosition(build.position)}, before the live checkpoint ${formatPosition(live)}`);
    }
    await swapInShadowTables(sql, tables);
    await sql(
      `UPDATE projection_checkpoints
          SET commit = $2, prepare = $3, last_recorded_at = $4, updated_at = now(), status = 'running',
              last_error = NULL, rebuild_commit = NULL, rebuild_prepare = NULL, rebuild_events = NULL, rebuild_started_at = NULL, rebuilt_at = now()
        WHERE name = $1`,
      [name, build.position.commit, build.position.prepare, build.lastRecordedAt ?? null],
    );
    return build.position;
  });
  context.reached(name, final);
}

/** One projection of a rebuild: what the shared read has handed it and how far it has applied. */
interface Build {
  readonly projection: Projection;
  /** Its event types; undefined: all. */
  readonly wanted: ReadonlySet<string> | undefined;
  /** Applied up to here (in the shadow tables). */
  position: GlobalPosition;
  /** Handed out by the shared read, not applied yet. */
  queue: RecordedEvent[];
  /** The shared read's position when the queue was last added to: every event of its types up to here is queued or applied. */
  reached: GlobalPosition;
  eventsDone: number;
  lastRecordedAt?: Date;
  /** Adapts so that a transaction lasts about rebuildTransactionMs. */
  batchSize: number;
  draining?: Promise<void>;
  failed?: boolean;
  /** CREATE INDEX statements of the shadow's indexes left out while the big batches are applied, by (live) table. */
  deferredIndexes?: ReadonlyMap<string, readonly string[]>;
}

/**
 * Drops the shadow tables' non-unique indexes that the projection's apply does not read through
 * (Projection.indexesUsedByApply) and returns the statements that make them again: built once
 * over the full table, an index costs a fraction of its upkeep row by row.
 */
async function dropDeferrableIndexes(sql: Sql, projection: Projection): Promise<Map<string, string[]>> {
  const used = new Set(projection.indexesUsedByApply ?? []);
  const deferred = new Map<string, string[]>();
  for (const table of projection.tables) {
    const definitions: string[] = [];
    deferred.set(table, definitions);
    const indexes = await sql<{ name: string; def: string; unique: boolean; table: string }>(
      `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def, i.indisunique AS unique, t.relname AS table
         FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
        WHERE i.indrelid IN (to_regclass($1), to_regclass($2)) AND NOT i.indisexclusion`,
      [table, table + SHADOW_SUFFIX],
    );
    const keep = new Set(indexes.filter((index) => index.table === table && used.has(index.name)).map((index) => indexShape(index.def)));
    for (const index of indexes) {
      if (index.table !== table + SHADOW_SUFFIX || index.unique || keep.has(indexShape(index.def))) continue;
      await sql(`DROP INDEX ${quoteIdent(index.name)}`);
      definitions.push(index.def);
    }
  }
  return deferred;
}

/** A counting semaphore: take() resolves with the function that gives the slot back. */
class Slots {
  private readonly waiting: (() => void)[] = [];

  constructor(private free: number) {}

  async take(): Promise<() => void> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let given = false;
    return () => {
      if (given) return;
      given = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    };
  }
}
