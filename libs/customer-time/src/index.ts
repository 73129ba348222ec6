export * from './domain/time-entry-kind.js';
export * from './domain/customer-time.events.js';
export * from './domain/customer-time.commands.js';
export * from './domain/customer-time.streams.js';
export * from './domain/customer-time.decider.js';
export * from './customer-time.module.js';
export * from './read-models/customer-time.entities.js';
export * from './read-models/customer-time.migration.js';
export * from './read-models/customer-time-figure-indexes.migration.js';
export * from './read-models/customer-time.projection.js';
export * from './read-models/customer-time-entry-revision.migration.js';
// Command classes, for code that sends commands through the bus (the demo-data seeder).
export { CorrectTimeEntryCommand } from './commands/correct-time-entry/correct-time-entry.command.js';
export { RecordTimeEntryCommand } from './commands/record-time-entry/record-time-entry.command.js';
export { VoidTimeEntryCommand } from './commands/void-time-entry/void-time-entry.command.js';
