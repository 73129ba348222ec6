/**
 * Loan decider: one stream per loan, `loan-<loanId>`, from application to closing.
 * Invariants:
 * - only a credit officer holding a credit certification both on the command's business date and today
 *   acts (the handler computes `actorCertified` and `actorCertifiedToday`);
 * - business dates lie within the command's window: never after today, at most the back-dating window before;
 * - the life cycle is applied → decided once (granted or rejected) → a grant approved once, by a
 *   certified officer other than the decision maker (four-eyes) → disbursed, repaid, written off → closed;
 *   a closed loan takes no more commands, a rejected one is final;
 * - applied and granted amounts lie within the product's limits; a guarantee is never disbursed;
 * - disbursements never sum to more than the granted amount;
 * - outstanding principal (disbursed − repaid principal − written off) is never negative on any
 *   business date, so a repayment or write-off, even a back-dated one, never exceeds what was
 *   outstanding on its date and on every later date;
 * - business dates follow the life cycle: decision ≥ application, approval ≥ decision, money
 *   movements ≥ approval, closing ≥ the latest activity; a loan closes only with nothing outstanding;
 * - a disbursement or repayment repeated with the same id and content emits nothing.
 */
import { requireOrganisationNumber, type OrganisationNumber } from '#libs/customers';
import {
  assertNever,
  hasRole,
  refuse,
  requireAmountOre,
  requireAmountOreOrZero,
  requireDateInWindow,
  requireText,
  type Actor,
  type BusinessDate,
  type Decider,
} from '#libs/decider';
import type { LoanCommand } from './loans.commands.js';
import type { LoanEvent } from './loans.events.js';
import { findLoanProduct, isWithinProductLimits, type LoanProduct, type LoanProductCatalogue, type LoanProductKind } from './loan-products.js';

export type LoanStatus = 'applied' | 'granted' | 'rejected' | 'approved' | 'closed';

export interface GrantDecision {
  readonly outcome: 'granted';
  readonly amountOre: number;
  readonly interestRateBasisPoints: number;
  readonly termMonths: number;
  readonly decidedOn: BusinessDate;
  readonly decidedBy: string;
}

export interface Rejection {
  readonly outcome: 'rejected';
  readonly reason: string;
  readonly decidedOn: BusinessDate;
  readonly decidedBy: string;
}

/** A change of outstanding principal on a business date: + disbursed, − repaid or written off. */
export interface PrincipalMovement {
  readonly on: BusinessDate;
  readonly principalOre: number;
}

export interface Loan {
  readonly status: LoanStatus;
  readonly loanId: string;
  readonly customerId: OrganisationNumber;
  readonly product: string;
  readonly productKind: LoanProductKind;
  readonly appliedAmountOre: number;
  readonly appliedOn: BusinessDate;
  readonly fundingProjectId: string | undefined;
  readonly decision?: GrantDecision | Rejection;
  readonly approvedOn?: BusinessDate;
  readonly disbursements: Readonly<Record<string, { readonly amountOre: number; readonly disbursedOn: BusinessDate }>>;
  readonly repayments: Readonly<Record<string, { readonly principalOre: number; readonly interestOre: number; readonly feesOre: number; readonly paidOn: BusinessDate }>>;
  readonly movements: readonly PrincipalMovement[];
  readonly disbursedOre: number;
  readonly repaidPrincipalOre: number;
  readonly writtenOffOre: number;
  /** The latest business date of anything that happened to the loan. */
  readonly lastActivityOn: BusinessDate;
}

export type LoanState = { readonly status: 'unregistered' } | Loan;

export const outstandingPrincipalOre = (state: LoanState): number => (state.status === 'unregistered' ? 0 : state.disbursedOre - state.repaidPrincipalOre - state.writtenOffOre);

/** Outstanding principal at the end of a business date. */
export const outstandingPrincipalOn = (state: LoanState, date: BusinessDate): number =>
  state.status === 'unregistered' ? 0 : state.movements.reduce((sum, m) => (m.on <= date ? sum + m.principalOre : sum), 0);

/** The most that can leave the outstanding principal on `date` without it turning negative on that or any later date. */
const reducibleOn = (loan: Loan, date: BusinessDate): number =>
  Math.min(...[date, ...loan.movements.map((m) => m.on).filter((on) => on > date)].map((d) => outstandingPrincipalOn(loan, d)));

const authorise = (actor: Actor, actorCertified: boolean, actorCertifiedToday: boolean, today: BusinessDate): void => {
  if (!hasRole(actor, 'credit_officer')) refuse('forbidden', 'not-a-credit-officer', 'Only a credit officer acts in the credit process');
  if (!actorCertified) refuse('forbidden', 'credit-certification-missing', 'Acting in the credit process requires a valid credit certification on the date');
  if (!actorCertifiedToday)
    refuse(
      'forbidden',
      'credit-certification-missing-today',
      `Acting in the credit process requires a valid credit certification today (${today}) as well as on the business date`,
    );
};

/** The loan, open: registered and not closed. */
const requireOpen = (state: LoanState): Loan => {
  if (state.status === 'unregistered') return refuse('not_found', 'loan-not-found', 'No such loan');
  if (state.status === 'closed') return refuse('rule', 'loan-closed', 'The loan is closed');
  return state;
};

/**
 * The loan, approved. Only an approval sets `approvedOn`, and only a granted loan can be approved, so
 * `approvedOn` alone tells (the status stays 'approved' until the loan closes, which requireOpen refuses).
 */
const requireApproved = (loan: Loan): Loan & { readonly approvedOn: BusinessDate; readonly decision: GrantDecision } => {
  const { approvedOn, decision } = loan;
  if (approvedOn === undefined) return refuse('rule', 'loan-not-approved', 'The loan is not approved');
  return { ...loan, approvedOn, decision: decision as GrantDecision };
};

const requireProduct = (products: LoanProductCatalogue, key: string): LoanProduct =>
  findLoanProduct(products, key) ?? refuse('invalid', 'unknown-product', `Unknown product ${key}`, 'product');

const requireWithinLimits = (product: LoanProduct, amountOre: number): void => {
  if (!isWithinProductLimits(product, amountOre)) refuse('rule', 'amount-outside-product-limits', `The amount is outside the limits of ${product.name}`);
};

const requireNotBefore = (date: BusinessDate, earliest: BusinessDate, code: string, what: string): void => {
  if (date < earliest) refuse('rule', code, `${what} (${date}) cannot be before ${earliest}`);
};

const later = (a: BusinessDate, b: BusinessDate): BusinessDate => (a > b ? a : b);

const fundingOf = (loan: Loan): { fundingProjectId?: string } => (loan.fundingProjectId === undefined ? {} : { fundingProjectId: loan.fundingProjectId });

const decide = (command: LoanCommand, state: LoanState): LoanEvent[] => {
  const { actor, actorCertified, actorCertifiedToday, window } = command.data;
  authorise(actor, actorCertified, actorCertifiedToday, window.today);
  switch (command.type) {
    case 'RegisterLoanApplication': {
      const { data } = command;
      if (state.status !== 'unregistered') refuse('conflict', 'loan-already-registered', `Loan ${data.loanId} is already registered`);
      const loanId = requireText(data.loanId, 'loanId');
      const customerId = requireOrganisationNumber(data.customerId);
      const product = requireProduct(data.products, data.product);
      const amountOre = requireAmountOre(data.amountOre, 'amountOre', 'invalid-amount');
      const purpose = requireText(data.purpose, 'purpose');
      const appliedOn = requireDateInWindow(data.appliedOn, 'appliedOn', window);
      const fundingProjectId = data.fundingProjectId === undefined ? undefined : requireText(data.fundingProjectId, 'fundingProjectId');
      requireWithinLimits(product, amountOre);
      return [
        {
          type: 'LoanApplicationRegistered',
          data: {
            loanId,
            customerId,
            product: data.product,
            productKind: product.kind,
            amountOre,
            purpose,
            appliedOn,
            ...(fundingProjectId === undefined ? {} : { fundingProjectId }),
          },
        },
      ];
    }
    case 'DecideLoan': {
      const { data } = command;
      const loan = requireOpen(state);
      if (loan.decision !== undefined) refuse('conflict', 'loan-already-decided', 'The loan has already been decided');
      const decidedOn = requireDateInWindow(data.decidedOn, 'decidedOn', window);
      const common = { loanId: loan.loanId, customerId: loan.customerId, product: loan.product };
      // Commands are built from requests, so an outcome outside the type is a bad request, not a bug.
      if (data.outcome !== 'granted' && data.outcome !== 'rejected') refuse('invalid', 'invalid-outcome', 'outcome must be granted or rejected', 'outcome');
      switch (data.outcome) {
        case 'granted': {
          const amountOre = requireAmountOre(data.amountOre, 'amountOre', 'invalid-amount');
          if (!Number.isSafeInteger(data.interestRateBasisPoints) || data.interestRateBasisPoints < 0)
            refuse('invalid', 'invalid-interest-rate', 'interestRateBasisPoints must be a whole number of basis points, zero or more', 'interestRateBasisPoints');
          if (!Number.isSafeInteger(data.termMonths) || data.termMonths <= 0)
            refuse('invalid', 'invalid-term', 'termMonths must be a positive whole number of months', 'termMonths');
          requireNotBefore(decidedOn, loan.appliedOn, 'decided-before-application', 'The decision');
          const product = findLoanProduct(data.products, loan.product) ?? refuse('rule', 'product-not-offered', `Product ${loan.product} is no longer offered`);
          requireWithinLimits(product, amountOre);
          return [
            {
              type: 'LoanGrantDecided',
              data: { ...common, amountOre, interestRateBasisPoints: data.interestRateBasisPoints, termMonths: data.termMonths, decidedOn, decidedBy: actor.userId },
            },
          ];
        }
        case 'rejected': {
          const reason = requireText(data.reason, 'reason');
          requireNotBefore(decidedOn, loan.appliedOn, 'decided-before-application', 'The decision');
          return [{ type: 'LoanRejected', data: { ...common, reason, decidedOn, decidedBy: actor.userId } }];
        }
        // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
        default:
          return assertNever(data);
      }
    }
    case 'ApproveLoan': {
      const { data } = command;
      const loan = requireOpen(state);
      if (loan.status === 'approved') refuse('conflict', 'loan-already-approved', 'The loan has already been approved');
      const decision = loan.decision ?? refuse('rule', 'loan-not-decided', 'The loan has not been decided');
      if (decision.outcome !== 'granted') return refuse('rule', 'loan-not-granted', 'Only a decision to grant can be approved');
      if (decision.decidedBy === actor.userId) refuse('rule', 'approver-is-decision-maker', 'The approver must be someone other than the decision maker');
      const approvedOn = requireDateInWindow(data.approvedOn, 'approvedOn', window);
      requireNotBefore(approvedOn, decision.decidedOn, 'approved-before-decision', 'The approval');
      return [
        {
          type: 'LoanApproved',
          data: {
            loanId: loan.loanId,
            customerId: loan.customerId,
            product: loan.product,
            productKind: loan.productKind,
            grantedAmountOre: decision.amountOre,
            interestRateBasisPoints: decision.interestRateBasisPoints,
            termMonths: decision.termMonths,
            approvedOn,
            decidedBy: decision.decidedBy,
            approvedBy: actor.userId,
            ...fundingOf(loan),
          },
        },
      ];
    }
    case 'DisburseLoan': {
      const { data } = command;
      const loan = requireApproved(requireOpen(state));
      if (loan.productKind === 'guarantee') refuse('rule', 'guarantee-not-disbursable', 'A guarantee is not paid out');
      const disbursementId = requireText(data.disbursementId, 'disbursementId');
      const amountOre = requireAmountOre(data.amountOre, 'amountOre', 'invalid-amount');
      const disbursedOn = requireDateInWindow(data.disbursedOn, 'disbursedOn', window);
      const earlier = Object.hasOwn(loan.disbursements, disbursementId) ? loan.disbursements[disbursementId] : undefined;
      if (earlier !== undefined) {
        if (earlier.amountOre === amountOre && earlier.disbursedOn === disbursedOn) return [];
        return refuse('conflict', 'disbursement-id-reused', `Disbursement ${disbursementId} was recorded with other details`);
      }
      requireNotBefore(disbursedOn, loan.approvedOn, 'dated-before-approval', 'The disbursement');
      if (loan.disbursedOre + amountOre > loan.decision.amountOre)
        refuse('rule', 'disbursement-exceeds-granted-amount', `Only ${loan.decision.amountOre - loan.disbursedOre} öre remain to be disbursed`);
      return [
        {
          type: 'LoanDisbursed',
          data: { loanId: loan.loanId, customerId: loan.customerId, product: loan.product, disbursementId, amountOre, disbursedOn, ...fundingOf(loan) },
        },
      ];
    }
    case 'RecordRepayment': {
      const { data } = command;
      const loan = requireApproved(requireOpen(state));
      const repaymentId = requireText(data.repaymentId, 'repaymentId');
      const principalOre = requireAmountOreOrZero(data.principalOre, 'principalOre', 'invalid-amount');
      const interestOre = requireAmountOreOrZero(data.interestOre, 'interestOre', 'invalid-amount');
      const feesOre = requireAmountOreOrZero(data.feesOre, 'feesOre', 'invalid-amount');
      if (principalOre + interestOre + feesOre === 0) refuse('invalid', 'invalid-amount', 'A repayment pays something', 'principalOre');
      const paidOn = requireDateInWindow(data.paidOn, 'paidOn', window);
      const earlier = Object.hasOwn(loan.repayments, repaymentId) ? loan.repayments[repaymentId] : undefined;
      if (earlier !== undefined) {
        const same = earlier.principalOre === principalOre && earlier.interestOre === interestOre && earlier.feesOre === feesOre && earlier.paidOn === paidOn;
        return same ? [] : refuse('conflict', 'repayment-id-reused', `Repayment ${repaymentId} was recorded with other details`);
      }
      requireNotBefore(paidOn, loan.approvedOn, 'dated-before-approval', 'The repayment');
      if (principalOre > reducibleOn(loan, paidOn)) refuse('rule', 'repayment-exceeds-outstanding', 'The principal repaid exceeds the outstanding principal');
      return [
        {
          type: 'LoanRepaymentRecorded',
          data: { loanId: loan.loanId, customerId: loan.customerId, product: loan.product, repaymentId, principalOre, interestOre, feesOre, paidOn, ...fundingOf(loan) },
        },
      ];
    }
    case 'WriteOffLoan': {
      const { data } = command;
      const loan = requireApproved(requireOpen(state));
      const amountOre = requireAmountOre(data.amountOre, 'amountOre', 'invalid-amount');
      const writtenOffOn = requireDateInWindow(data.writtenOffOn, 'writtenOffOn', window);
      const reason = requireText(data.reason, 'reason');
      requireNotBefore(writtenOffOn, loan.approvedOn, 'dated-before-approval', 'The write-off');
      if (amountOre > reducibleOn(loan, writtenOffOn)) refuse('rule', 'write-off-exceeds-outstanding', 'The write-off exceeds the outstanding principal');
      return [
        {
          type: 'LoanWrittenOff',
          data: { loanId: loan.loanId, customerId: loan.customerId, product: loan.product, amountOre, writtenOffOn, reason, ...fundingOf(loan) },
        },
      ];
    }
    case 'CloseLoan': {
      const { data } = command;
      if (state.status === 'closed') return refuse('conflict', 'loan-already-closed', 'The loan is already closed');
      const loan = requireOpen(state);
      if (loan.status === 'rejected') refuse('rule', 'loan-rejected', 'A rejected application is final and is not closed');
      const closedOn = requireDateInWindow(data.closedOn, 'closedOn', window);
      if (outstandingPrincipalOre(loan) !== 0) refuse('rule', 'loan-has-outstanding-principal', 'A loan closes only when nothing is outstanding');
      requireNotBefore(closedOn, loan.lastActivityOn, 'closed-before-last-activity', 'The closing');
      return [{ type: 'LoanClosed', data: { loanId: loan.loanId, customerId: loan.customerId, closedOn } }];
    }
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(command);
  }
};

const evolve = (state: LoanState, event: LoanEvent): LoanState => {
  if (event.type === 'LoanApplicationRegistered') {
    const { loanId, customerId, product, productKind, amountOre, appliedOn, fundingProjectId } = event.data;
    return {
      status: 'applied',
      loanId,
      customerId,
      product,
      productKind,
      appliedAmountOre: amountOre,
      appliedOn,
      fundingProjectId,
      disbursements: {},
      repayments: {},
      movements: [],
      disbursedOre: 0,
      repaidPrincipalOre: 0,
      writtenOffOre: 0,
      lastActivityOn: appliedOn,
    };
  }
  if (state.status === 'unregistered') return state;
  switch (event.type) {
    case 'LoanGrantDecided': {
      const { amountOre, interestRateBasisPoints, termMonths, decidedOn, decidedBy } = event.data;
      return {
        ...state,
        status: 'granted',
        decision: { outcome: 'granted', amountOre, interestRateBasisPoints, termMonths, decidedOn, decidedBy },
        lastActivityOn: later(state.lastActivityOn, decidedOn),
      };
    }
    case 'LoanRejected': {
      const { reason, decidedOn, decidedBy } = event.data;
      return { ...state, status: 'rejected', decision: { outcome: 'rejected', reason, decidedOn, decidedBy }, lastActivityOn: later(state.lastActivityOn, decidedOn) };
    }
    case 'LoanApproved':
      return { ...state, status: 'approved', approvedOn: event.data.approvedOn, lastActivityOn: later(state.lastActivityOn, event.data.approvedOn) };
    case 'LoanDisbursed': {
      const { disbursementId, amountOre, disbursedOn } = event.data;
      return {
        ...state,
        disbursements: { ...state.disbursements, [disbursementId]: { amountOre, disbursedOn } },
        movements: [...state.movements, { on: disbursedOn, principalOre: amountOre }],
        disbursedOre: state.disbursedOre + amountOre,
        lastActivityOn: later(state.lastActivityOn, disbursedOn),
      };
    }
    case 'LoanRepaymentRecorded': {
      const { repaymentId, principalOre, interestOre, feesOre, paidOn } = event.data;
      return {
        ...state,
        repayments: { ...state.repayments, [repaymentId]: { principalOre, interestOre, feesOre, paidOn } },
        movements: [...state.movements, { on: paidOn, principalOre: -principalOre }],
        repaidPrincipalOre: state.repaidPrincipalOre + principalOre,
        lastActivityOn: later(state.lastActivityOn, paidOn),
      };
    }
    case 'LoanWrittenOff': {
      const { amountOre, writtenOffOn } = event.data;
      return {
        ...state,
        movements: [...state.movements, { on: writtenOffOn, principalOre: -amountOre }],
        writtenOffOre: state.writtenOffOre + amountOre,
        lastActivityOn: later(state.lastActivityOn, writtenOffOn),
      };
    }
    case 'LoanClosed':
      return { ...state, status: 'closed', lastActivityOn: later(state.lastActivityOn, event.data.closedOn) };
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(event);
  }
};

export const loanDecider: Decider<LoanCommand, LoanEvent, LoanState> = {
  initialState: () => ({ status: 'unregistered' }),
  decide,
  evolve,
};
