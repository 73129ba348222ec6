import type { CatalogueFiles, LogLevel } from '#libs/config';
import type { AuthConfig } from '#libs/platform';

export interface AppConfig {
  readonly databaseUrl: string;
  readonly auth: AuthConfig;
  /** Run the projections in the api process (default true; false when apps/projector runs them). */
  readonly runProjections?: boolean;
  /** Extra catalogue files (LOAN_PRODUCTS_FILE, ADVISORY_MODULES_FILE). */
  readonly catalogues?: CatalogueFiles;
  /** Readiness fails while a projection lags more than this (default 10,000 events / 60 s). */
  readonly readiness?: { readonly maxLagEvents: number; readonly maxLagSeconds: number };
  /** JSON log level (default info); logs off entirely with `logger: false` in createApp's options. */
  readonly logLevel?: LogLevel;
}
