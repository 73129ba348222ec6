import type { Migration } from './migration.js';

/**
 * The read horizon: which events a reader may see so that it never skips one committed later.
 *
 * Migration 1 let readers see events of transactions below pg_snapshot_xmin(pg_current_snapshot()),
 * the oldest transaction running ANYWHERE on the server: another database's long transaction, a
 * migration, a slow read-model batch all stalled every reader. Only transactions that may still add
 * events matter, and this migration makes them identifiable:
 *
 * 1. The append gate. Every append (es_append, es_append_many) first takes the gate, a shared
 *    transaction-level advisory lock (ES_GATE below), and it must take it BEFORE its transaction has
 *    a transaction id: es_enter_append_gate refuses a transaction that already wrote something
 *    (unless it holds the gate already). A transaction id is assigned at the first write, so every
 *    event is written by a transaction that held the gate since before it had its id, until it ends.
 *    Shared holders never wait for each other: the gate costs appends nothing.
 *
 * 2. The horizon (es_read_horizon). Take a snapshot S0 and its xmax (every id below it was assigned
 *    before S0), then find the gate holders in this database (pg_locks) and their transaction ids
 *    (pg_stat_activity.backend_xid, from the process array): the horizon H is the least of that xmax
 *    and those ids. A gate holder without an id yet will get one >= xmax, so it counts as xmax.
 *
 * 3. The read. Readers then read events with transaction_id < H under a NEW snapshot S2, taken
 *    after the horizon was computed (a separate statement in READ COMMITTED).
 *
 * Why no committed event is skipped: let an event e be written by transaction W with id X < H, and
 * not be visible in S2. X < H <= xmax(S0), so X was assigned before S0, so W took the gate before
 * S0. W was not committed when S2 was taken, so it was still running when the lock table was read
 * (between S0 and S2), holding the gate with id X: then H <= X, a contradiction. So every event
 * below H that will ever commit is visible in S2, and a reader that read everything below H and
 * moved its position there never gets an event behind its position later. Events of transactions
 * that commit later have ids >= H and sort after everything read (the global order is
 * (transaction_id, global_position), as in migration 1).
 *
 * What can still hold the horizon back: only a transaction inside the gate, that is an append
 * under way (milliseconds, or a wait on a stream lock behind another append), or a session that
 * called es_append in an explicit transaction and has not yet committed. Transactions in other
 * databases, on other tables of this one, or that read, never do. PostgresEventStore.readHorizon
 * names the oldest holder (pid, application name, age) for the projection status and the metrics.
 */
export const appendGateMigration: Migration = {
  version: 2,
  name: 'append gate and read horizon',
  sql: `
-- Takes the append gate (shared) for this transaction. It must come before the transaction's first
-- write; see libs/event-store/src/postgres/append-gate.migration.ts for why.
CREATE FUNCTION es_enter_append_gate() RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
  IF pg_current_xact_id_if_assigned() IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM pg_locks l
        WHERE l.pid = pg_backend_pid() AND l.locktype = 'advisory' AND l.granted
          AND l.classid = 1634495849 AND l.objid = 1734439013 AND l.objsubid = 2) THEN
    RAISE EXCEPTION 'es_append must run before its transaction writes anything else (the append gate)'
      USING ERRCODE = '55000';
  END IF;
  PERFORM pg_advisory_xact_lock_shared(1634495849, 1734439013);
END;
$fn$;

-- The body of migration 1's es_append, unchanged, for callers inside the gate.
CREATE FUNCTION es_append_in_gate(p_stream text, p_expected bigint, p_events jsonb,
  OUT r_status integer, OUT r_revision bigint, OUT r_commit bigint, OUT r_position bigint)
LANGUAGE plpgsql AS $fn$
DECLARE
  n       integer := jsonb_array_length(p_events);
  new_rev bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(p_stream, 0));
  IF p_expected = -1 THEN
    INSERT INTO es_streams AS s (stream_id, revision) VALUES (p_stream, n - 1)
      ON CONFLICT (stream_id) DO NOTHING RETURNING s.revision INTO new_rev;
  ELSIF p_expected = -2 THEN
    INSERT INTO es_streams AS s (stream_id, revision) VALUES (p_stream, n - 1)
      ON CONFLICT (stream_id) DO UPDATE SET revision = s.revision + n RETURNING s.revision INTO new_rev;
  ELSIF p_expected = -3 THEN
    UPDATE es_streams s SET revision = s.revision + n WHERE s.stream_id = p_stream RETURNING s.revision INTO new_rev;
  ELSE
    UPDATE es_streams s SET revision = s.revision + n
     WHERE s.stream_id = p_stream AND s.revision = p_expected RETURNING s.revision INTO new_rev;
  END IF;
  IF new_rev IS NULL THEN
    SELECT f.r_status, f.r_revision, f.r_commit, f.r_position INTO r_status, r_revision, r_commit, r_position
      FROM es_find_repeat(p_stream, p_expected, p_events) f;
    IF r_status = 3 THEN
      r_status := 1;
      r_revision := coalesce((SELECT s.revision FROM es_streams s WHERE s.stream_id = p_stream), -1);
    END IF;
    RETURN;
  END IF;

  INSERT INTO es_events (event_id, stream_id, stream_revision, type, schema_version, data, metadata)
  SELECT (x.v->>'id')::uuid, p_stream, new_rev - n + x.ord, x.v->>'type',
         coalesce((x.v->>'schemaVersion')::integer, 1), x.v->'data', x.v->'metadata'
    FROM jsonb_array_elements(p_events) WITH ORDINALITY AS x(v, ord)
   ORDER BY x.ord;

  r_status := 0;
  r_revision := new_rev;
  r_commit := pg_current_xact_id()::text::bigint;
  r_position := currval('es_events_global_position_seq');
END;
$fn$;

CREATE OR REPLACE FUNCTION es_append(p_stream text, p_expected bigint, p_events jsonb,
  OUT r_status integer, OUT r_revision bigint, OUT r_commit bigint, OUT r_position bigint)
LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM es_enter_append_gate();
  SELECT f.r_status, f.r_revision, f.r_commit, f.r_position INTO r_status, r_revision, r_commit, r_position
    FROM es_append_in_gate(p_stream, p_expected, p_events) f;
END;
$fn$;

CREATE OR REPLACE FUNCTION es_append_many(p_appends jsonb)
RETURNS TABLE (r_status integer, r_revision bigint, r_commit bigint, r_position bigint)
LANGUAGE plpgsql AS $fn$
DECLARE
  a jsonb;
  k bigint;
BEGIN
  PERFORM es_enter_append_gate();
  FOR k IN SELECT DISTINCT hashtextextended(x.v->>'stream', 0) FROM jsonb_array_elements(p_appends) AS x(v) ORDER BY 1 LOOP
    PERFORM pg_advisory_xact_lock(k);
  END LOOP;
  FOR a IN SELECT x.v FROM jsonb_array_elements(p_appends) WITH ORDINALITY AS x(v, ord) ORDER BY x.ord LOOP
    RETURN QUERY SELECT f.r_status, f.r_revision, f.r_commit, f.r_position
      FROM es_append_in_gate(a->>'stream', (a->>'expected')::bigint, a->'events') f;
  END LOOP;
END;
$fn$;

-- The read horizon: events with transaction_id below it are all visible to any snapshot taken
-- after this call returns (in READ COMMITTED; see the comment of appendGateMigration).
-- A holder's transaction id comes from pg_stat_activity.backend_xid, which is read from the
-- process array, where PostgreSQL stores an id before any snapshot can count it as assigned (the
-- lock on the id itself, in pg_locks, is taken a moment later, so it could be missed).
-- pg_stat_clear_snapshot() drops backend data cached earlier in this transaction.
-- backend_xid is 32 bits; a running transaction's id is within 2^31 of the next one, so it widens to
-- 64 bits relative to the snapshot's xmax.
CREATE FUNCTION es_read_horizon() RETURNS xid8
LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
  next_xid bigint := pg_snapshot_xmax(pg_current_snapshot())::text::bigint;
  oldest   bigint;
BEGIN
  PERFORM pg_stat_clear_snapshot();
  SELECT min(next_xid + ((((a.backend_xid::text::bigint - (next_xid & 4294967295)) % 4294967296)
                          + 4294967296 + 2147483648) % 4294967296) - 2147483648)
    INTO oldest
    FROM pg_locks g
    JOIN pg_stat_activity a ON a.pid = g.pid
   WHERE g.locktype = 'advisory' AND g.classid = 1634495849 AND g.objid = 1734439013 AND g.objsubid = 2
     AND g.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())
     AND a.backend_xid IS NOT NULL;
  oldest := least(next_xid, coalesce(oldest, next_xid));
  -- Under REPEATABLE READ or SERIALIZABLE the read that follows reuses the transaction's snapshot,
  -- taken before the lock table was read: then only the old rule (all older transactions ended) holds.
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    oldest := least(oldest, pg_snapshot_xmin(pg_current_snapshot())::text::bigint);
  END IF;
  RETURN oldest::text::xid8;
END;
$fn$;
`,
};
