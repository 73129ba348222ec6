export * from './domain/funding.events.js';
export * from './domain/funding.commands.js';
export * from './domain/funding.streams.js';
export * from './domain/funding.decider.js';
export * from './funding.module.js';
export * from './commands/require-funding-project.js';
