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
 *
 * Appends are one statement (a call of es_append), so each costs one round trip and one commit.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const eventStoreMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'streams and events',
    sql: `
CREATE TABLE es_streams (
  stream_id text PRIMARY KEY,
  revision  bigint NOT NULL
);

CREATE TABLE es_events (
  global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  transaction_id  xid8 NOT NULL DEFAULT pg_current_xact_id(),
  event_id        uuid NOT NULL,
  stream_id       text NOT NULL,
  stream_revision bigint NOT NULL,
  type            text NOT NULL,
  schema_version  integer NOT NULL,
  data            jsonb NOT NULL,
  metadata        jsonb NOT NULL,
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT es_events_event_id_key UNIQUE (event_id),
  CONSTRAINT es_events_stream_revision_key UNIQUE (stream_id, stream_revision)
);
CREATE UNIQUE INDEX es_events_global_order ON es_events (transaction_id, global_position);

-- p_expected: a revision >= 0, or -1 no_stream, -2 any, -3 stream_exists.
-- p_events: a JSON array of {id, type, data, metadata, schemaVersion}.
-- r_status: 0 appended (or an idempotent repeat), 1 wrong expected revision, 2 duplicate event id.
CREATE FUNCTION es_append(p_stream text, p_expected bigint, p_events jsonb)
RETURNS TABLE (r_status integer, r_revision bigint, r_commit bigint, r_position bigint)
LANGUAGE plpgsql AS $fn$
DECLARE
  n         integer := jsonb_array_length(p_events);
  found_stream text;
  found_rev bigint;
  matched   integer;
  new_rev   bigint;
BEGIN
  -- A retry of an append that already succeeded: same ids, same stream, consecutive revisions.
  SELECT e.stream_id, e.stream_revision INTO found_stream, found_rev
    FROM es_events e WHERE e.event_id = (p_events->0->>'id')::uuid;
  IF FOUND THEN
    SELECT count(*) INTO matched
      FROM jsonb_array_elements(p_events) WITH ORDINALITY AS x(v, ord)
      JOIN es_events e ON e.event_id = (x.v->>'id')::uuid
     WHERE e.stream_id = p_stream AND e.stream_revision = found_rev + x.ord - 1;
    IF found_stream = p_stream AND matched = n
       AND (p_expected < -1 OR p_expected = found_rev - 1) THEN
      RETURN QUERY SELECT 0, e.stream_revision, e.transaction_id::text::bigint, e.global_position
        FROM es_events e WHERE e.stream_id = p_stream AND e.stream_revision = found_rev + n - 1;
    ELSE
      RETURN QUERY SELECT 2, found_rev, 0::bigint, 0::bigint;
    END IF;
    RETURN;
  END IF;

  -- The stream row is the lock that serialises writers of one stream.
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
    RETURN QUERY SELECT 1, coalesce((SELECT s.revision FROM es_streams s WHERE s.stream_id = p_stream), -1), 0::bigint, 0::bigint;
    RETURN;
  END IF;

  INSERT INTO es_events (event_id, stream_id, stream_revision, type, schema_version, data, metadata)
  SELECT (x.v->>'id')::uuid, p_stream, new_rev - n + x.ord, x.v->>'type',
         coalesce((x.v->>'schemaVersion')::integer, 1), x.v->'data', x.v->'metadata'
    FROM jsonb_array_elements(p_events) WITH ORDINALITY AS x(v, ord)
   ORDER BY x.ord;

  RETURN QUERY SELECT 0, new_rev, pg_current_xact_id()::text::bigint, currval('es_events_global_position_seq');
END;
$fn$;
`,
  },
];
