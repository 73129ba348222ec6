export * from './event-store.port.js';
export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store.js';
export { migrate, pendingMigrations } from './postgres/migrate.js';
export type { Migration } from './postgres/schema.js';
export { pollingSubscription } from './subscription.js';
