export * from './domain/approval-parties.js';
export * from './domain/scorecard-inputs.events.js';
export * from './domain/scorecard-inputs.commands.js';
export * from './domain/scorecard-inputs.streams.js';
export * from './domain/customer-financials.decider.js';
export * from './domain/growth-index.decider.js';
export * from './domain/company-figures.decider.js';
export * from './domain/funding-approvals.decider.js';
export * from './scorecard-inputs.module.js';
export * from './read-models/scorecard-inputs.migration.js';
export * from './read-models/scorecard-inputs.projection.js';
// Command classes, for code that sends commands through the bus (the demo-data seeder).
export { ImportCustomerFinancialsCommand } from './commands/customer-financials.commands.js';
export { ScorecardInputCommand } from './commands/company-inputs.commands.js';
