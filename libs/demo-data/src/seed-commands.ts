import type { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
// The areas export their domains, not their command classes; the bus needs the very classes their
// handlers are registered for, so they are imported from the slices themselves.
import { ConcludeMentorPairCommand } from '../../advisory/src/commands/conclude-mentor-pair/conclude-mentor-pair.command.js';
import { DeliverModuleCommand } from '../../advisory/src/commands/deliver-module/deliver-module.command.js';
import { LogAdvisorySessionCommand } from '../../advisory/src/commands/log-advisory-session/log-advisory-session.command.js';
import { MatchMentorPairCommand } from '../../advisory/src/commands/match-mentor-pair/match-mentor-pair.command.js';
import { VoidDeliveryCommand } from '../../advisory/src/commands/void-delivery/void-delivery.command.js';
import { CorrectTimeEntryCommand } from '../../customer-time/src/commands/correct-time-entry/correct-time-entry.command.js';
import { RecordTimeEntryCommand } from '../../customer-time/src/commands/record-time-entry/record-time-entry.command.js';
import { VoidTimeEntryCommand } from '../../customer-time/src/commands/void-time-entry/void-time-entry.command.js';
import { ClassifyCustomerCommand } from '../../customers/src/commands/classify-customer/classify-customer.command.js';
import { EraseCustomerPersonalDataCommand } from '../../customers/src/commands/erase-customer-personal-data/erase-customer-personal-data.command.js';
import { RecordOwnerProfileCommand } from '../../customers/src/commands/record-owner-profile/record-owner-profile.command.js';
import { RegisterCustomerCommand } from '../../customers/src/commands/register-customer/register-customer.command.js';
import { UpdateCustomerProfileCommand } from '../../customers/src/commands/update-customer-profile/update-customer-profile.command.js';
import { BookProjectCostCommand } from '../../funding/src/commands/book-project-cost/book-project-cost.command.js';
import { BookProjectRevenueCommand } from '../../funding/src/commands/book-project-revenue/book-project-revenue.command.js';
import { RegisterFundingProjectCommand } from '../../funding/src/commands/register-funding-project/register-funding-project.command.js';
import { ApproveLoanCommand } from '../../loans/src/commands/approve-loan/approve-loan.command.js';
import { CloseLoanCommand } from '../../loans/src/commands/close-loan/close-loan.command.js';
import { DecideLoanCommand } from '../../loans/src/commands/decide-loan/decide-loan.command.js';
import { DisburseLoanCommand } from '../../loans/src/commands/disburse-loan/disburse-loan.command.js';
import { RecordRepaymentCommand } from '../../loans/src/commands/record-repayment/record-repayment.command.js';
import { RegisterLoanApplicationCommand } from '../../loans/src/commands/register-loan-application/register-loan-application.command.js';
import { WriteOffLoanCommand } from '../../loans/src/commands/write-off-loan/write-off-loan.command.js';
import { GrantCreditCertificationCommand } from '../../staff/src/commands/grant-credit-certification/grant-credit-certification.command.js';
import { RegisterEmployeeCommand } from '../../staff/src/commands/register-employee/register-employee.command.js';
import { RecordSurveyAnswerCommand } from '../../surveys/src/commands/record-survey-answer/record-survey-answer.command.js';
import { RecordDeviationCommentCommand } from '../../targets/src/commands/record-deviation-comment/record-deviation-comment.command.js';
import { SetBenchmarkCommand } from '../../targets/src/commands/set-benchmark/set-benchmark.command.js';
import { SetTargetCommand } from '../../targets/src/commands/set-target/set-target.command.js';
import { ImportCustomerFinancialsCommand } from '../../scorecard-inputs/src/commands/customer-financials.commands.js';
import { ScorecardInputCommand } from '../../scorecard-inputs/src/commands/company-inputs.commands.js';
import { assertNever } from '#libs/decider';
import type { SeedAction, SeedRef } from './seed-plan.js';

export interface BusCommand {
  readonly command: Command<CommandResponse>;
  /** The reference this command creates, and which id of its response names it. */
  readonly creates?: { readonly ref: SeedRef; readonly id: string };
}

/** The bus command for a planned action, with references replaced by the ids made earlier. */
export function toBusCommand(action: SeedAction, context: CommandContext, idOf: (ref: SeedRef) => string): BusCommand {
  const funding = (ref: SeedRef | undefined): { fundingProjectId?: string } => (ref === undefined ? {} : { fundingProjectId: idOf(ref) });
  switch (action.type) {
    case 'RegisterEmployee':
      return { command: new RegisterEmployeeCommand(action.body, context) };
    case 'GrantCreditCertification':
      return { command: new GrantCreditCertificationCommand(action.userId, action.body, context) };
    case 'RegisterFundingProject':
      return { command: new RegisterFundingProjectCommand(action.body, context), creates: { ref: action.project, id: 'projectId' } };
    case 'BookProjectCost':
      return { command: new BookProjectCostCommand(idOf(action.project), action.body, context) };
    case 'BookProjectRevenue':
      return { command: new BookProjectRevenueCommand(idOf(action.project), action.body, context) };
    case 'RegisterCustomer':
      return { command: new RegisterCustomerCommand(action.body, context) };
    case 'ClassifyCustomer':
      return { command: new ClassifyCustomerCommand(action.customerId, action.body, context) };
    case 'RecordOwnerProfile':
      return { command: new RecordOwnerProfileCommand(action.customerId, action.body, context) };
    case 'UpdateCustomerProfile':
      return { command: new UpdateCustomerProfileCommand(action.customerId, action.body, context) };
    case 'EraseCustomerPersonalData':
      return { command: new EraseCustomerPersonalDataCommand(action.customerId, action.body, context) };
    case 'RegisterLoanApplication':
      return {
        command: new RegisterLoanApplicationCommand({ ...action.body, ...funding(action.fundingProject) }, context),
        creates: { ref: action.loan, id: 'loanId' },
      };
    case 'DecideLoan':
      return {
        command: new DecideLoanCommand(
          idOf(action.loan),
          // The DTO declares both outcomes' fields; like an HTTP body, this one carries only its outcome's.
          action.body as ConstructorParameters<typeof DecideLoanCommand>[1],
          context,
        ),
      };
    case 'ApproveLoan':
      return { command: new ApproveLoanCommand(idOf(action.loan), action.body, context) };
    case 'DisburseLoan':
      return { command: new DisburseLoanCommand(idOf(action.loan), action.body, context) };
    case 'RecordRepayment':
      return { command: new RecordRepaymentCommand(idOf(action.loan), action.body, context) };
    case 'WriteOffLoan':
      return { command: new WriteOffLoanCommand(idOf(action.loan), action.body, context) };
    case 'CloseLoan':
      return { command: new CloseLoanCommand(idOf(action.loan), action.body, context) };
    case 'LogAdvisorySession':
      return { command: new LogAdvisorySessionCommand({ ...action.body, ...funding(action.fundingProject) }, context) };
    case 'DeliverModule':
      return {
        command: new DeliverModuleCommand({ ...action.body, ...funding(action.fundingProject) }, context),
        creates: { ref: action.delivery, id: 'deliveryId' },
      };
    case 'VoidDelivery':
      return { command: new VoidDeliveryCommand(idOf(action.delivery), action.body, context) };
    case 'MatchMentorPair':
      return { command: new MatchMentorPairCommand({ ...action.body, ...funding(action.fundingProject) }, context), creates: { ref: action.pair, id: 'pairId' } };
    case 'ConcludeMentorPair':
      return { command: new ConcludeMentorPairCommand(idOf(action.pair), action.body, context) };
    case 'RecordTimeEntry':
      return {
        command: new RecordTimeEntryCommand({ ...action.body, ...funding(action.fundingProject) }, context),
        ...(action.entry === undefined ? {} : { creates: { ref: action.entry, id: 'entryId' } }),
      };
    case 'CorrectTimeEntry':
      return { command: new CorrectTimeEntryCommand(idOf(action.entry), action.body, context) };
    case 'VoidTimeEntry':
      return { command: new VoidTimeEntryCommand(idOf(action.entry), action.body, context) };
    case 'RecordSurveyAnswer':
      return { command: new RecordSurveyAnswerCommand(action.body, context) };
    case 'SetTarget':
      return { command: new SetTargetCommand(action.body, context) };
    case 'SetBenchmark':
      return { command: new SetBenchmarkCommand(action.body, context) };
    case 'ImportCustomerFinancials':
      return { command: new ImportCustomerFinancialsCommand(action.body, context) };
    case 'ScorecardInput': {
      const input = action.input;
      if (input.kind === 'required-approvals' || input.kind === 'approval') {
        return { command: new ScorecardInputCommand({ ...input, projectId: idOf(action.project as SeedRef) } as ScorecardInputCommand['input'], context) };
      }
      return { command: new ScorecardInputCommand(input as ScorecardInputCommand['input'], context) };
    }
    case 'RecordDeviationComment':
      return { command: new RecordDeviationCommentCommand(action.body, context) };
    default:
      return assertNever(action);
  }
}
