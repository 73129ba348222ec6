import { randomUUID } from 'node:crypto';
import { comparePositions, DuplicateEventIdError, START, WrongExpectedRevisionError, type NewEvent, type RecordedEvent } from '../event-store.port.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/database.js';
import { PostgresEventStore } from './postgres-event-store.js';

/**
 * Group commit: appends made while another is running share one statement and one commit. The
 * contract suite covers the store's behaviour; these cases make sure grouping keeps each append's
 * own outcome, whatever its neighbours in the group do.
 */
describe('PostgresEventStore group commit', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;

  beforeEach(async () => {
    db = await createTestDatabase('group_commit');
    store = await PostgresEventStore.open(db.url, { poolSize: 4 });
  });
  afterEach(async () => {
    await store.close();
    await db.drop();
  });

  const event = (n: number, id: string = randomUUID()): NewEvent => ({
    id,
    type: 'ThingHappened',
    data: { n },
    metadata: { userId: 'user-1', correlationId: 'corr-1', causationId: 'cause-1' },
  });
  const allEvents = async (): Promise<RecordedEvent[]> => {
    const out: RecordedEvent[] = [];
    for (let after = START; ;) {
      const page = await store.readAll({ after, maxCount: 500 });
      out.push(...page.events);
      after = page.next;
      if (page.isEnd) return out;
    }
  };

  it('commits appends made together in fewer transactions, each with its own result', async () => {
    const streams = Array.from({ length: 40 }, () => `group-${randomUUID()}`);
    const results = await Promise.all(streams.map((s, i) => store.append(s, [event(i), event(i + 100)], { expectedRevision: 'no_stream' })));

    expect(results.map((r) => r.nextExpectedRevision)).toEqual(streams.map(() => 1));
    const commits = new Set(results.map((r) => r.position.commit));
    expect(commits.size).toBeLessThan(streams.length);
    const events = await allEvents();
    expect(events).toHaveLength(80);
    for (const [i, s] of streams.entries()) {
      const own = events.filter((e) => e.streamId === s);
      expect(own.map((e) => [e.revision, (e.data as { n: number }).n])).toEqual([
        [0, i],
        [1, i + 100],
      ]);
      expect(comparePositions(own[1].position, results[i].position)).toBe(0);
    }
  });

  it('keeps one stream in revision order in the global order when many append to it at once', async () => {
    const shared = `shared-${randomUUID()}`;
    const others = Array.from({ length: 10 }, () => `other-${randomUUID()}`);
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        i % 2 === 0 ? store.append(shared, [event(i)], { expectedRevision: 'any' }) : store.append(others[i % 10], [event(i)], { expectedRevision: 'any' }),
      ),
    );
    const revisions = (await allEvents()).filter((e) => e.streamId === shared).map((e) => e.revision);
    expect(revisions).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });

  it('refuses only the append with a duplicate id; its neighbours are written', async () => {
    const taken = randomUUID();
    await store.append(`first-${randomUUID()}`, [event(0, taken)], { expectedRevision: 'no_stream' });
    const before = (await allEvents()).length;

    const outcomes = await Promise.allSettled([
      store.append(`a-${randomUUID()}`, [event(1)], { expectedRevision: 'no_stream' }),
      store.append(`b-${randomUUID()}`, [event(2)], { expectedRevision: 'no_stream' }),
      store.append(`c-${randomUUID()}`, [event(3), event(4, taken)], { expectedRevision: 'any' }),
      store.append(`d-${randomUUID()}`, [event(5)], { expectedRevision: 'no_stream' }),
    ]);

    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[2] as PromiseRejectedResult).reason).toBeInstanceOf(DuplicateEventIdError);
    expect((await allEvents()).map((e) => (e.data as { n: number }).n).slice(before)).toEqual([1, 2, 5]);
  });

  it('lets one of several grouped appends with the same expected revision win, and answers a retry with the original result', async () => {
    const id = `contested-${randomUUID()}`;
    const first = await store.append(id, [event(0)], { expectedRevision: 'no_stream' });
    const retried = event(1);
    const outcomes = await Promise.allSettled([
      store.append(`x-${randomUUID()}`, [event(9)], { expectedRevision: 'no_stream' }),
      store.append(id, [retried], { expectedRevision: first.nextExpectedRevision }),
      store.append(id, [event(2)], { expectedRevision: first.nextExpectedRevision }),
      store.append(id, [retried], { expectedRevision: 'any' }),
    ]);

    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[2] as PromiseRejectedResult).reason).toMatchObject({ name: 'WrongExpectedRevisionError', expected: 0, actual: 1 });
    expect((outcomes[2] as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevisionError);
    const written = (outcomes[1] as PromiseFulfilledResult<{ position: { commit: number; prepare: number } }>).value;
    const repeat = (outcomes[3] as PromiseFulfilledResult<{ position: { commit: number; prepare: number } }>).value;
    expect(repeat).toEqual(written);
    expect((await store.readStream(id)).map((e) => (e.data as { n: number }).n)).toEqual([0, 1]);
  });

  it('finishes appends under way before it closes', async () => {
    const id = `closing-${randomUUID()}`;
    const appends = Array.from({ length: 20 }, (_, i) => store.append(`${id}-${i}`, [event(i)], { expectedRevision: 'no_stream' }));
    await store.close();
    await expect(Promise.all(appends)).resolves.toHaveLength(20);
    store = await PostgresEventStore.open(db.url, { poolSize: 2 });
    expect(await allEvents()).toHaveLength(20);
  });
});
