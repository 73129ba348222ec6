import { randomUUID } from 'node:crypto';
import { comparePositions, DuplicateEventIdError, START, WrongExpectedRevisionError, type EventStore, type NewEvent, type RecordedEvent } from '../event-store.port.js';

/**
 * The behaviour every EventStore adapter promises, stated once. Each adapter's spec calls this with
 * a factory for a fresh, empty store. The concurrency run's length comes from
 * CONTRACT_CONCURRENCY_MS (default 3000).
 */
export interface StoreCapabilities {
  /**
   * Whether an event id is unique across the whole store (PostgreSQL) or only within its stream
   * (KurrentDB deduplicates per stream and appends a reused id in another stream again).
   */
  readonly globallyUniqueEventIds: boolean;
}

export function eventStoreContract(
  name: string,
  open: () => Promise<{ store: EventStore; dispose: () => Promise<void> }>,
  capabilities: StoreCapabilities = { globallyUniqueEventIds: true },
): void {
  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;
    let dispose: () => Promise<void>;

    beforeEach(async () => {
      ({ store, dispose } = await open());
    });
    afterEach(async () => {
      await dispose();
    });

    const stream = (): string => `contract-${randomUUID()}`;
    const event = (n: number, overrides: Partial<NewEvent> = {}): NewEvent => ({
      id: randomUUID(),
      type: 'ThingHappened',
      data: { n, note: 'å ä ö' },
      metadata: { userId: 'user-1', correlationId: 'corr-1', causationId: 'cause-1' },
      ...overrides,
    });
    const allEvents = async (): Promise<RecordedEvent[]> => {
      const out: RecordedEvent[] = [];
      let after = START;
      for (;;) {
        const page = await store.readAll({ after, maxCount: 100 });
        out.push(...page.events);
        after = page.next;
        if (page.isEnd) return out;
      }
    };

    describe('append and read a stream', () => {
      it('stores events with their envelope, revisions from 0, in order', async () => {
        const id = stream();
        const result = await store.append(id, [event(1), event(2, { type: 'OtherThingHappened', schemaVersion: 2 })], { expectedRevision: 'no_stream' });
        expect(result.nextExpectedRevision).toBe(1);

        const events = await store.readStream(id);
        expect(events.map((e) => [e.revision, e.type, e.data])).toEqual([
          [0, 'ThingHappened', { n: 1, note: 'å ä ö' }],
          [1, 'OtherThingHappened', { n: 2, note: 'å ä ö' }],
        ]);
        expect(events[1].schemaVersion).toBe(2);
        expect(events[0].schemaVersion).toBe(1);
        expect(events[0].metadata).toMatchObject({ userId: 'user-1', correlationId: 'corr-1', causationId: 'cause-1' });
        expect(events[0].recordedAt).toBeInstanceOf(Date);
        expect(Math.abs(events[0].recordedAt.getTime() - Date.now())).toBeLessThan(60_000);
        expect(events[0].streamId).toBe(id);
        expect(comparePositions(events[1].position, result.position)).toBe(0);
        expect(comparePositions(events[0].position, events[1].position)).toBeLessThan(0);
      });

      it('reads from a revision, a bounded number, and nothing for an unknown stream', async () => {
        const id = stream();
        await store.append(
          id,
          [1, 2, 3, 4, 5].map((n) => event(n)),
          { expectedRevision: 'no_stream' },
        );
        expect((await store.readStream(id, { fromRevision: 2, maxCount: 2 })).map((e) => e.revision)).toEqual([2, 3]);
        expect(await store.readStream(stream())).toEqual([]);
      });

      it('appends with the expected revision and refuses a stale one without writing', async () => {
        const id = stream();
        const first = await store.append(id, [event(1)], { expectedRevision: 'no_stream' });
        await store.append(id, [event(2)], { expectedRevision: first.nextExpectedRevision });

        const stale = store.append(id, [event(3)], { expectedRevision: first.nextExpectedRevision });
        await expect(stale).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await expect(stale).rejects.toMatchObject({ streamId: id, expected: 0, actual: 1 });
        await expect(store.append(id, [event(4)], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        expect((await store.readStream(id)).map((e) => (e.data as { n: number }).n)).toEqual([1, 2]);
      });

      it('honours any and stream_exists', async () => {
        const id = stream();
        await expect(store.append(id, [event(1)], { expectedRevision: 'stream_exists' })).rejects.toMatchObject({ actual: 'no_stream' });
        await expect(store.append(id, [event(1)], { expectedRevision: 5 })).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        expect((await store.append(id, [event(1)], { expectedRevision: 'any' })).nextExpectedRevision).toBe(0);
        expect((await store.append(id, [event(2)], { expectedRevision: 'any' })).nextExpectedRevision).toBe(1);
        expect((await store.append(id, [event(3)], { expectedRevision: 'stream_exists' })).nextExpectedRevision).toBe(2);
      });

      it('lets exactly one of two concurrent writers with the same expected revision win', async () => {
        const id = stream();
        const { nextExpectedRevision } = await store.append(id, [event(0)], { expectedRevision: 'no_stream' });
        const outcomes = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => store.append(id, [event(i + 1)], { expectedRevision: nextExpectedRevision })));
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        for (const o of outcomes.filter((o) => o.status === 'rejected')) {
          expect((o as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevisionError);
        }
        expect(await store.readStream(id)).toHaveLength(2);
      });
    });

    describe('idempotent append', () => {
      it('returns the original result for a retried append and writes nothing', async () => {
        const id = stream();
        const batch = [event(1), event(2)];
        const first = await store.append(id, batch, { expectedRevision: 'no_stream' });
        const again = await store.append(id, batch, { expectedRevision: 'no_stream' });
        expect(again.nextExpectedRevision).toBe(first.nextExpectedRevision);
        expect(comparePositions(again.position, first.position)).toBe(0);

        const later = await store.append(id, [event(3)], { expectedRevision: 1 });
        const retriedLater = await store.append(id, [event(9, { id: (await store.readStream(id))[2].id })], { expectedRevision: 1 });
        expect(retriedLater.nextExpectedRevision).toBe(later.nextExpectedRevision);
        expect(await store.readStream(id)).toHaveLength(3);
      });

      it('refuses an event id already stored at another place in the same stream, and writes nothing', async () => {
        const a = stream();
        const reused = event(1);
        await store.append(a, [reused], { expectedRevision: 'no_stream' });
        await expect(store.append(a, [reused, event(3)], { expectedRevision: 'any' })).rejects.toBeInstanceOf(DuplicateEventIdError);
        expect(await store.readStream(a)).toHaveLength(1);
      });

      if (capabilities.globallyUniqueEventIds) {
        it('refuses an event id stored in another stream, and writes nothing', async () => {
          const a = stream();
          const b = stream();
          const reused = event(1);
          await store.append(a, [reused], { expectedRevision: 'no_stream' });
          const before = (await allEvents()).length;

          await expect(store.append(b, [reused], { expectedRevision: 'any' })).rejects.toBeInstanceOf(DuplicateEventIdError);
          await expect(store.append(b, [event(2), reused], { expectedRevision: 'any' })).rejects.toBeInstanceOf(DuplicateEventIdError);
          expect(await store.readStream(b)).toEqual([]);
          expect((await allEvents()).length).toBe(before);
        });
      }
    });

    describe('read all', () => {
      it('returns every committed event in global order, in pages, and knows the head', async () => {
        expect(await store.head()).toEqual(START);
        const a = stream();
        const b = stream();
        await store.append(a, [event(1), event(2)], { expectedRevision: 'no_stream' });
        await store.append(b, [event(3)], { expectedRevision: 'no_stream' });
        await store.append(a, [event(4)], { expectedRevision: 1 });

        const first = await store.readAll({ after: START, maxCount: 3 });
        expect(first.events.map((e) => (e.data as { n: number }).n)).toEqual([1, 2, 3]);
        expect(first.isEnd).toBe(false);
        const second = await store.readAll({ after: first.next, maxCount: 3 });
        expect(second.events.map((e) => (e.data as { n: number }).n)).toEqual([4]);
        expect(second.isEnd).toBe(true);
        expect(await store.head()).toEqual(second.events[0].position);
        const empty = await store.readAll({ after: second.next });
        expect(empty.events).toEqual([]);
        expect(empty.next).toEqual(second.next);
      });
    });

    describe('read all of some types', () => {
      it('returns only those types in global order, and moves past the others to the head', async () => {
        const id = stream();
        await store.append(id, [event(1), event(2, { type: 'Other' }), event(3), event(4, { type: 'Other' })], { expectedRevision: 'no_stream' });
        const page = await store.readAll({ after: START, maxCount: 10, eventTypes: ['Other'] });
        expect(page.events.map((e) => (e.data as { n: number }).n)).toEqual([2, 4]);
        expect(page.isEnd).toBe(true);
        await store.append(id, [event(5)], { expectedRevision: 3 });
        const later = await store.readAll({ after: page.next, maxCount: 10, eventTypes: ['Other'] });
        expect(later.events).toEqual([]);
        expect(comparePositions(later.next, await store.head())).toBe(0);
      });

      it('pages a filtered read without losing or repeating events', async () => {
        const id = stream();
        await store.append(
          id,
          Array.from({ length: 9 }, (_, i) => event(i, i % 3 === 0 ? {} : { type: 'Other' })),
          { expectedRevision: 'no_stream' },
        );
        const seen: number[] = [];
        let after = START;
        for (;;) {
          const page = await store.readAll({ after, maxCount: 2, eventTypes: ['ThingHappened'] });
          seen.push(...page.events.map((e) => (e.data as { n: number }).n));
          after = page.next;
          if (page.isEnd) break;
        }
        expect(seen).toEqual([0, 3, 6]);
      });

      it('subscribes to some types and still catches up to the head', async () => {
        const id = stream();
        await store.append(id, [event(1), event(2, { type: 'Other' })], { expectedRevision: 'no_stream' });
        const seen: number[] = [];
        const subscription = store.subscribe({
          after: START,
          eventTypes: ['ThingHappened'],
          handler: async (events) => {
            seen.push(...events.map((e) => (e.data as { n: number }).n));
          },
        });
        await store.append(id, [event(3, { type: 'Other' })], { expectedRevision: 1 });
        await subscription.caughtUp();
        await subscription.stop();
        expect(seen).toEqual([1]);
      });
    });

    describe('subscribe', () => {
      it('catches up, then follows live appends, once each in order', async () => {
        const id = stream();
        await store.append(id, [event(1), event(2)], { expectedRevision: 'no_stream' });
        const seen: number[] = [];
        const subscription = store.subscribe({
          after: START,
          batchSize: 1,
          handler: async (events) => {
            seen.push(...events.map((e) => (e.data as { n: number }).n));
          },
        });
        await subscription.caughtUp();
        expect(seen).toEqual([1, 2]);
        await store.append(id, [event(3)], { expectedRevision: 1 });
        await subscription.caughtUp();
        await subscription.stop();
        expect(seen).toEqual([1, 2, 3]);
      });

      it('starts after a given checkpoint', async () => {
        const id = stream();
        const first = await store.append(id, [event(1)], { expectedRevision: 'no_stream' });
        await store.append(id, [event(2)], { expectedRevision: 0 });
        const seen: number[] = [];
        const subscription = store.subscribe({
          after: first.position,
          handler: async (events) => {
            seen.push(...events.map((e) => (e.data as { n: number }).n));
          },
        });
        await subscription.caughtUp();
        await subscription.stop();
        expect(seen).toEqual([2]);
      });

      it('stops with an error when the handler fails, and reports it', async () => {
        await store.append(stream(), [event(1)], { expectedRevision: 'no_stream' });
        const errors: unknown[] = [];
        const subscription = store.subscribe({
          after: START,
          handler: async () => {
            throw new Error('projection broke');
          },
          onError: (e) => errors.push(e),
        });
        await expect(subscription.caughtUp()).rejects.toThrow('projection broke');
        await subscription.stop();
        expect(errors).toHaveLength(1);
      });
    });

    describe('concurrent writers and a live subscriber', () => {
      it('delivers every event exactly once and each stream in order', async () => {
        const writers = 8;
        const runMs = Number(process.env.CONTRACT_CONCURRENCY_MS ?? 3000);
        const received = new Map<string, number[]>();
        const ids = new Set<string>();
        let duplicates = 0;
        let last = START;
        let outOfOrder = 0;
        const subscription = store.subscribe({
          after: await store.head(),
          batchSize: 200,
          handler: async (events) => {
            for (const e of events) {
              if (ids.has(e.id)) duplicates++;
              ids.add(e.id);
              if (comparePositions(e.position, last) <= 0) outOfOrder++;
              last = e.position;
              const list = received.get(e.streamId) ?? [];
              list.push(e.revision);
              received.set(e.streamId, list);
            }
          },
        });

        const written = new Map<string, number>();
        const deadline = Date.now() + runMs;
        await Promise.all(
          Array.from({ length: writers }, async (_, w) => {
            // Each writer alternates over a few streams of its own and one stream all share.
            const own = Array.from({ length: 3 }, () => stream());
            let round = 0;
            while (Date.now() < deadline) {
              const target = round % 4 === 3 ? 'contract-shared' : own[round % 3];
              const size = 1 + (round % 3);
              await store.append(
                target,
                Array.from({ length: size }, () => event(round)),
                { expectedRevision: 'any' },
              );
              written.set(target, (written.get(target) ?? 0) + size);
              round++;
            }
            return w;
          }),
        );
        await subscription.caughtUp();
        await subscription.stop();

        const total = [...written.values()].reduce((a, b) => a + b, 0);
        expect(total).toBeGreaterThan(100);
        expect(duplicates).toBe(0);
        expect(outOfOrder).toBe(0);
        expect(ids.size).toBe(total);
        for (const [streamId, count] of written) {
          expect(received.get(streamId)).toEqual(Array.from({ length: count }, (_, i) => i));
        }
      }, 60_000);
    });
  });
}
