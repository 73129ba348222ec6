export * from './domain/organisation-number.js';
export * from './domain/target-group.js';
export * from './domain/customer-profile.js';
export * from './domain/customers.events.js';
export * from './domain/customers.commands.js';
export * from './domain/customers.decider.js';
export * from './domain/customers.streams.js';
export * from './commands/require-registered-customer.js';
export * from './customers.module.js';
export * from './read-models/customers.entities.js';
export * from './read-models/customers.migration.js';
export * from './read-models/customer-figure-indexes.migration.js';
export * from './read-models/customers.projection.js';
// Command classes, for code that sends commands through the bus (the demo-data seeder).
export { ClassifyCustomerCommand } from './commands/classify-customer/classify-customer.command.js';
export { EraseCustomerPersonalDataCommand } from './commands/erase-customer-personal-data/erase-customer-personal-data.command.js';
export { RecordOwnerProfileCommand } from './commands/record-owner-profile/record-owner-profile.command.js';
export { RegisterCustomerCommand } from './commands/register-customer/register-customer.command.js';
export { UpdateCustomerProfileCommand } from './commands/update-customer-profile/update-customer-profile.command.js';
