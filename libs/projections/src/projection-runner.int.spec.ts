import { jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PostgresEventStore, comparePositions, formatPosition, type GlobalPosition } from '#libs/event-store';
import { eventually } from '../../../tests/support/database.js';
import { ProjectionTimeoutError, RebuildInProgressError } from './errors.js';
import type { RebuildProgress } from './projection-runner.js';
import { applyDirectly } from './testing/apply-directly.js';
import { runnerFixture, type RunnerFixture } from './testing/fixture.js';
import { STREAM_COUNT_INDEX, STREAM_COUNTS, TYPE_COUNTS, expectedStreamCounts, streamCountProjection, typeCountProjection } from './testing/test-projections.js';

const NAME = 'test-stream-counts';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let fx: RunnerFixture;
beforeEach(async () => {
  fx = await runnerFixture();
});
afterEach(async () => {
  await fx.dispose();
});

const lockHolderPid = async (name: string): Promise<number | undefined> => {
  const [row] = await fx.dataSource.query(
    `SELECT l.pid FROM pg_locks l
      WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND l.classid::bigint = ((hashtext($1)::bigint >> 32) & 4294967295) AND l.objid::bigint = (hashtext($1)::bigint & 4294967295)`,
    [`projection:${name}`],
  );
  return row?.pid;
};

describe('ProjectionRunner: live projection', () => {
  it('projects appended events and checkpoints at the head, also past events filtered out by type', async () => {
    const runner = fx.runner([streamCountProjection()]);
    await runner.start();
    await fx.append('loan-1', ['Counted', 'Counted']);
    await fx.append('loan-2', ['Counted', 'Ignored', 'Counted']);
    const head = await fx.append('loan-1', ['Counted', 'Ignored']);

    await runner.waitFor(head);

    expect(await fx.counts()).toEqual([
      { stream_id: 'loan-1', event_count: 3, last_revision: 2 },
      { stream_id: 'loan-2', event_count: 2, last_revision: 2 },
    ]);
    expect(await fx.checkpoint(NAME)).toEqual(head);
    expect(await fx.store.head()).toEqual(head);
  });

  it('applying the same batch twice changes nothing', async () => {
    const projection = streamCountProjection();
    const runner = fx.runner([projection]);
    await fx.append('loan-1', ['Counted', 'Counted', 'Ignored']);
    await fx.append('loan-2', ['Counted']);
    const events = await fx.allEvents();

    const first = await runner.applyBatch(NAME, events);
    const rowsAfterFirst = await fx.counts();
    const second = await runner.applyBatch(NAME, events);

    expect(first).toEqual({ applied: 3, checkpoint: events[3].position });
    expect(second).toEqual({ applied: 0, checkpoint: events[3].position });
    expect(await fx.counts()).toEqual(rowsAfterFirst);
    expect(rowsAfterFirst).toEqual(expectedStreamCounts(events));
    expect(await fx.checkpoint(NAME)).toEqual(events[3].position);

    // The projection itself is idempotent too, without the runner's checkpoint skip.
    await applyDirectly(
      fx.dataSource,
      projection,
      events.filter((e) => e.type === 'Counted'),
    );
    expect(await fx.counts()).toEqual(rowsAfterFirst);
  });

  it('a batch whose apply throws leaves read model and checkpoint unchanged, and the runner resumes', async () => {
    let failing = false;
    const runner = fx.runner([
      streamCountProjection({
        afterWrites: async () => {
          if (failing) throw new Error('read model bug');
        },
      }),
    ]);
    await runner.start();
    const before = await fx.append('loan-1', ['Counted', 'Counted']);
    await runner.waitFor(before);
    const rowsBefore = await fx.counts();

    failing = true;
    const head = await fx.append('loan-1', ['Counted']);
    await fx.append('loan-2', ['Counted']);
    await eventually(async () => {
      const [status] = await runner.status();
      expect(status.lastError).toContain('read model bug');
    });
    expect(await fx.counts()).toEqual(rowsBefore);
    expect(await fx.checkpoint(NAME)).toEqual(before);

    failing = false;
    const last = await fx.append('loan-2', ['Counted']);
    await runner.waitFor(last);
    expect(comparePositions(last, head)).toBeGreaterThan(0);
    expect(await fx.counts()).toEqual(expectedStreamCounts(await fx.allEvents()));
    const [status] = await runner.status();
    expect(status.lastError).toBeUndefined();
  });

  it('with two runners only the lock holder applies; when it stops, the other takes over without loss or double counting', async () => {
    const first = streamCountProjection();
    const second = streamCountProjection();
    const runnerA = fx.runner([first]);
    const runnerB = fx.runner([second]);
    await runnerA.start();
    await eventually(async () => expect(runnerA.stateOf(NAME)).toBe('running'));
    await runnerB.start();
    await eventually(async () => expect(runnerB.stateOf(NAME)).toBe('waiting-for-lock'));

    for (let i = 0; i < 20; i++) await fx.append(`loan-${i % 4}`, ['Counted', 'Ignored']);
    await runnerA.waitFor(fx.lastAppended());
    expect(first.applied).toBe(20);
    expect(second.applied).toBe(0);

    await runnerA.stop();
    for (let i = 0; i < 20; i++) await fx.append(`loan-${i % 5}`, ['Counted']);
    await runnerB.waitFor(fx.lastAppended());

    expect(runnerB.stateOf(NAME)).toBe('running');
    expect(second.applied).toBe(20);
    expect(await fx.counts()).toEqual(expectedStreamCounts(await fx.allEvents()));
  });

  it('when the lock holder loses its connection, the other runner takes over', async () => {
    const first = streamCountProjection();
    const second = streamCountProjection();
    const runnerA = fx.runner([first], { lockRetryMs: 60_000 });
    const runnerB = fx.runner([second]);
    await runnerA.start();
    await eventually(async () => expect(runnerA.stateOf(NAME)).toBe('running'));
    await runnerB.start();
    await fx.append('loan-1', ['Counted', 'Counted']);
    await runnerA.waitFor(fx.lastAppended());

    const pid = await lockHolderPid(NAME);
    await fx.dataSource.query('SELECT pg_terminate_backend($1)', [pid]);

    await eventually(async () => expect(runnerB.stateOf(NAME)).toBe('running'));
    expect(runnerA.stateOf(NAME)).toBe('waiting-for-lock');
    await fx.append('loan-1', ['Counted']);
    await fx.append('loan-2', ['Counted']);
    await runnerB.waitFor(fx.lastAppended());
    expect(first.applied + second.applied).toBe(4);
    expect(second.applied).toBe(2);
    expect(await fx.counts()).toEqual(expectedStreamCounts(await fx.allEvents()));
  });
});

describe('ProjectionRunner: several projections', () => {
  it('runs each on its own checkpoint with one lock connection, and rebuilds them all', async () => {
    const runner = fx.runner([streamCountProjection(), typeCountProjection()], { rebuildBatchSize: 7 });
    await runner.start();
    for (let i = 0; i < 12; i++) await fx.append(`loan-${i % 3}`, ['Counted', 'Ignored']);
    await runner.waitFor(fx.lastAppended());
    const typeCounts = () => fx.dataSource.query(`SELECT type, event_count FROM ${TYPE_COUNTS} ORDER BY type`);

    expect(await fx.counts()).toEqual(expectedStreamCounts(await fx.allEvents()));
    expect(await typeCounts()).toEqual([
      { type: 'Counted', event_count: 12 },
      { type: 'Ignored', event_count: 12 },
    ]);
    const [{ n }] = await fx.dataSource.query(
      `SELECT count(DISTINCT pid)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    expect(n).toBe(1);

    const switched: string[] = [];
    await runner.rebuild(undefined, (p) => {
      if (p.switched) switched.push(p.projection);
    });
    expect(switched).toEqual([NAME, 'test-type-counts']);
    expect(await typeCounts()).toEqual([
      { type: 'Counted', event_count: 12 },
      { type: 'Ignored', event_count: 12 },
    ]);
    const status = await runner.status();
    expect(status.map((s) => [s.name, s.lagEvents, s.state])).toEqual([
      [NAME, 0, 'running'],
      ['test-type-counts', 0, 'running'],
    ]);
  });
});

describe('ProjectionRunner: rebuild beside the live tables', () => {
  const indexNames = (): Promise<string[]> =>
    fx.dataSource
      .query(`SELECT indexname FROM pg_indexes WHERE tablename = $1 ORDER BY indexname`, [STREAM_COUNTS])
      .then((rows: { indexname: string }[]) => rows.map((row) => row.indexname));
  const leftovers = (): Promise<unknown[]> => fx.dataSource.query(`SELECT tablename FROM pg_tables WHERE tablename LIKE 'test_stream_counts\\_\\_%'`);

  it('keeps the live table answering, switches to a table equal to a fresh run, and can do it again', async () => {
    const runner = fx.runner([streamCountProjection()], { batchSize: 50, rebuildBatchSize: 100 });
    await runner.start();
    for (let i = 0; i < 60; i++) await fx.append(`loan-${i % 25}`, ['Counted', 'Ignored', 'Counted', 'Counted', 'Ignored']);
    await runner.waitFor(fx.lastAppended());
    const indexesBefore = await indexNames();
    expect(indexesBefore).toContain(STREAM_COUNT_INDEX);
    const rowsBefore = (await fx.counts()).length;

    for (const round of [1, 2]) {
      // A read-model bug the live projection will never repair by itself.
      await fx.dataSource.query(`UPDATE ${STREAM_COUNTS} SET event_count = 999 WHERE stream_id = 'loan-3'`);

      let reading = true;
      const answers: number[] = [];
      const reader = (async () => {
        while (reading) {
          const [row] = await fx.dataSource.query(`SELECT count(*)::int AS n FROM ${STREAM_COUNTS}`);
          answers.push(row.n);
          await sleep(2);
        }
      })();
      let writing = true;
      const writer = (async () => {
        for (let i = 0; writing && i < 200; i++) {
          await fx.append(`late-${round}-${i % 7}`, ['Counted']);
          await sleep(5);
        }
      })();
      const progress: RebuildProgress[] = [];
      let sawRebuilding = false;
      await runner.rebuild(NAME, async (p) => {
        progress.push(p);
        if (progress.length === 3) {
          const [status] = await runner.status();
          sawRebuilding = status.rebuilding && status.rebuild!.eventsDone === p.eventsDone && status.rebuild!.eventsTotal >= p.eventsDone;
        }
      });
      writing = false;
      await writer;
      reading = false;
      await reader;

      await runner.waitFor(fx.lastAppended());
      expect(await fx.counts()).toEqual(expectedStreamCounts(await fx.allEvents()));
      expect(answers.length).toBeGreaterThan(5);
      expect(Math.min(...answers)).toBeGreaterThanOrEqual(rowsBefore);
      expect(progress.length).toBeGreaterThan(2);
      expect(progress.at(-1)).toMatchObject({ switched: true });
      expect(progress.at(-1)!.eventsDone).toBeGreaterThanOrEqual(180); // the 'Counted' among the first 300
      expect(sawRebuilding).toBe(true);
      expect(await indexNames()).toEqual(indexesBefore);
      expect(await leftovers()).toEqual([]);
      const [status] = await runner.status();
      expect(status).toMatchObject({ rebuilding: false, lagEvents: 0, checkpoint: formatPosition(fx.lastAppended()) });
    }
  }, 30_000);

  it('rebuilds a projection no process runs, and refuses a second rebuild of the same projection at once', async () => {
    const runner = fx.runner([streamCountProjection()], { rebuildBatchSize: 10 });
    for (let i = 0; i < 30; i++) await fx.append(`loan-${i % 3}`, ['Counted']);
    const events = await fx.allEvents();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow = fx.runner([streamCountProjection({ afterWrites: () => held })], { rebuildBatchSize: 10 });

    const first = slow.rebuild(NAME);
    await eventually(async () => expect((await slow.status())[0].rebuilding).toBe(true));
    await expect(runner.rebuild(NAME)).rejects.toBeInstanceOf(RebuildInProgressError);
    release();
    await first;

    expect(await fx.counts()).toEqual(expectedStreamCounts(events));
    expect(await fx.checkpoint(NAME)).toEqual(fx.lastAppended());
  });
});

describe('ProjectionRunner: a failed rebuild', () => {
  it('leaves the live table and checkpoint as they were and removes the shadow table', async () => {
    const live = fx.runner([streamCountProjection()]);
    await live.start();
    for (let i = 0; i < 20; i++) await fx.append(`loan-${i % 4}`, ['Counted']);
    const head = fx.lastAppended();
    await live.waitFor(head);
    const rowsBefore = await fx.counts();
    let calls = 0;
    const broken = fx.runner(
      [
        streamCountProjection({
          afterWrites: async () => {
            if (++calls === 2) throw new Error('rebuild bug');
          },
        }),
      ],
      { rebuildBatchSize: 5 },
    );

    await expect(broken.rebuild(NAME)).rejects.toThrow('rebuild bug');

    expect(await fx.counts()).toEqual(rowsBefore);
    expect(await fx.checkpoint(NAME)).toEqual(head);
    expect(await fx.dataSource.query(`SELECT to_regclass('${STREAM_COUNTS}__rebuild') AS shadow`)).toEqual([{ shadow: null }]);
    const [status] = await live.status();
    expect(status).toMatchObject({ rebuilding: false, state: 'running', lagEvents: 0 });
    const next = await fx.append('loan-9', ['Counted']);
    await live.waitFor(next);
    expect(await fx.counts()).toEqual(expectedStreamCounts(await fx.allEvents()));
  });
});

describe('ProjectionRunner: read-your-writes', () => {
  it('waitFor resolves once the append is projected, without polling the database when the projection runs here', async () => {
    const runner = fx.runner([streamCountProjection()]);
    await runner.start();
    await eventually(async () => expect(runner.stateOf(NAME)).toBe('running'));
    const query = jest.spyOn(fx.dataSource, 'query');

    const position = await fx.append('loan-1', ['Counted']);
    await runner.waitFor(position, [NAME], 2000);

    expect(await fx.counts()).toEqual([{ stream_id: 'loan-1', event_count: 1, last_revision: 0 }]);
    expect(query.mock.calls.filter(([sql]) => String(sql).includes('projection_checkpoints WHERE name = ANY'))).toEqual([]);
  });

  it('waitFor also follows a projection run by another runner, by polling the checkpoints', async () => {
    const projector = fx.runner([streamCountProjection()]);
    const observer = fx.runner([streamCountProjection()]);
    await projector.start();

    const position = await fx.append('loan-1', ['Counted']);
    await observer.waitFor(position, [NAME], 2000);

    expect(await fx.counts()).toHaveLength(1);
  });

  it('waitFor rejects with ProjectionTimeoutError when the position is not projected in time', async () => {
    const runner = fx.runner([streamCountProjection()]);
    const position = await fx.append('loan-1', ['Counted']);

    const started = Date.now();
    const error = await runner.waitFor(position, [NAME], 150).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProjectionTimeoutError);
    expect(error).toMatchObject({ lagging: [NAME], position });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});

describe('ProjectionRunner: status', () => {
  it('reports lag before catching up and none after', async () => {
    const first = fx.runner([streamCountProjection()]);
    await first.start();
    await first.waitFor(await fx.append('loan-1', ['Counted']));
    await first.stop();
    await sleep(60);
    await fx.append('loan-1', ['Counted']);
    const head: GlobalPosition = await fx.append('loan-2', ['Ignored']);
    await fx.allEvents(); // until the store shows the appends

    const [behind] = await first.status();
    expect(behind).toMatchObject({ name: NAME, head: formatPosition(head), lagEvents: 2, state: 'stopped', active: false, rebuilding: false });
    expect(behind.lagSeconds).toBeGreaterThanOrEqual(0.05);

    const second = fx.runner([streamCountProjection()]);
    await second.start();
    await second.waitFor(head);
    const [caughtUp] = await second.status();
    expect(caughtUp).toMatchObject({
      checkpoint: formatPosition(head),
      head: formatPosition(head),
      lagEvents: 0,
      lagSeconds: 0,
      state: 'running',
      active: true,
    });
  });

  it('names the appending transaction that holds the store back, and drops it once that commits', async () => {
    const store = await PostgresEventStore.open(fx.db.url, { pollIntervalMs: 20, horizonHeldBackAfterMs: 200 });
    const held = new pg.Client({ connectionString: fx.db.url, application_name: 'stuck-import' });
    await held.connect();
    try {
      const runner = fx.runner([streamCountProjection()], { store });
      await runner.start();
      await runner.waitFor(await fx.append('loan-1', ['Counted']));
      const heldPid = (await held.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
      await held.query('BEGIN');
      const heldEvent = { id: randomUUID(), type: 'Counted', data: {}, metadata: { userId: 'test', correlationId: 'c', causationId: 'c' } };
      await held.query('SELECT * FROM es_append($1, -2, $2)', ['loan-2', JSON.stringify([heldEvent])]);
      const last = await fx.append('loan-3', ['Counted']);

      await eventually(async () => {
        const [status] = await runner.status();
        expect(status.heldBackBy).toMatchObject({ pid: heldPid, applicationName: 'stuck-import', state: 'idle in transaction' });
        expect(status.heldBackBy!.ageSeconds).toBeGreaterThanOrEqual(0.2);
      });
      expect((await fx.counts()).map((row) => row.stream_id)).toEqual(['loan-1']);

      await held.query('COMMIT');
      await runner.waitFor(last);
      expect((await fx.counts()).map((row) => row.stream_id)).toEqual(['loan-1', 'loan-2', 'loan-3']);
      expect((await runner.status())[0].heldBackBy).toBeUndefined();
      await runner.stop();
    } finally {
      await held.end();
      await store.close();
    }
  });
});
