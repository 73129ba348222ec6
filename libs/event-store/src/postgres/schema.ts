/**
 * The event store's own schema, as numbered migrations. Never edit a released migration: add one.
 *
 * Global order and gaps. With concurrent writers, a sequence number (global_position) becomes
 * visible out of order: a transaction holding 10 can commit after one holding 11, so a reader that
 * checkpoints at 11 would skip 10 for ever. We use the method Emmett and Beckett use: every event
 * records the id of the transaction that wrote it (pg_current_xact_id()), readers only see events
 * whose transaction id is below the oldest transaction still running
 * (pg_snapshot_xmin(pg_current_snapshot())), and the global order is (transaction_id,
 * global_position). Any event that becomes visible later belongs to a transaction that was
 * running, so its transaction id is >= that xmin and therefore after everything already read.
 * The cost: a long-running transaction holds readers back until it ends (never skips).
 * Migration 2 (append-gate.migration.ts) narrows "transaction still running" to "transaction still
 * able to append": readers now use es_read_horizon() instead of pg_snapshot_xmin.
 *
 * Stream order within the global order. A transaction gets its id when it first writes. Writers
 * of one stream take turns on a transaction-level advisory lock that they take before any write,
 * so one that waited gets its id after the other committed: a larger id, and each stream's
 * revisions stay in global order. (The stream row alone would not do: a transaction can get its
 * id, then wait on a row lock held by a transaction with a larger id, and an 'any' append then
 * writes after it.)
 *
 * An append is one statement (a call of es_append): one round trip and one commit. Concurrent
 * appends of one process may share that statement and commit (es_append_many).
 */
import { appendGateMigration } from './append-gate.migration.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

export const eventStoreMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'streams and events',
    sql: `
CREATE TABLE es_streams (
  stream_id text PRIMARY KEY,
  revision  bigint NOT NULL
);

-- The global order is the primary key: readAll and head walk it, and global_position alone needs
-- no index of its own (one index fewer to maintain on every append).
CREATE TABLE es_events (
  global_position bigint GENERATED ALWAYS AS IDENTITY,
  transaction_id  xid8 NOT NULL DEFAULT pg_current_xact_id(),
  event_id        uuid NOT NULL,
  stream_id       text NOT NULL,
  stream_revision bigint NOT NULL,
  type            text NOT NULL,
  schema_version  integer NOT NULL,
  data            jsonb NOT NULL,
  metadata        jsonb NOT NULL,
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT es_events_global_order PRIMARY KEY (transaction_id, global_position),
  CONSTRAINT es_events_event_id_key UNIQUE (event_id),
  CONSTRAINT es_events_stream_revision_key UNIQUE (stream_id, stream_revision)
);

-- Is this append a retry of one that already succeeded (same ids, same stream, consecutive
-- revisions, and an expected revision that matched back then)? Only asked when the fast path
-- failed: the expected revision did not match, or an event id was already stored.
-- r_status: 0 a repeat (with the original result), 2 an id stored elsewhere, 3 first id unknown.
CREATE FUNCTION es_find_repeat(p_stream text, p_expected bigint, p_events jsonb,
  OUT r_status integer, OUT r_revision bigint, OUT r_commit bigint, OUT r_position bigint)
LANGUAGE plpgsql AS $fn$
DECLARE
  n            integer := jsonb_array_length(p_events);
  found_stream text;
  found_rev    bigint;
  matched      integer;
BEGIN
  r_commit := 0;
  r_position := 0;
  SELECT e.stream_id, e.stream_revision INTO found_stream, found_rev
    FROM es_events e WHERE e.event_id = (p_events->0->>'id')::uuid;
  IF NOT FOUND THEN
    r_status := 3;
    RETURN;
  END IF;
  SELECT count(*) INTO matched
    FROM jsonb_array_elements(p_events) WITH ORDINALITY AS x(v, ord)
    JOIN es_events e ON e.event_id = (x.v->>'id')::uuid
   WHERE e.stream_id = p_stream AND e.stream_revision = found_rev + x.ord - 1;
  IF found_stream = p_stream AND matched = n AND (p_expected < -1 OR p_expected = found_rev - 1) THEN
    SELECT 0, e.stream_revision, e.transaction_id::text::bigint, e.global_position
      INTO r_status, r_revision, r_commit, r_position
      FROM es_events e WHERE e.stream_id = p_stream AND e.stream_revision = found_rev + n - 1;
  ELSE
    r_status := 2;
    r_revision := found_rev;
  END IF;
END;
$fn$;

-- p_expected: a revision >= 0, or -1 no_stream, -2 any, -3 stream_exists.
-- p_events: a JSON array of {id, type, data, metadata, schemaVersion}.
-- r_status: 0 appended (or an idempotent repeat), 1 wrong expected revision, 2 duplicate event id.
-- An id already stored raises unique_violation on es_events_event_id_key instead; the caller
-- then asks es_find_repeat whether it was a retry. Keeping that check off the fast path saves a
-- lookup per append.
CREATE FUNCTION es_append(p_stream text, p_expected bigint, p_events jsonb,
  OUT r_status integer, OUT r_revision bigint, OUT r_commit bigint, OUT r_position bigint)
LANGUAGE plpgsql AS $fn$
DECLARE
  n       integer := jsonb_array_length(p_events);
  new_rev bigint;
BEGIN
  -- Before any write: see "Stream order within the global order" above.
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

-- Several appends in one transaction and one commit (see PostgresEventStore: concurrent appends
-- of one process are grouped). Each keeps its own expected-revision check and result, in order.
-- p_appends: a JSON array of {stream, expected, events}.
CREATE FUNCTION es_append_many(p_appends jsonb)
RETURNS TABLE (r_status integer, r_revision bigint, r_commit bigint, r_position bigint)
LANGUAGE plpgsql AS $fn$
DECLARE
  a jsonb;
  k bigint;
BEGIN
  -- The locks of es_append before any write of the group, in one order so that groups cannot
  -- deadlock.
  FOR k IN SELECT DISTINCT hashtextextended(x.v->>'stream', 0) FROM jsonb_array_elements(p_appends) AS x(v) ORDER BY 1 LOOP
    PERFORM pg_advisory_xact_lock(k);
  END LOOP;
  FOR a IN SELECT x.v FROM jsonb_array_elements(p_appends) WITH ORDINALITY AS x(v, ord) ORDER BY x.ord LOOP
    RETURN QUERY SELECT f.r_status, f.r_revision, f.r_commit, f.r_position
      FROM es_append(a->>'stream', (a->>'expected')::bigint, a->'events') f;
  END LOOP;
END;
$fn$;
`,
  },
  appendGateMigration,
];
