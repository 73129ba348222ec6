import type { AuthConfig, KeyEncryptionPort } from '#libs/platform';
import type { SignInConfig } from './auth/sign-in.config.js';

export interface AppConfig {
  readonly databaseUrl: string;
  readonly auth: AuthConfig;
  /** Browser sign-in (local passwords or OIDC) and sessions; default: local passwords (DEFAULT_SIGN_IN). */
  readonly signIn?: SignInConfig;
  /** Run the projections in the api process; default: unless env RUN_PROJECTIONS=false. */
  readonly runProjections?: boolean;
  /** Key-encryption keys of personal data; default: keyEncryptionFromEnv() (PERSONAL_DATA_KEK or .data/personal-data-kek). */
  readonly personalDataKek?: KeyEncryptionPort;
  /** How long an Idempotency-Key is remembered, in ms; default 24 h (env IDEMPOTENCY_KEY_TTL_HOURS). */
  readonly idempotencyKeyTtlMs?: number;
}
