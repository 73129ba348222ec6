import {
  BACKWARDS,
  END,
  excludeSystemEvents,
  FORWARDS,
  KurrentDBClient,
  START as CLIENT_START,
  StreamNotFoundError,
  streamNameFilter,
  type AllStreamRecordedEvent,
  type Direction,
  type Filter,
  type ReadPosition,
} from '@kurrent/kurrentdb-client';
import {
  comparePositions,
  START,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type GlobalPosition,
  type NewEvent,
  type ReadAllOptions,
  type ReadAllPage,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
} from '../event-store.port.js';
import { pollingSubscription } from '../subscription.js';
import {
  isVisible,
  laterOf,
  mapAppendError,
  redactConnectionString,
  selectPage,
  toClientPosition,
  toEventData,
  toGlobalPosition,
  toRecordedEvent,
  toStreamState,
  type StoreView,
} from './kurrentdb-mapping.js';

export interface KurrentDbEventStoreOptions {
  /**
   * Isolates this store on a shared server: stream names get this prefix when written and lose it
   * when read, and readAll, head and subscribe see only streams with it. The contract tests use a
   * fresh prefix per test to get an empty store, as the PostgreSQL tests get a fresh database.
   */
  readonly streamPrefix?: string;
  /**
   * 'head': the store's view of the global order starts at the server's last record when
   * connecting, so readAll, head and subscribe never look at anything older (a scoped view, which
   * also keeps reads of a prefixed store from scanning the whole log). Default: the whole log.
   */
  readonly from?: 'start' | 'head';
  /** How often a subscription looks for events written by other processes (ms). */
  readonly pollIntervalMs?: number;
  /** How long connect() waits for the server to answer (ms). */
  readonly connectTimeoutMs?: number;
  /** gRPC deadline of an append (ms); the append is abandoned a little after it. */
  readonly appendDeadlineMs?: number;
}

const HEAD_PROBE_SIZE = 32;
const HEAD_SCAN_PAGE = 1000;

/**
 * The EventStore port over KurrentDB (formerly EventStoreDB), through its gRPC client.
 * Differences from the PostgreSQL store, all forced by the server:
 * - an event id reused in ANOTHER stream is appended again rather than refused (KurrentDB
 *   deduplicates per stream), see mapAppendError;
 * - idempotency of a retried append with expectedRevision 'any' is best effort (KurrentDB checks
 *   a cache of recent event ids); with an exact revision or 'no_stream' it is guaranteed;
 * - subscriptions poll readAll (woken at once by this process's own appends), like the PostgreSQL
 *   store, rather than holding a server push subscription.
 */
export class KurrentDbEventStore implements EventStore {
  private readonly wakers = new Set<() => void>();
  private readonly filter: Filter;
  // head() of a prefixed store scans forwards from what it saw last (see scanHead()).
  private headScan: { cursor: GlobalPosition; head: GlobalPosition };

  private constructor(
    readonly client: KurrentDBClient,
    private readonly view: StoreView,
    private readonly options: KurrentDbEventStoreOptions,
  ) {
    // Prefix filters run on the server; $-typed records in a prefixed stream (a tombstone) are
    // dropped on our side by isVisible.
    this.filter = view.streamPrefix ? streamNameFilter({ prefixes: [view.streamPrefix] }) : excludeSystemEvents();
    this.headScan = { cursor: view.origin, head: START };
  }

  /**
   * Connects and checks that the server answers within connectTimeoutMs (default 10 s), so a
   * wrong address fails here with a clear message instead of hanging in the first append. The
   * client's own deadlines come from the connection string (`defaultDeadline`, ms).
   */
  static async connect(connectionString: string, options: KurrentDbEventStoreOptions = {}): Promise<KurrentDbEventStore> {
    const prefix = options.streamPrefix ?? '';
    if (prefix.startsWith('$')) throw new Error('streamPrefix must not start with $ (system streams)');
    const client = KurrentDBClient.connectionString(connectionString);
    const timeoutMs = options.connectTimeoutMs ?? 10_000;
    let lastRecord: GlobalPosition;
    try {
      lastRecord = await withTimeout(lastRecordPosition(client), timeoutMs, () => new Error(`no answer within ${timeoutMs} ms`));
    } catch (error) {
      await client.dispose().catch(() => undefined);
      const reason = error instanceof Error ? error.message || error.constructor.name : String(error);
      throw new Error(`Cannot reach KurrentDB at ${redactConnectionString(connectionString)} (${reason})`, { cause: error });
    }
    const origin = options.from === 'head' ? lastRecord : START;
    return new KurrentDbEventStore(client, { streamPrefix: prefix, origin }, options);
  }

  async append(streamId: string, events: readonly NewEvent[], { expectedRevision }: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    const streamName = this.view.streamPrefix + streamId;
    const deadline = this.options.appendDeadlineMs ?? 10_000;
    const request = this.client.appendToStream(streamName, events.map(toEventData), { streamState: toStreamState(expectedRevision), deadline });
    let revision: number;
    try {
      // The client fetches server capabilities without a deadline: a server that accepts the
      // connection but never answers would otherwise hold this append for ever.
      const result = await withTimeout(
        request,
        deadline + 5_000,
        () => new Error(`Append to ${streamId} got no answer within ${deadline + 5_000} ms; its outcome is unknown, retry it with the same event ids`),
      );
      if (!result.success) throw new Error('The KurrentDB store needs throwOnAppendFailure=true (the default) in the connection string');
      revision = Number(result.nextExpectedRevision);
    } catch (error) {
      throw mapAppendError(
        error,
        streamId,
        expectedRevision,
        events.map((e) => e.id),
      );
    }
    const position = await this.positionOf(streamName, revision);
    this.wake();
    return { nextExpectedRevision: revision, position };
  }

  async readStream(streamId: string, options: { fromRevision?: number; maxCount?: number } = {}): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(this.view.streamPrefix + streamId, {
        fromRevision: BigInt(options.fromRevision ?? 0),
        maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
        direction: FORWARDS,
      })) {
        if (resolved.event && isVisible(resolved.event, this.view)) events.push(toRecordedEvent(resolved.event, this.view));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  /** A type filter is applied here, on the page read: `next` still moves past what it skipped. */
  async readAll({ after, maxCount = 1000, eventTypes }: ReadAllOptions): Promise<ReadAllPage> {
    if (!Number.isSafeInteger(maxCount) || maxCount < 1) throw new Error(`Invalid maxCount ${maxCount}`);
    const from = laterOf(after, this.view.origin);
    // One more than asked: the read starts AT `from`, and that record is not part of the page.
    const requested = maxCount + 1;
    const read = await this.readRecords(FORWARDS, comparePositions(from, START) === 0 ? CLIENT_START : toClientPosition(from), requested);
    const page = selectPage(read, { after, from, maxCount, requested, view: this.view });
    return eventTypes ? { ...page, events: page.events.filter((event) => eventTypes.includes(event.type)) } : page;
  }

  async head(): Promise<GlobalPosition> {
    return this.view.streamPrefix ? this.scanHead() : this.probeHead();
  }

  subscribe(options: SubscribeOptions): Subscription {
    return pollingSubscription(this, options, {
      pollIntervalMs: this.options.pollIntervalMs ?? 100,
      onWake: (wake) => {
        this.wakers.add(wake);
        return () => this.wakers.delete(wake);
      },
    });
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }

  /**
   * The global position of the event just appended, read back: the position in KurrentDB's append
   * answer is the log position of the write (for a retried append, that of the last event as both
   * commit and prepare), not documented to equal the event's position in $all, which is what
   * readers and checkpoints use. Costs one read per append.
   */
  private async positionOf(streamName: string, revision: number): Promise<GlobalPosition> {
    for await (const resolved of this.client.readStream(streamName, { fromRevision: BigInt(revision), maxCount: 1, direction: FORWARDS })) {
      if (resolved.event?.position) return toGlobalPosition(resolved.event.position);
    }
    throw new Error(`KurrentDB did not return the position of ${streamName}@${revision}: the server must be 22.6 or later`);
  }

  /** Last visible event, read backwards from the end; system records are filtered on the server. */
  private async probeHead(): Promise<GlobalPosition> {
    let from: ReadPosition = END;
    let before: GlobalPosition | undefined;
    for (;;) {
      const read = await this.readRecords(BACKWARDS, from, HEAD_PROBE_SIZE);
      for (const record of read) {
        const position = toGlobalPosition(record.position);
        if (before && comparePositions(position, before) >= 0) continue;
        if (comparePositions(position, this.view.origin) <= 0) return START;
        if (isVisible(record, this.view)) return position;
        before = position;
      }
      if (read.length < HEAD_PROBE_SIZE || !before) return START;
      from = toClientPosition(before);
    }
  }

  /**
   * A backwards read filtered by stream prefix walks the whole log when the prefix has no events,
   * so a prefixed store finds its head by reading forwards from where it looked last.
   */
  private async scanHead(): Promise<GlobalPosition> {
    let { cursor, head } = this.headScan;
    for (;;) {
      const page = await this.readAll({ after: cursor, maxCount: HEAD_SCAN_PAGE });
      const last = page.events.at(-1);
      if (last) head = last.position;
      cursor = page.next;
      if (page.isEnd) break;
    }
    if (comparePositions(cursor, this.headScan.cursor) > 0) this.headScan = { cursor, head: laterOf(head, this.headScan.head) };
    return this.headScan.head;
  }

  private async readRecords(direction: Direction, fromPosition: ReadPosition, maxCount: number): Promise<AllStreamRecordedEvent[]> {
    const records: AllStreamRecordedEvent[] = [];
    for await (const resolved of this.client.readAll({ direction, fromPosition, maxCount, filter: this.filter, resolveLinkTos: false })) {
      if (resolved.event) records.push(resolved.event);
    }
    return records;
  }

  private wake(): void {
    for (const wake of this.wakers) wake();
  }
}

/** Position of the last record in the log, system records included (START for an empty log). */
async function lastRecordPosition(client: KurrentDBClient): Promise<GlobalPosition> {
  for await (const resolved of client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 })) {
    if (resolved.event?.position) return toGlobalPosition(resolved.event.position);
  }
  return START;
}

async function withTimeout<T>(promise: Promise<T>, ms: number, timeoutError: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  // Once abandoned, a late failure of the operation must not surface as an unhandled rejection.
  promise.catch(() => undefined);
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError()), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
