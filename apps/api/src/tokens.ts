/** Injection tokens shared by the api's modules. */
export const EVENT_STORE = Symbol('EVENT_STORE');
export const APP_CONFIG = Symbol('APP_CONFIG');

export interface AppConfig {
  readonly databaseUrl: string;
}
