import type { AuthConfig } from '#libs/platform';

export interface AppConfig {
  readonly databaseUrl: string;
  readonly auth: AuthConfig;
}
