export * from './domain/time-entry-kind.js';
export * from './domain/customer-time.events.js';
export * from './domain/customer-time.commands.js';
export * from './domain/customer-time.streams.js';
export * from './domain/customer-time.decider.js';
export * from './customer-time.module.js';
