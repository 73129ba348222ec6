import { formatPosition, type GlobalPosition } from '#libs/event-store';

/** The read models did not reach a position in time (the HTTP layer answers 503). */
export class ProjectionTimeoutError extends Error {
  override readonly name = 'ProjectionTimeoutError';
  constructor(
    readonly position: GlobalPosition,
    /** The projections still behind the position when the time ran out. */
    readonly lagging: readonly string[],
    readonly timeoutMs: number,
  ) {
    super(`Projections ${lagging.join(', ')} did not reach ${formatPosition(position)} within ${timeoutMs} ms`);
  }
}

export class RebuildInProgressError extends Error {
  override readonly name = 'RebuildInProgressError';
  constructor(readonly projection: string) {
    super(`A rebuild of ${projection} is already running`);
  }
}
