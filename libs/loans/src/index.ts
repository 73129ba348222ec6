export * from './domain/loan-products.js';
export * from './domain/loans.events.js';
export * from './domain/loans.commands.js';
export * from './domain/loans.decider.js';
export * from './domain/loans.streams.js';
export * from './loans.module.js';
export * from './loan-products.config.js';
export * from './read-models/loans.entities.js';
export * from './read-models/loans.migration.js';
export * from './read-models/loan-money-rollup.migration.js';
export * from './read-models/loans.projection.js';
// Command classes, for code that sends commands through the bus (the demo-data seeder).
export { ApproveLoanCommand } from './commands/approve-loan/approve-loan.command.js';
export { CloseLoanCommand } from './commands/close-loan/close-loan.command.js';
export { DecideLoanCommand } from './commands/decide-loan/decide-loan.command.js';
export { DisburseLoanCommand } from './commands/disburse-loan/disburse-loan.command.js';
export { RecordRepaymentCommand } from './commands/record-repayment/record-repayment.command.js';
export { RegisterLoanApplicationCommand } from './commands/register-loan-application/register-loan-application.command.js';
export { WriteOffLoanCommand } from './commands/write-off-loan/write-off-loan.command.js';
