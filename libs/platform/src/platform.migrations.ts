import type { Migration } from '#libs/event-store';

/** Tables the api itself keeps beside the event store: idempotency records and personal-data keys. */
export const platformMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'idempotency keys and personal-data keys',
    sql: `
CREATE TABLE http_idempotency_keys (
  user_id      text NOT NULL,
  key          text NOT NULL,
  request_hash text NOT NULL,
  status       integer,
  body         jsonb,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);

-- One live key per data subject (a customer, an employee); each sealed value names its key.
-- Erasure deletes the subject's keys, so everything sealed until then is unreadable for good,
-- while data given again later is sealed under a new key.
CREATE TABLE personal_data_keys (
  key_id     uuid PRIMARY KEY,
  subject_id text NOT NULL UNIQUE,
  key        bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE personal_data_erasures (
  subject_id   text PRIMARY KEY,
  erased_at    timestamptz NOT NULL DEFAULT now(),
  erased_by    text NOT NULL
);
`,
  },
];
