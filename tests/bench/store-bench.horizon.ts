import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PostgresEventStore, START, type GlobalPosition } from '#libs/event-store';
import { withDatabase } from '#libs/postgres';

export interface LagFigures {
  readonly events: number;
  readonly p50_ms: number;
  readonly max_ms: number;
}

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
};

/**
 * Subscriber lag while an unrelated transaction (in another database on the same server) stays
 * open for `openSeconds`: one event appended every 100 ms, two readers polling every 20 ms side by
 * side, and for each event the time from its append's return to the reader seeing it.
 * - before: the visibility rule of migration 1, transaction_id < pg_snapshot_xmin(pg_current_snapshot());
 * - after: the store's read horizon (append gate, migration 2), through readAll.
 */
export async function measureSubscriberLag(serverUrl: string, log: (line: string) => void, openSeconds = 3): Promise<{ before: LagFigures; after: LagFigures }> {
  const suffix = randomUUID().slice(0, 8);
  const storeDb = `bench_horizon_${suffix}`;
  const otherDb = `bench_unrelated_${suffix}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${storeDb}`);
  await admin.query(`CREATE DATABASE ${otherDb}`);
  const store = await PostgresEventStore.open(withDatabase(serverUrl, storeDb), { poolSize: 4 });
  const unrelated = new pg.Client({ connectionString: withDatabase(serverUrl, otherDb), application_name: 'bench-unrelated-batch' });
  await unrelated.connect();
  try {
    const appendedAt = new Map<string, number>();
    const seen = { before: new Map<string, number>(), after: new Map<string, number>() };
    let reading = true;
    const poll = async (read: (after: GlobalPosition) => Promise<{ ids: string[]; next: GlobalPosition }>, into: Map<string, number>): Promise<void> => {
      let position = START;
      while (reading) {
        const page = await read(position);
        const now = performance.now();
        for (const id of page.ids) into.set(id, now);
        position = page.next;
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const legacy = async (after: GlobalPosition) => {
      const { rows } = await store.pool.query<{ event_id: string; commit: number; prepare: number }>(
        `SELECT event_id, transaction_id::text::bigint AS commit, global_position AS prepare FROM es_events
          WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
            AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
          ORDER BY transaction_id, global_position LIMIT 1000`,
        [String(after.commit), after.prepare],
      );
      const last = rows.at(-1);
      return { ids: rows.map((r) => r.event_id), next: last ? { commit: Number(last.commit), prepare: Number(last.prepare) } : after };
    };
    const current = async (after: GlobalPosition) => {
      const page = await store.readAll({ after, maxCount: 1000 });
      return { ids: page.events.map((e) => e.id), next: page.next };
    };
    const readers = [poll(legacy, seen.before), poll(current, seen.after)];

    await unrelated.query('CREATE TABLE batch (n int)');
    await unrelated.query('BEGIN');
    await unrelated.query('INSERT INTO batch VALUES (1)');
    const started = performance.now();
    while (performance.now() - started < openSeconds * 1000) {
      const id = randomUUID();
      await store.append(`lag-${id}`, [{ id, type: 'Measured', data: {}, metadata: { userId: 'bench', correlationId: id, causationId: id } }], {
        expectedRevision: 'no_stream',
      });
      appendedAt.set(id, performance.now());
      await new Promise((r) => setTimeout(r, 100));
    }
    await unrelated.query('COMMIT');
    const deadline = performance.now() + 10_000;
    while ((seen.before.size < appendedAt.size || seen.after.size < appendedAt.size) && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    reading = false;
    await Promise.all(readers);

    const figures = (into: Map<string, number>): LagFigures => {
      const lags = [...appendedAt].map(([id, at]) => Math.max(0, (into.get(id) ?? Number.POSITIVE_INFINITY) - at));
      return { events: lags.length, p50_ms: Math.round(percentile(lags, 0.5)), max_ms: Math.round(Math.max(...lags)) };
    };
    const result = { before: figures(seen.before), after: figures(seen.after) };
    log(
      `subscriber lag, unrelated transaction open ${openSeconds} s in another database (${result.after.events} events, one per 100 ms): ` +
        `before (server-wide xmin) p50 ${result.before.p50_ms} ms, max ${result.before.max_ms} ms; ` +
        `after (append gate) p50 ${result.after.p50_ms} ms, max ${result.after.max_ms} ms`,
    );
    return result;
  } finally {
    await unrelated.end().catch(() => undefined);
    await store.close();
    await admin.query(`DROP DATABASE IF EXISTS ${storeDb} WITH (FORCE)`).catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${otherDb} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}
