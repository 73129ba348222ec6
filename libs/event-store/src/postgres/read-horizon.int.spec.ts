import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { START, type GlobalPosition, type NewEvent, type RecordedEvent } from '../event-store.port.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/database.js';
import { PostgresEventStore } from './postgres-event-store.js';

/**
 * The read horizon (append-gate.migration.ts): readers wait for transactions that can still append
 * events, and for nothing else on the server.
 */
describe('PostgresEventStore read horizon', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  const clients: pg.Client[] = [];

  beforeEach(async () => {
    db = await createTestDatabase('horizon');
    store = await PostgresEventStore.open(db.url, { poolSize: 4, pollIntervalMs: 20, horizonHeldBackAfterMs: 0 });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.end().catch(() => undefined);
    await store.close();
    await db.drop();
  });

  const connect = async (url: string, applicationName: string): Promise<pg.Client> => {
    const client = new pg.Client({ connectionString: url, application_name: applicationName });
    await client.connect();
    clients.push(client);
    return client;
  };
  const event = (n: number): NewEvent => ({
    id: randomUUID(),
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
  /** A subscriber from the start that records what it was handed. */
  const follow = () => {
    const seen: number[] = [];
    const subscription = store.subscribe({
      after: START,
      handler: async (events) => {
        seen.push(...events.map((e) => (e.data as { n: number }).n));
      },
    });
    return { seen, subscription };
  };
  const within = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
    Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms))]);

  it('holds readers back while an appending transaction is open, names it, and delivers its event first once it commits', async () => {
    await store.append(`before-${randomUUID()}`, [event(0)], { expectedRevision: 'no_stream' });
    const held = await connect(db.url, 'held-append');
    const heldPid = (await held.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    await held.query('BEGIN');
    await held.query('SELECT * FROM es_append($1, -1, $2)', [`held-${randomUUID()}`, JSON.stringify([{ ...event(1), schemaVersion: 1 }])]);

    const { seen, subscription } = follow();
    for (let n = 2; n <= 6; n++) await store.append(`after-${randomUUID()}`, [event(n)], { expectedRevision: 'no_stream' });
    // The later appends are committed, but the open one has a smaller transaction id: a reader
    // that took them now would skip event 1 when it commits.
    await new Promise((r) => setTimeout(r, 300));
    expect(seen).toEqual([0]);
    expect((await allEvents()).map((e) => (e.data as { n: number }).n)).toEqual([0]);

    const horizon = await store.readHorizon();
    expect(horizon.heldBackBy).toHaveLength(1);
    expect(horizon.heldBackBy[0]).toMatchObject({ pid: heldPid, applicationName: 'held-append', state: 'idle in transaction' });
    expect(horizon.heldBackBy[0].ageSeconds).toBeGreaterThanOrEqual(0.3);

    await held.query('COMMIT');
    await within(subscription.caughtUp(), 5000, 'catching up after the commit');
    await subscription.stop();
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect((await allEvents()).map((e) => (e.data as { n: number }).n)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect((await store.readHorizon()).heldBackBy).toEqual([]);
  }, 30_000);

  it('refuses an append in a transaction that already wrote something, so none can slip under the horizon', async () => {
    await store.pool.query('CREATE TABLE unrelated_notes (note text)');
    const client = await connect(db.url, 'late-append');
    await client.query('BEGIN');
    await client.query(`INSERT INTO unrelated_notes VALUES ('written first')`);
    await expect(client.query('SELECT * FROM es_append($1, -1, $2)', [`late-${randomUUID()}`, JSON.stringify([{ ...event(1), schemaVersion: 1 }])])).rejects.toMatchObject({
      code: '55000',
    });
    await client.query('ROLLBACK');
    expect(await allEvents()).toEqual([]);
  });

  it('lets one transaction append twice: the second append is already inside the gate', async () => {
    const client = await connect(db.url, 'two-appends');
    await client.query('BEGIN');
    await client.query('SELECT * FROM es_append($1, -1, $2)', [`twice-a-${randomUUID()}`, JSON.stringify([event(1)])]);
    await client.query('SELECT * FROM es_append($1, -1, $2)', [`twice-b-${randomUUID()}`, JSON.stringify([event(2)])]);
    await client.query('COMMIT');
    expect((await allEvents()).map((e) => (e.data as { n: number }).n)).toEqual([1, 2]);
  });

  describe('an unrelated long transaction does not delay subscribers', () => {
    /** Appends for about three seconds while `open` is open; the subscriber must follow each one. */
    const appendAndFollowWhileOpen = async (open: pg.Client): Promise<void> => {
      const openXid = (await open.query<{ xid: string }>('SELECT pg_current_xact_id()::text AS xid')).rows[0].xid;
      const { seen, subscription } = follow();
      const started = Date.now();
      let n = 0;
      let last: GlobalPosition = START;
      while (Date.now() - started < 3000) {
        last = (await store.append(`live-${randomUUID()}`, [event(n)], { expectedRevision: 'no_stream' })).position;
        n++;
        await within(subscription.caughtUp(), 2000, `following event ${n - 1}`);
        expect(seen).toHaveLength(n);
        await new Promise((r) => setTimeout(r, 100));
      }
      await subscription.stop();
      expect(seen).toEqual(Array.from({ length: n }, (_, i) => i));
      expect(await store.head()).toEqual(last);
      // It was open all along, and it holds back the server-wide rule the store used before.
      expect((await open.query<{ xid: string }>('SELECT pg_current_xact_id()::text AS xid')).rows[0].xid).toBe(openXid);
      const xmin = (await store.pool.query<{ xmin: string }>('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin')).rows[0].xmin;
      expect(BigInt(xmin)).toBeLessThanOrEqual(BigInt(openXid));
      expect((await store.readHorizon()).heldBackBy).toEqual([]);
      await open.query('ROLLBACK');
    };

    it('in another database on the same server', async () => {
      const other = await createTestDatabase('horizon_other');
      try {
        const open = await connect(other.url, 'other-database-batch');
        await open.query('CREATE TABLE batch (n int)');
        await open.query('BEGIN');
        await open.query('INSERT INTO batch VALUES (1)');
        await appendAndFollowWhileOpen(open);
      } finally {
        for (const client of clients.splice(0)) await client.end().catch(() => undefined);
        await other.drop();
      }
    }, 30_000);

    it('on another table of the same database', async () => {
      await store.pool.query('CREATE TABLE read_model_rows (n int)');
      const open = await connect(db.url, 'slow-read-model-batch');
      await open.query('BEGIN');
      await open.query('INSERT INTO read_model_rows VALUES (1)');
      await appendAndFollowWhileOpen(open);
    }, 30_000);
  });
});
