export * from './domain/advisory-modules.js';
export * from './domain/advisory.events.js';
export * from './domain/advisory.commands.js';
export * from './domain/advisory.streams.js';
export * from './domain/advisory-session.decider.js';
export * from './domain/module-delivery.decider.js';
export * from './domain/mentor-pair.decider.js';
export * from './advisory.module.js';
export * from './advisory-module-catalogue.provider.js';
export * from './read-models/advisory.entities.js';
export * from './read-models/advisory.migration.js';
export * from './read-models/advisory-figure-indexes.migration.js';
export * from './read-models/advisory.projection.js';
// Command classes, for code that sends commands through the bus (the demo-data seeder).
export { ConcludeMentorPairCommand } from './commands/conclude-mentor-pair/conclude-mentor-pair.command.js';
export { DeliverModuleCommand } from './commands/deliver-module/deliver-module.command.js';
export { LogAdvisorySessionCommand } from './commands/log-advisory-session/log-advisory-session.command.js';
export { MatchMentorPairCommand } from './commands/match-mentor-pair/match-mentor-pair.command.js';
export { VoidDeliveryCommand } from './commands/void-delivery/void-delivery.command.js';
