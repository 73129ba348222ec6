import type { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
// The bus needs the very command classes the handlers are registered for; each area exports them from its index.
import { ConcludeMentorPairCommand, DeliverModuleCommand, LogAdvisorySessionCommand, MatchMentorPairCommand, VoidDeliveryCommand } from '#libs/advisory';
import { CorrectTimeEntryCommand, RecordTimeEntryCommand, VoidTimeEntryCommand } from '#libs/customer-time';
import { ClassifyCustomerCommand, EraseCustomerPersonalDataCommand, RecordOwnerProfileCommand, RegisterCustomerCommand, UpdateCustomerProfileCommand } from '#libs/customers';
import { BookProjectCostCommand, BookProjectRevenueCommand, RegisterFundingProjectCommand } from '#libs/funding';
import {
  ApproveLoanCommand,
  CloseLoanCommand,
  DecideLoanCommand,
  DisburseLoanCommand,
  RecordRepaymentCommand,
  RegisterLoanApplicationCommand,
  WriteOffLoanCommand,
} from '#libs/loans';
import { GrantCreditCertificationCommand, RegisterEmployeeCommand } from '#libs/staff';
import { RecordSurveyAnswerCommand } from '#libs/surveys';
import { RecordDeviationCommentCommand, SetBenchmarkCommand, SetTargetCommand } from '#libs/targets';
import { ImportCustomerFinancialsCommand, ScorecardInputCommand } from '#libs/scorecard-inputs';
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
