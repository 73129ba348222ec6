import type { CatalogueFiles, LogLevel } from '#libs/config';
import type { AuthConfig, KeyEncryptionPort } from '#libs/platform';
import type { SignInConfig } from './auth/sign-in.config.js';

export interface AppConfig {
  readonly databaseUrl: string;
  readonly auth: AuthConfig;
  /** Browser sign-in (local passwords or OIDC) and sessions; default: local passwords (DEFAULT_SIGN_IN). */
  readonly signIn?: SignInConfig;
  /** Key-encryption keys of personal data; default: the key file .data/personal-data-kek (main.ts passes the configured PERSONAL_DATA_KEK or PERSONAL_DATA_KEK_FILE). */
  readonly personalDataKek?: KeyEncryptionPort;
  /** How long an Idempotency-Key is remembered, in ms; default 24 h (env IDEMPOTENCY_KEY_TTL_HOURS). */
  readonly idempotencyKeyTtlMs?: number;
  /** Run the projections in the api process (default true; false when apps/projector runs them). */
  readonly runProjections?: boolean;
  /** Extra catalogue files (LOAN_PRODUCTS_FILE, ADVISORY_MODULES_FILE). */
  readonly catalogues?: CatalogueFiles;
  /** Readiness fails while a projection lags more than this (default 10,000 events / 60 s). */
  readonly readiness?: { readonly maxLagEvents: number; readonly maxLagSeconds: number };
  /** JSON log level (default info); logs off entirely with `logger: false` in createApp's options. */
  readonly logLevel?: LogLevel;
}
