export * from './domain/advisory-modules.js';
export * from './domain/advisory.events.js';
export * from './domain/advisory.commands.js';
export * from './domain/advisory.streams.js';
export * from './domain/advisory-session.decider.js';
export * from './domain/module-delivery.decider.js';
export * from './domain/mentor-pair.decider.js';
export * from './advisory.module.js';
