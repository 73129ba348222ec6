export * from './domain/staff.events.js';
export * from './domain/staff.commands.js';
export * from './domain/staff.decider.js';
export * from './domain/staff.streams.js';
export * from './staff.module.js';
export * from './read-models/staff.entities.js';
export * from './read-models/staff.migration.js';
export * from './read-models/staff.projection.js';
// Command classes, for code that sends commands through the bus (the demo-data seeder).
export { GrantCreditCertificationCommand } from './commands/grant-credit-certification/grant-credit-certification.command.js';
export { RegisterEmployeeCommand } from './commands/register-employee/register-employee.command.js';
