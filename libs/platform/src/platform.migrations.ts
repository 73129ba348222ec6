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

-- One key per data subject (a customer, an employee). Deleting the row erases the subject's
-- personal data everywhere it is stored encrypted: the events keep only ciphertext.
CREATE TABLE personal_data_keys (
  subject_id text PRIMARY KEY,
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
