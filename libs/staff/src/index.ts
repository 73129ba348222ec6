export * from './domain/staff.events.js';
export * from './domain/staff.commands.js';
export * from './domain/staff.decider.js';
export * from './domain/staff.streams.js';
export * from './staff.module.js';
export * from './read-models/staff.entities.js';
export * from './read-models/staff.migration.js';
export * from './read-models/staff.projection.js';
