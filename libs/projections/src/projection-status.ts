import { START, comparePositions, formatPosition, type EventStore, type GlobalPosition, type RecordedEvent } from '#libs/event-store';
import type { DataSource } from 'typeorm';
import type { ProjectionStatus, RunnerState } from './projection-runner.types.js';
import { positionOf, type CheckpointRow } from './runner-support.js';

/** Status: each projection's checkpoint, lag, state, whether some process projects or rebuilds it, and what holds it back. */

/** An advisory lock held in this database by any session (the key as pg_try_advisory_lock(hashtext(key)) takes it). */
const LOCK_HELD = (param: string): string => `EXISTS (
  SELECT 1 FROM pg_locks l
   WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
     AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
     AND l.classid::bigint = ((hashtext(${param})::bigint >> 32) & 4294967295)
     AND l.objid::bigint = (hashtext(${param})::bigint & 4294967295))`;

interface StatusRow extends CheckpointRow {
  name: string;
  last_recorded_at: Date | null;
  updated_at: Date;
  status: 'running' | 'rebuilding';
  last_error: string | null;
  rebuild_commit: number | null;
  rebuild_prepare: number | null;
  rebuild_events: number | null;
  rebuild_started_at: Date | null;
  active: boolean;
  rebuild_active: boolean;
}

/** What the status needs from its runner. */
export interface StatusContext {
  readonly store: EventStore;
  readonly dataSource: DataSource;
  readonly names: readonly string[];
  countAfter(after: GlobalPosition): Promise<number>;
  eventAt(position: GlobalPosition): Promise<RecordedEvent | undefined>;
  stateOf(name: string): RunnerState;
}

export async function projectionStatus(context: StatusContext): Promise<ProjectionStatus[]> {
  const heldBackBy = (await context.store.readHorizon?.())?.heldBackBy[0];
  const head = await context.store.head();
  const rows = await context.dataSource.query<StatusRow[]>(
    `SELECT c.*, ${LOCK_HELD(`'projection:' || c.name`)} AS active, ${LOCK_HELD(`'projection-rebuild:' || c.name`)} AS rebuild_active
       FROM projection_checkpoints c WHERE c.name = ANY($1)`,
    [context.names],
  );
  const byName = new Map(rows.map((row) => [row.name, row]));
  let headEvent: RecordedEvent | undefined;
  const result: ProjectionStatus[] = [];
  for (const name of context.names) {
    const row = byName.get(name);
    const checkpoint = row ? positionOf(row) : START;
    const behind = comparePositions(checkpoint, head) < 0;
    let lagSeconds = 0;
    if (behind) {
      headEvent ??= await context.eventAt(head);
      const since = row?.last_recorded_at ?? (await context.store.readAll({ after: START, maxCount: 1 })).events[0]?.recordedAt;
      if (headEvent && since) lagSeconds = Math.max(0, (headEvent.recordedAt.getTime() - new Date(since).getTime()) / 1000);
    }
    const rebuilding = row?.status === 'rebuilding' && row.rebuild_active;
    let rebuild: ProjectionStatus['rebuild'];
    if (rebuilding && row.rebuild_commit !== null && row.rebuild_prepare !== null && row.rebuild_started_at) {
      const position = { commit: Number(row.rebuild_commit), prepare: Number(row.rebuild_prepare) };
      const eventsDone = Number(row.rebuild_events ?? 0);
      rebuild = {
        position: formatPosition(position),
        eventsDone,
        eventsTotal: eventsDone + (await context.countAfter(position)),
        startedAt: new Date(row.rebuild_started_at).toISOString(),
      };
    }
    result.push({
      name,
      checkpoint: formatPosition(checkpoint),
      head: formatPosition(head),
      lagEvents: behind ? await context.countAfter(checkpoint) : 0,
      lagSeconds,
      state: context.stateOf(name),
      active: row?.active ?? false,
      rebuilding,
      ...(rebuild ? { rebuild } : {}),
      ...(row?.last_error ? { lastError: row.last_error } : {}),
      ...(row ? { updatedAt: new Date(row.updated_at).toISOString() } : {}),
      ...(heldBackBy ? { heldBackBy } : {}),
    });
  }
  return result;
}
