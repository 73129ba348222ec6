import type { AuthConfig, KeyEncryptionPort } from '#libs/platform';

export interface AppConfig {
  readonly databaseUrl: string;
  readonly auth: AuthConfig;
  /** Run the projections in the api process; default: unless env RUN_PROJECTIONS=false. */
  readonly runProjections?: boolean;
  /** Key-encryption keys of personal data; default: keyEncryptionFromEnv() (PERSONAL_DATA_KEK or .data/personal-data-kek). */
  readonly personalDataKek?: KeyEncryptionPort;
  /** How long an Idempotency-Key is remembered, in ms; default 24 h (env IDEMPOTENCY_KEY_TTL_HOURS). */
  readonly idempotencyKeyTtlMs?: number;
}
