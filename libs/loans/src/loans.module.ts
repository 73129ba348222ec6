import { Module } from '@nestjs/common';
import { ApproveLoanHandler } from './commands/approve-loan/approve-loan.handler.js';
import { ApproveLoanRoute } from './commands/approve-loan/approve-loan.route.js';
import { CloseLoanHandler } from './commands/close-loan/close-loan.handler.js';
import { CloseLoanRoute } from './commands/close-loan/close-loan.route.js';
import { DecideLoanHandler } from './commands/decide-loan/decide-loan.handler.js';
import { DecideLoanRoute } from './commands/decide-loan/decide-loan.route.js';
import { DisburseLoanHandler } from './commands/disburse-loan/disburse-loan.handler.js';
import { DisburseLoanRoute } from './commands/disburse-loan/disburse-loan.route.js';
import { RecordRepaymentHandler } from './commands/record-repayment/record-repayment.handler.js';
import { RecordRepaymentRoute } from './commands/record-repayment/record-repayment.route.js';
import { RegisterLoanApplicationHandler } from './commands/register-loan-application/register-loan-application.handler.js';
import { RegisterLoanApplicationRoute } from './commands/register-loan-application/register-loan-application.route.js';
import { WriteOffLoanHandler } from './commands/write-off-loan/write-off-loan.handler.js';
import { WriteOffLoanRoute } from './commands/write-off-loan/write-off-loan.route.js';
import { LOAN_PRODUCTS, loanProductsProvider } from './loan-products.config.js';

/** The loans area's HTTP routes (one per command) and their command handlers. */
export const loansRoutes = [RegisterLoanApplicationRoute, DecideLoanRoute, ApproveLoanRoute, DisburseLoanRoute, RecordRepaymentRoute, WriteOffLoanRoute, CloseLoanRoute];
export const loansCommandHandlers = [
  RegisterLoanApplicationHandler,
  DecideLoanHandler,
  ApproveLoanHandler,
  DisburseLoanHandler,
  RecordRepaymentHandler,
  WriteOffLoanHandler,
  CloseLoanHandler,
];

@Module({ controllers: loansRoutes, providers: [loanProductsProvider, ...loansCommandHandlers], exports: [LOAN_PRODUCTS] })
export class LoansModule {}
