export * from './domain/funding.events.js';
export * from './domain/funding.commands.js';
export * from './domain/funding.streams.js';
export * from './domain/funding.decider.js';
export * from './funding.module.js';
export * from './commands/require-funding-project.js';
export * from './read-models/funding.entities.js';
export * from './read-models/funding.migration.js';
export * from './read-models/funding.projection.js';
// Command classes, for code that sends commands through the bus (the demo-data seeder).
export { BookProjectCostCommand } from './commands/book-project-cost/book-project-cost.command.js';
export { BookProjectRevenueCommand } from './commands/book-project-revenue/book-project-revenue.command.js';
export { RegisterFundingProjectCommand } from './commands/register-funding-project/register-funding-project.command.js';
