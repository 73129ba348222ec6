/**
 * The event store port. The PostgreSQL store is the reference implementation; the KurrentDB
 * adapter implements the same interface, so the shapes here follow what both can honour:
 * - a stream revision is 0-based (the first event of a stream has revision 0);
 * - a global position is a (commit, prepare) pair compared lexicographically. KurrentDB gives
 *   exactly that; PostgreSQL uses (transaction id, sequence number), see postgres/schema.ts;
 * - event ids deduplicate appends.
 * Numbers are JS numbers: safe up to 2^53, far beyond any realistic revision or position.
 */

export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | number;

export interface GlobalPosition {
  readonly commit: number;
  readonly prepare: number;
}

export const START: GlobalPosition = Object.freeze({ commit: 0, prepare: 0 });

export interface EventMetadata {
  /** Who did it: the authenticated user's id, or a system actor such as `system:seed`. */
  readonly userId: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly [extra: string]: unknown;
}

/** What a writer hands to append. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  readonly id: string;
  readonly type: Type;
  readonly data: Data;
  readonly metadata: EventMetadata;
  readonly schemaVersion?: number;
}

/** What a reader gets back: the envelope. */
export interface RecordedEvent<Type extends string = string, Data = unknown> {
  readonly id: string;
  readonly streamId: string;
  readonly revision: number;
  readonly position: GlobalPosition;
  readonly type: Type;
  readonly data: Data;
  readonly metadata: EventMetadata;
  readonly schemaVersion: number;
  readonly recordedAt: Date;
}

export interface AppendResult {
  /** Revision of the last event appended: pass it as expectedRevision for the next append. */
  readonly nextExpectedRevision: number;
  /** Position of the last event appended. */
  readonly position: GlobalPosition;
}

export interface ReadAllPage {
  readonly events: RecordedEvent[];
  /**
   * Position to pass as `after` for the next page: the last event read; at the end of a filtered
   * read, the last event the store had then, so a reader moves past the events the filter skipped.
   */
  readonly next: GlobalPosition;
  readonly isEnd: boolean;
}

export interface ReadAllOptions {
  readonly after: GlobalPosition;
  readonly maxCount?: number;
  /** Only events of these types (the store skips the others); absent means all. */
  readonly eventTypes?: readonly string[];
}

export interface SubscribeOptions {
  /** Deliver events strictly after this position; START for everything. */
  readonly after: GlobalPosition;
  readonly batchSize?: number;
  /** Only events of these types; the position still moves past the others. */
  readonly eventTypes?: readonly string[];
  /**
   * Called with each batch in global order and the position it reaches; the next batch waits until
   * it resolves. With a filter, a batch can be empty while the position moves on.
   */
  readonly handler: (events: RecordedEvent[], reached: GlobalPosition) => Promise<void>;
  /** Called when the handler or the store fails; the subscription stops. */
  readonly onError?: (error: unknown) => void;
}

export interface Subscription {
  /** Resolves when the subscription has stopped and no handler call is running. */
  stop(): Promise<void>;
  /** Resolves when the subscription has delivered everything up to the store's head at call time. */
  caughtUp(): Promise<void>;
}

/** A transaction that can still append events and so holds back what readers see (the read horizon). */
export interface HorizonBlocker {
  readonly pid: number;
  readonly applicationName: string;
  /** Seconds since its transaction began. */
  readonly ageSeconds: number;
  /** pg_stat_activity state: 'active', 'idle in transaction', ... */
  readonly state: string | null;
  /** What it waits for, if it waits (pg_stat_activity wait_event_type:wait_event). */
  readonly waitingOn: string | null;
}

export interface ReadHorizonStatus {
  /** Appending transactions open longer than the store's threshold, oldest first (empty when none). */
  readonly heldBackBy: readonly HorizonBlocker[];
}

export interface EventStore {
  append(streamId: string, events: readonly NewEvent[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult>;
  /** Events of one stream from `fromRevision` (inclusive), forwards; [] for an unknown stream. */
  readStream(streamId: string, options?: { fromRevision?: number; maxCount?: number }): Promise<RecordedEvent[]>;
  /** Committed events strictly after `after`, in global order, one page at a time. */
  readAll(options: ReadAllOptions): Promise<ReadAllPage>;
  /** Position of the last committed event in global order (START when empty). */
  head(): Promise<GlobalPosition>;
  subscribe(options: SubscribeOptions): Subscription;
  close(): Promise<void>;
  /** Who holds readers back, when a store can tell (PostgreSQL): for status pages and metrics. */
  readHorizon?(): Promise<ReadHorizonStatus>;
}

export class WrongExpectedRevisionError extends Error {
  override readonly name = 'WrongExpectedRevisionError';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's actual last revision, or 'no_stream'. */
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${streamId}: expected revision ${String(expected)}, actual ${String(actual)}`);
  }
}

/** An event id is already stored somewhere other than where this append would put it. */
export class DuplicateEventIdError extends Error {
  override readonly name = 'DuplicateEventIdError';
  constructor(
    readonly streamId: string,
    readonly eventId: string,
  ) {
    super(`Event id ${eventId} is already stored, not as this append to ${streamId} would place it`);
  }
}

export const comparePositions = (a: GlobalPosition, b: GlobalPosition): number => (a.commit !== b.commit ? a.commit - b.commit : a.prepare - b.prepare);

/** The external form, used in HTTP responses and query parameters: `<commit>-<prepare>`. */
export const formatPosition = (p: GlobalPosition): string => `${p.commit}-${p.prepare}`;

export const parsePosition = (text: string): GlobalPosition | undefined => {
  const match = /^(\d{1,16})-(\d{1,16})$/.exec(text);
  if (!match) return undefined;
  const commit = Number(match[1]);
  const prepare = Number(match[2]);
  return Number.isSafeInteger(commit) && Number.isSafeInteger(prepare) ? { commit, prepare } : undefined;
};
