import {
  ANY,
  NO_STREAM,
  STREAM_EXISTS,
  WrongExpectedVersionError,
  type AppendStreamState,
  type CurrentStreamState,
  type JSONEventData,
  type JSONType,
  type Position,
  type RecordedEvent as ClientRecordedEvent,
} from '@kurrent/kurrentdb-client';
import {
  comparePositions,
  DuplicateEventIdError,
  START,
  WrongExpectedRevisionError,
  type EventMetadata,
  type ExpectedRevision,
  type GlobalPosition,
  type NewEvent,
  type ReadAllPage,
  type RecordedEvent,
} from '../event-store.port.js';

/**
 * Pure translations between the port and the KurrentDB client's shapes. Everything here is
 * unit-tested; the adapter only adds I/O around it.
 */

/** What one store instance sees of a KurrentDB server (see KurrentDbEventStoreOptions). */
export interface StoreView {
  /** Prepended to every stream name this store writes; reads see only such streams. */
  readonly streamPrefix: string;
  /** Events at or before this position are invisible to readAll, head and subscribe. */
  readonly origin: GlobalPosition;
}

export const UNSCOPED: StoreView = Object.freeze({ streamPrefix: '', origin: START });

/** Kept in the event's metadata next to ours, since KurrentDB has no column for it. */
export const SCHEMA_VERSION_KEY = 'schemaVersion';

export function toStreamState(expected: ExpectedRevision): AppendStreamState {
  switch (expected) {
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    case 'any':
      return ANY;
    default:
      if (!Number.isSafeInteger(expected) || expected < 0) throw new Error(`Invalid expected revision ${String(expected)}`);
      return BigInt(expected);
  }
}

export const toGlobalPosition = (position: Position): GlobalPosition => ({
  commit: Number(position.commit),
  prepare: Number(position.prepare),
});

export const toClientPosition = (position: GlobalPosition): Position => ({
  commit: BigInt(position.commit),
  prepare: BigInt(position.prepare),
});

export const laterOf = (a: GlobalPosition, b: GlobalPosition): GlobalPosition => (comparePositions(a, b) >= 0 ? a : b);

export function toEventData(event: NewEvent): JSONEventData {
  if (SCHEMA_VERSION_KEY in event.metadata) {
    // Stored side by side, so a caller's own key of that name would be lost on the way back.
    throw new Error(`Event ${event.id}: metadata key "${SCHEMA_VERSION_KEY}" is reserved by the KurrentDB store`);
  }
  return {
    id: event.id,
    contentType: 'application/json',
    type: event.type,
    data: event.data as JSONType,
    metadata: { ...event.metadata, [SCHEMA_VERSION_KEY]: event.schemaVersion ?? 1 },
  };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);

/** System records ($-typed, or in $-streams) and other stores' streams are not part of the view. */
export const isVisible = (event: Pick<ClientRecordedEvent, 'type' | 'streamId'>, view: StoreView): boolean =>
  !event.type.startsWith('$') && !event.streamId.startsWith('$') && event.streamId.startsWith(view.streamPrefix);

export function toRecordedEvent(event: ClientRecordedEvent, view: StoreView): RecordedEvent {
  if (!event.position) {
    throw new Error(`KurrentDB returned event ${event.id} without its position: the server must be 22.6 or later`);
  }
  // Events written by other tools may carry no or non-JSON metadata: they read back with what there is.
  const { [SCHEMA_VERSION_KEY]: schemaVersion, ...metadata } = isPlainObject(event.metadata) ? event.metadata : {};
  return {
    id: event.id,
    streamId: event.streamId.slice(view.streamPrefix.length),
    revision: Number(event.revision),
    position: toGlobalPosition(event.position),
    type: event.type,
    data: event.data,
    metadata: metadata as EventMetadata,
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 1,
    recordedAt: event.created,
  };
}

export const toActualRevision = (state: CurrentStreamState): number | 'no_stream' => (state === NO_STREAM || state < 0n ? 'no_stream' : Number(state));

/**
 * KurrentDB answers "wrong expected version" in two cases: a real conflict, and a batch of which
 * some events are already in the stream and others not ("corrupted idempotency"). With `any`, or
 * `stream_exists` on a stream that exists, only the second is possible, so that is a reused id.
 * An event id already stored in ANOTHER stream is not detected at all: KurrentDB deduplicates
 * per stream only and appends the event again (the PostgreSQL store refuses it).
 */
export function mapAppendError(error: unknown, streamId: string, expected: ExpectedRevision, eventIds: readonly string[]): unknown {
  if (!(error instanceof WrongExpectedVersionError)) return error;
  const actual = toActualRevision(error.actualState);
  if (expected === 'any' || (expected === 'stream_exists' && actual !== 'no_stream')) {
    return new DuplicateEventIdError(streamId, eventIds.join(', '));
  }
  return new WrongExpectedRevisionError(streamId, expected, actual);
}

/**
 * One readAll page from a forward read of `requested` (= maxCount + 1) records starting AT `from`:
 * KurrentDB's read from a position includes the record there, so anything at or before `from` is
 * dropped. `next` moves past records that the view hides, so a page made only of hidden records
 * still makes progress.
 */
export function selectPage(
  read: readonly ClientRecordedEvent[],
  options: { after: GlobalPosition; from: GlobalPosition; maxCount: number; requested: number; view: StoreView },
): ReadAllPage {
  const events: RecordedEvent[] = [];
  let next = options.after;
  for (const record of read) {
    if (!record.position) throw new Error(`KurrentDB returned event ${record.id} without its position`);
    const position = toGlobalPosition(record.position);
    if (comparePositions(position, options.from) <= 0) continue;
    if (events.length === options.maxCount) break;
    next = position;
    if (isVisible(record, options.view)) events.push(toRecordedEvent(record, options.view));
  }
  return { events, next, isEnd: read.length < options.requested };
}

/** Removes user info from a connection string before it goes into an error message. */
export const redactConnectionString = (connectionString: string): string => connectionString.replace(/\/\/[^/@]*@/, '//***@');
