import type { Actor, BusinessDate, BusinessDateWindow } from '#libs/decider';
import type { LoanProductCatalogue } from './loan-products.js';

/**
 * Every loan command: who acts, whether they held a credit certification on the command's business date and
 * today, and the business dates allowed (today and the back-dating window).
 */
interface CreditProcessCommand {
  readonly loanId: string;
  readonly actor: Actor;
  /** `isCertifiedOn(certification, <business date of the command>)`, computed by the handler. */
  readonly actorCertified: boolean;
  /** `isCertifiedOn(certification, window.today)`: back-dating never lends a past certification. */
  readonly actorCertifiedToday: boolean;
  readonly window: BusinessDateWindow;
}

export interface RegisterLoanApplication {
  readonly type: 'RegisterLoanApplication';
  readonly data: CreditProcessCommand & {
    /** Organisationsnummer; a hyphen is accepted. The handler checks the customer is registered. */
    readonly customerId: string;
    /** A key of `products`. */
    readonly product: string;
    readonly amountOre: number;
    readonly purpose: string;
    readonly appliedOn: BusinessDate;
    readonly fundingProjectId?: string;
    readonly products: LoanProductCatalogue;
  };
}

export type DecideLoan = {
  readonly type: 'DecideLoan';
  readonly data: CreditProcessCommand & {
    readonly decidedOn: BusinessDate;
    /** A granted amount must lie within the product's limits. */
    readonly products: LoanProductCatalogue;
  } & (
      | { readonly outcome: 'granted'; readonly amountOre: number; readonly interestRateBasisPoints: number; readonly termMonths: number }
      | { readonly outcome: 'rejected'; readonly reason: string }
    );
};

export interface ApproveLoan {
  readonly type: 'ApproveLoan';
  readonly data: CreditProcessCommand & { readonly approvedOn: BusinessDate };
}

export interface DisburseLoan {
  readonly type: 'DisburseLoan';
  readonly data: CreditProcessCommand & {
    /** Makes a retried disbursement harmless. */
    readonly disbursementId: string;
    readonly amountOre: number;
    readonly disbursedOn: BusinessDate;
  };
}

export interface RecordRepayment {
  readonly type: 'RecordRepayment';
  readonly data: CreditProcessCommand & {
    /** Makes a retried booking harmless. */
    readonly repaymentId: string;
    readonly principalOre: number;
    readonly interestOre: number;
    readonly feesOre: number;
    readonly paidOn: BusinessDate;
  };
}

export interface WriteOffLoan {
  readonly type: 'WriteOffLoan';
  readonly data: CreditProcessCommand & {
    readonly amountOre: number;
    readonly writtenOffOn: BusinessDate;
    readonly reason: string;
  };
}

export interface CloseLoan {
  readonly type: 'CloseLoan';
  readonly data: CreditProcessCommand & { readonly closedOn: BusinessDate };
}

export type LoanCommand = RegisterLoanApplication | DecideLoan | ApproveLoan | DisburseLoan | RecordRepayment | WriteOffLoan | CloseLoan;
