import type { AuthConfig } from '#libs/platform';

export interface AppConfig {
  readonly databaseUrl: string;
  readonly auth: AuthConfig;
  /** Run the projections in the api process; default: unless env RUN_PROJECTIONS=false. */
  readonly runProjections?: boolean;
}
