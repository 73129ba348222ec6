import type { OrganisationNumber } from '#libs/customers';
import type { BusinessDate, DomainEvent } from '#libs/decider';
import type { LoanProductKind } from './loan-products.js';

/**
 * Event type strings are stored: never rename them. Every event carries loanId and customerId, and
 * the money events also the product and funding project, so that a projection never needs the stream.
 */
export type LoanApplicationRegistered = DomainEvent<
  'LoanApplicationRegistered',
  {
    readonly loanId: string;
    readonly customerId: OrganisationNumber;
    readonly product: string;
    readonly productKind: LoanProductKind;
    readonly amountOre: number;
    readonly purpose: string;
    readonly appliedOn: BusinessDate;
    /** A special assignment (särskilt uppdrag) financing the loan, reported separately. */
    readonly fundingProjectId?: string;
  }
>;

export type LoanGrantDecided = DomainEvent<
  'LoanGrantDecided',
  {
    readonly loanId: string;
    readonly customerId: OrganisationNumber;
    readonly product: string;
    readonly amountOre: number;
    readonly interestRateBasisPoints: number;
    readonly termMonths: number;
    readonly decidedOn: BusinessDate;
    readonly decidedBy: string;
  }
>;

export type LoanRejected = DomainEvent<
  'LoanRejected',
  {
    readonly loanId: string;
    readonly customerId: OrganisationNumber;
    readonly product: string;
    readonly reason: string;
    readonly decidedOn: BusinessDate;
    readonly decidedBy: string;
  }
>;

/** The loan counts as granted (number of loans, granted volume, interventions) on approvedOn. */
export type LoanApproved = DomainEvent<
  'LoanApproved',
  {
    readonly loanId: string;
    readonly customerId: OrganisationNumber;
    readonly product: string;
    readonly productKind: LoanProductKind;
    readonly grantedAmountOre: number;
    readonly interestRateBasisPoints: number;
    readonly termMonths: number;
    readonly approvedOn: BusinessDate;
    readonly decidedBy: string;
    readonly approvedBy: string;
    readonly fundingProjectId?: string;
  }
>;

export type LoanDisbursed = DomainEvent<
  'LoanDisbursed',
  {
    readonly loanId: string;
    readonly customerId: OrganisationNumber;
    readonly product: string;
    readonly disbursementId: string;
    readonly amountOre: number;
    readonly disbursedOn: BusinessDate;
    readonly fundingProjectId?: string;
  }
>;

export type LoanRepaymentRecorded = DomainEvent<
  'LoanRepaymentRecorded',
  {
    readonly loanId: string;
    readonly customerId: OrganisationNumber;
    readonly product: string;
    readonly repaymentId: string;
    readonly principalOre: number;
    readonly interestOre: number;
    readonly feesOre: number;
    readonly paidOn: BusinessDate;
    readonly fundingProjectId?: string;
  }
>;

/** A credit loss. */
export type LoanWrittenOff = DomainEvent<
  'LoanWrittenOff',
  {
    readonly loanId: string;
    readonly customerId: OrganisationNumber;
    readonly product: string;
    readonly amountOre: number;
    readonly writtenOffOn: BusinessDate;
    readonly reason: string;
    readonly fundingProjectId?: string;
  }
>;

export type LoanClosed = DomainEvent<
  'LoanClosed',
  {
    readonly loanId: string;
    readonly customerId: OrganisationNumber;
    readonly closedOn: BusinessDate;
  }
>;

export type LoanEvent = LoanApplicationRegistered | LoanGrantDecided | LoanRejected | LoanApproved | LoanDisbursed | LoanRepaymentRecorded | LoanWrittenOff | LoanClosed;

export const LOAN_EVENT_TYPES = [
  'LoanApplicationRegistered',
  'LoanGrantDecided',
  'LoanRejected',
  'LoanApproved',
  'LoanDisbursed',
  'LoanRepaymentRecorded',
  'LoanWrittenOff',
  'LoanClosed',
] as const satisfies readonly LoanEvent['type'][];
