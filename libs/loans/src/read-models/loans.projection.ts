import { assertNever } from '#libs/decider';
import { eventsOf, updateRows, upsertRows, type Projection, type UpdateSpec, type UpsertSpec } from '#libs/projections';
import type { LoanProductKind } from '../domain/loan-products.js';
import { LOAN_EVENT_TYPES, type LoanEvent } from '../domain/loans.events.js';

type LoanRowStatus = 'applied' | 'grant_decided' | 'rejected' | 'approved' | 'closed';

interface ApplicationRow {
  loan_id: string;
  customer_id: string;
  product: string;
  product_kind: LoanProductKind;
  applied_amount_ore: number;
  applied_on: string;
  status: LoanRowStatus;
  funding_project_id?: string;
}

/** What the batch's decisions, approval and closing set on a loan; absent fields stay as stored. */
interface LifeCyclePatch {
  loan_id: string;
  status?: LoanRowStatus;
  decided_on?: string;
  decided_by?: string;
  granted_amount_ore?: number;
  interest_rate_basis_points?: number;
  term_months?: number;
  approved_on?: string;
  approved_by?: string;
  closed_on?: string;
  product_kind?: LoanProductKind;
  funding_project_id?: string;
}

interface TransactionRow {
  event_id: string;
  loan_id: string;
  customer_id: string;
  product: string;
  kind: 'disbursement' | 'repayment' | 'write_off';
  booked_on: string;
  principal_ore: number;
  interest_ore: number;
  fees_ore: number;
  funding_project_id?: string;
}

const APPLY: UpsertSpec<ApplicationRow> = {
  table: 'rm_loans',
  columns: {
    loan_id: 'text',
    customer_id: 'text',
    product: 'text',
    product_kind: 'text',
    applied_amount_ore: 'bigint',
    applied_on: 'date',
    status: 'text',
    funding_project_id: 'text',
  },
  key: ['loan_id'],
};

/** The life cycle's order: a status never moves back, so an old event applied again cannot undo a later one. */
const STATUS_RANK = `ARRAY['applied', 'grant_decided', 'rejected', 'approved', 'closed']::text[]`;

const ADVANCE: UpdateSpec<LifeCyclePatch> = {
  table: 'rm_loans',
  columns: {
    loan_id: 'text',
    status: 'text',
    decided_on: 'date',
    decided_by: 'text',
    granted_amount_ore: 'bigint',
    interest_rate_basis_points: 'integer',
    term_months: 'integer',
    approved_on: 'date',
    approved_by: 'text',
    closed_on: 'date',
    product_kind: 'text',
    funding_project_id: 'text',
  },
  key: ['loan_id'],
  set: `status = CASE WHEN array_position(${STATUS_RANK}, x.status) > array_position(${STATUS_RANK}, t.status) THEN x.status ELSE t.status END,
        decided_on = COALESCE(x.decided_on, t.decided_on), decided_by = COALESCE(x.decided_by, t.decided_by),
        granted_amount_ore = COALESCE(x.granted_amount_ore, t.granted_amount_ore),
        interest_rate_basis_points = COALESCE(x.interest_rate_basis_points, t.interest_rate_basis_points),
        term_months = COALESCE(x.term_months, t.term_months),
        approved_on = COALESCE(x.approved_on, t.approved_on), approved_by = COALESCE(x.approved_by, t.approved_by),
        closed_on = COALESCE(x.closed_on, t.closed_on), product_kind = COALESCE(x.product_kind, t.product_kind),
        funding_project_id = COALESCE(x.funding_project_id, t.funding_project_id)`,
};

const BOOK: UpsertSpec<TransactionRow> = {
  table: 'rm_loan_transactions',
  columns: {
    event_id: 'uuid',
    loan_id: 'text',
    customer_id: 'text',
    product: 'text',
    kind: 'text',
    booked_on: 'date',
    principal_ore: 'bigint',
    interest_ore: 'bigint',
    fees_ore: 'bigint',
    funding_project_id: 'text',
  },
  key: ['event_id'],
};

/**
 * rm_loans follows each loan through its life cycle (granted = approved_on set); rm_loan_transactions
 * holds the money movements by business date, one row per event (keyed by the event's id).
 */
export function loansProjection(): Projection {
  return {
    name: 'loans',
    tables: ['rm_loans', 'rm_loan_transactions'],
    eventTypes: LOAN_EVENT_TYPES,
    async apply(recorded, tx) {
      const applications: ApplicationRow[] = [];
      const patches = new Map<string, LifeCyclePatch>();
      const transactions: TransactionRow[] = [];
      const advance = (patch: LifeCyclePatch): void => {
        const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
        patches.set(patch.loan_id, { ...patches.get(patch.loan_id), ...given } as LifeCyclePatch);
      };
      for (const event of eventsOf<LoanEvent>(recorded, LOAN_EVENT_TYPES)) {
        switch (event.type) {
          case 'LoanApplicationRegistered': {
            const { loanId, customerId, product, productKind, amountOre, appliedOn, fundingProjectId } = event.data;
            applications.push({
              loan_id: loanId,
              customer_id: customerId,
              product,
              product_kind: productKind,
              applied_amount_ore: amountOre,
              applied_on: appliedOn,
              status: 'applied',
              funding_project_id: fundingProjectId,
            });
            break;
          }
          case 'LoanGrantDecided': {
            const { loanId, amountOre, interestRateBasisPoints, termMonths, decidedOn, decidedBy } = event.data;
            advance({
              loan_id: loanId,
              status: 'grant_decided',
              decided_on: decidedOn,
              decided_by: decidedBy,
              granted_amount_ore: amountOre,
              interest_rate_basis_points: interestRateBasisPoints,
              term_months: termMonths,
            });
            break;
          }
          case 'LoanRejected':
            advance({ loan_id: event.data.loanId, status: 'rejected', decided_on: event.data.decidedOn, decided_by: event.data.decidedBy });
            break;
          case 'LoanApproved': {
            const { loanId, productKind, grantedAmountOre, interestRateBasisPoints, termMonths, approvedOn, decidedBy, approvedBy, fundingProjectId } = event.data;
            advance({
              loan_id: loanId,
              status: 'approved',
              granted_amount_ore: grantedAmountOre,
              interest_rate_basis_points: interestRateBasisPoints,
              term_months: termMonths,
              approved_on: approvedOn,
              approved_by: approvedBy,
              decided_by: decidedBy,
              product_kind: productKind,
              funding_project_id: fundingProjectId,
            });
            break;
          }
          case 'LoanClosed':
            advance({ loan_id: event.data.loanId, status: 'closed', closed_on: event.data.closedOn });
            break;
          case 'LoanDisbursed': {
            const { loanId, customerId, product, amountOre, disbursedOn, fundingProjectId } = event.data;
            transactions.push({
              event_id: event.id,
              loan_id: loanId,
              customer_id: customerId,
              product,
              kind: 'disbursement',
              booked_on: disbursedOn,
              principal_ore: amountOre,
              interest_ore: 0,
              fees_ore: 0,
              funding_project_id: fundingProjectId,
            });
            break;
          }
          case 'LoanRepaymentRecorded': {
            const { loanId, customerId, product, principalOre, interestOre, feesOre, paidOn, fundingProjectId } = event.data;
            transactions.push({
              event_id: event.id,
              loan_id: loanId,
              customer_id: customerId,
              product,
              kind: 'repayment',
              booked_on: paidOn,
              principal_ore: principalOre,
              interest_ore: interestOre,
              fees_ore: feesOre,
              funding_project_id: fundingProjectId,
            });
            break;
          }
          case 'LoanWrittenOff': {
            const { loanId, customerId, product, amountOre, writtenOffOn, fundingProjectId } = event.data;
            transactions.push({
              event_id: event.id,
              loan_id: loanId,
              customer_id: customerId,
              product,
              kind: 'write_off',
              booked_on: writtenOffOn,
              principal_ore: amountOre,
              interest_ore: 0,
              fees_ore: 0,
              funding_project_id: fundingProjectId,
            });
            break;
          }
          default:
            assertNever(event);
        }
      }
      // A loan's application precedes the rest of its stream, so inserting first keeps their order.
      await upsertRows(tx, APPLY, applications);
      await updateRows(tx, ADVANCE, [...patches.values()]);
      await upsertRows(tx, BOOK, transactions);
    },
  };
}
