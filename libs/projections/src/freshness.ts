import { refuse } from '#libs/decider';
import { comparePositions, formatPosition, type GlobalPosition } from '#libs/event-store';
import { ProjectionTimeoutError } from './errors.js';
import type { ProjectionRunner } from './projection-runner.js';
import { parsePositionParam, parseWaitMs } from './read-your-writes.js';

/**
 * How long a figure or report request waits, by default, for the read models to reach the store's
 * head as it was when the request arrived. Past it: 503 with the lag, or `?stale=ok` for the figures
 * as they are, marked stale.
 */
export const DEFAULT_FIGURE_WAIT_MS = 5000;

/** What a figure answer includes: the events up to `position`, against the store's head when asked. */
export interface Freshness {
  /** The lowest checkpoint of the read models read: every event up to it is in the figures. */
  readonly position: string;
  /** The store's head when the request arrived. */
  readonly head: string;
  /** Events recorded up to `head` that the figures do not include yet. */
  readonly lagEvents: number;
  /** Record-time distance between the last event included and `head`'s event, in seconds. */
  readonly lagSeconds: number;
  /** true when the figures include every event recorded before the request. */
  readonly complete: boolean;
}

/** The figures did not catch up within the wait, and the client did not ask for stale figures (503). */
export class FiguresBehindError extends Error {
  override readonly name = 'FiguresBehindError';
  constructor(
    readonly freshness: Freshness,
    readonly timeoutMs: number,
  ) {
    super(
      `The read models are ${freshness.lagEvents} events (${freshness.lagSeconds.toFixed(1)} s) behind the events recorded before this request ` +
        `(they reflect ${freshness.position}, the store is at ${freshness.head}) and did not catch up within ${timeoutMs} ms: ` +
        'retry shortly, or add ?stale=ok to get the figures as they are, marked incomplete',
    );
  }
}

export interface FreshnessQuery {
  readonly position?: unknown;
  readonly waitMs?: unknown;
  readonly stale?: unknown;
}

type Runner = Pick<ProjectionRunner, 'waitFor' | 'names' | 'head' | 'lowestCheckpoint' | 'lagBetween'>;

const later = (a: GlobalPosition, b: GlobalPosition | undefined): GlobalPosition => (b !== undefined && comparePositions(b, a) > 0 ? b : a);

/** Where the named read models stand against a head: position, lag in events and seconds. */
export async function describeFreshness(runner: Runner, head: GlobalPosition, names: readonly string[] = runner.names): Promise<Freshness> {
  const position = await runner.lowestCheckpoint(names);
  const complete = comparePositions(position, head) >= 0;
  const lag = complete ? { events: 0, seconds: 0 } : await runner.lagBetween(position, head);
  return { position: formatPosition(position), head: formatPosition(head), lagEvents: lag.events, lagSeconds: Math.round(lag.seconds * 10) / 10, complete };
}

/**
 * For figure and report routes. Takes the store's head as the request arrives (or the caller's
 * `?position=`, if later), waits up to `waitMs` (default DEFAULT_FIGURE_WAIT_MS) until the read
 * models have applied it, and says what the answer includes. Out of time it throws
 * FiguresBehindError (503 with the lag) unless `?stale=ok`, which never waits and answers the
 * figures as they are, with `complete: false`.
 */
export async function awaitFreshFigures(runner: Runner, query: FreshnessQuery, names: readonly string[] = runner.names): Promise<Freshness> {
  if (query.stale !== undefined && query.stale !== 'ok') refuse('invalid', 'invalid-stale', "stale must be 'ok' (answer at once, with the figures marked incomplete)", 'stale');
  const timeoutMs = parseWaitMs(query.waitMs, DEFAULT_FIGURE_WAIT_MS);
  const asked = parsePositionParam(query.position);
  const head = later(await runner.head(), asked);
  if (query.stale !== 'ok') {
    try {
      await runner.waitFor(head, names, timeoutMs);
    } catch (error) {
      if (error instanceof ProjectionTimeoutError) throw new FiguresBehindError(await describeFreshness(runner, head, names), timeoutMs);
      throw error;
    }
  }
  return describeFreshness(runner, head, names);
}

/** A figure answer with what it includes. */
export type WithFreshness<T> = T & { readonly freshness: Freshness };
