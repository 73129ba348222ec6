export * from './domain/loan-products.js';
export * from './domain/loans.events.js';
export * from './domain/loans.commands.js';
export * from './domain/loans.decider.js';
export * from './domain/loans.streams.js';
export * from './loans.module.js';
export * from './loan-products.config.js';
