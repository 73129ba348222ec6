import type { Migration } from '#libs/event-store';

/**
 * The sign-in tables, in their own migration table (`auth_schema_migrations`) so that they never
 * collide with the platform's or the read models' numbering. Released: add, never edit.
 */
export const AUTH_MIGRATIONS_TABLE = 'auth_schema_migrations';

export const authMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'AuthCredentialsAndSessions20261203 (credentials, sessions, pending OIDC sign-ins)',
    sql: `
-- Local passwords: the argon2id hash (PHC string with its own salt and parameters). The event store
-- records only that a password was set (PasswordSet: who, when); deleting a row here is real erasure.
CREATE TABLE auth_credentials (
  user_id       text PRIMARY KEY,
  password_hash text NOT NULL,
  set_at        timestamptz NOT NULL DEFAULT now(),
  set_by        text NOT NULL
);

-- Browser sessions. The cookie holds a random 256-bit id; only its SHA-256 is kept here, so a copy of
-- this table signs nobody in. Roles of local sessions are read from the employee's stream on each
-- request; OIDC sessions keep the roles mapped from the provider's claims at sign-in.
CREATE TABLE auth_sessions (
  id_hash      bytea PRIMARY KEY,
  user_id      text NOT NULL,
  method       text NOT NULL CHECK (method IN ('local', 'oidc')),
  roles        text[] NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  revoked_at   timestamptz
);
CREATE INDEX auth_sessions_user ON auth_sessions (user_id);
CREATE INDEX auth_sessions_expires ON auth_sessions (expires_at);

-- An OIDC sign-in under way: bound to the browser by a short-lived cookie (its hash is the key),
-- holding the PKCE verifier, state, nonce and where to go afterwards. Used once, within 10 minutes.
CREATE TABLE auth_oidc_logins (
  id_hash       bytea PRIMARY KEY,
  state         text NOT NULL,
  nonce         text NOT NULL,
  code_verifier text NOT NULL,
  return_to     text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);
`,
  },
];
