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
  {
    // Numbered by date and issue (2026-12-03, issue 8) so migrations added on parallel branches do not collide.
    version: 2026120381,
    name: 'personal-data keys wrapped under a key-encryption key',
    sql: `
-- Data keys are stored wrapped (encrypted) under a key-encryption key (KEK) that lives outside the
-- database; kek_id names it. The plaintext column stays only until the api wraps the keys of an
-- older database at start-up (PersonalDataVault), and is NULL from then on.
ALTER TABLE personal_data_keys
  ADD COLUMN kek_id text,
  ADD COLUMN wrapped_key bytea,
  ALTER COLUMN key DROP NOT NULL;
ALTER TABLE personal_data_keys
  ADD CONSTRAINT personal_data_keys_wrapped_or_legacy CHECK ((wrapped_key IS NOT NULL AND kek_id IS NOT NULL) OR key IS NOT NULL);

-- The KEK new data keys are wrapped under. A rotation changes it in the transaction that re-wraps
-- every key, and a new key is only inserted under the KEK named here, so no key is left behind
-- under a KEK that a rotation then destroys.
CREATE TABLE personal_data_kek (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  kek_id     text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
`,
  },
  {
    version: 2026120382,
    name: 'idempotency keys that recover after a crash, and expire',
    sql: `
-- command_id: the causation id the request's events carry, so a retry after a crash can find what
-- the first attempt recorded. owner: the api process running it (a process holds the advisory lock
-- of its owner id while it lives, so a key whose owner is gone belongs to a request that died).
-- expires_at: when the key is forgotten (swept; a later request with it runs anew).
ALTER TABLE http_idempotency_keys
  ADD COLUMN command_id text,
  ADD COLUMN owner bigint,
  ADD COLUMN expires_at timestamptz;
UPDATE http_idempotency_keys SET expires_at = created_at + interval '24 hours';
ALTER TABLE http_idempotency_keys ALTER COLUMN expires_at SET NOT NULL;
CREATE INDEX http_idempotency_keys_expiry ON http_idempotency_keys (expires_at);
`,
  },
];
