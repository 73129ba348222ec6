export * from './decider.js';
export * from './business-date.js';
export * from './actor.js';
export * from './validation.js';
