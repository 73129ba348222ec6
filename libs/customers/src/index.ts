export * from './domain/organisation-number.js';
export * from './domain/target-group.js';
export * from './domain/customer-profile.js';
export * from './domain/customers.events.js';
export * from './domain/customers.commands.js';
export * from './domain/customers.decider.js';
export * from './domain/customers.streams.js';
export * from './customers.module.js';
