import { refuse } from '#libs/decider';
import { parsePosition, type GlobalPosition } from '#libs/event-store';
import type { ProjectionRunner } from './projection-runner.js';

/** Injection token of the read-model TypeORM DataSource (the api's ReadModelsModule provides it, globally). */
export const READ_MODELS = Symbol('READ_MODELS');
/** Injection token of the ProjectionRunner, for status and read-your-writes waits. */
export const PROJECTION_RUNNER = Symbol('PROJECTION_RUNNER');

export const DEFAULT_READ_YOUR_WRITES_MS = 5000;
export const MAX_READ_YOUR_WRITES_MS = 30_000;

const WAIT_MS = /^\d{1,6}$/;

/** `?waitMs=`: a whole number of ms up to MAX_READ_YOUR_WRITES_MS, else a 400 naming it. */
export function parseWaitMs(waitMs: unknown, fallback = DEFAULT_READ_YOUR_WRITES_MS): number {
  if (waitMs === undefined) return fallback;
  const valid = typeof waitMs === 'string' && WAIT_MS.test(waitMs) && Number(waitMs) <= MAX_READ_YOUR_WRITES_MS;
  if (!valid) refuse('invalid', 'invalid-wait', `waitMs must be a whole number of milliseconds from 0 to ${MAX_READ_YOUR_WRITES_MS}`, 'waitMs');
  return Number(waitMs);
}

/** `?position=`: a global position as a command answered it, else a 400 naming it. */
export function parsePositionParam(position: unknown): GlobalPosition | undefined {
  if (position === undefined) return undefined;
  return (
    (typeof position === 'string' ? parsePosition(position) : undefined) ??
    refuse('invalid', 'invalid-position', 'position must be a global position as a command answered it: <commit>-<prepare>, e.g. 1234-5678', 'position')
  );
}

/**
 * For query routes: with `?position=<commit>-<prepare>` (what a command answered), waits until the
 * named projections (default: all) have applied it, so the query sees the caller's own writes.
 * A malformed position or waitMs is a 400 naming the parameter; running out of time throws
 * ProjectionTimeoutError, which the problem filter answers with 503. Without a position it returns at once.
 */
export async function readYourWrites(runner: Pick<ProjectionRunner, 'waitFor' | 'names'>, position?: unknown, waitMs?: unknown, names?: readonly string[]): Promise<void> {
  const timeoutMs = parseWaitMs(waitMs);
  const target = parsePositionParam(position);
  if (target === undefined) return;
  await runner.waitFor(target, names ?? runner.names, timeoutMs);
}
