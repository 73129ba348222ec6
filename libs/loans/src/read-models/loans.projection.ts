import type { CustomerProfileUpdated, CustomerRegistered } from '#libs/customers';
import { assertNever, type Region } from '#libs/decider';
import { eventsOf, lastByKey, recordset, updateRows, upsertRows, type Projection, type ProjectionTx, type UpdateSpec, type UpsertSpec } from '#libs/projections';
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

const TRANSACTION_COLUMNS = {
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
} as const satisfies Record<keyof TransactionRow, string>;

/** The customer events that carry a region: the rollup is cut by the customer's latest one. */
type CustomerRegionEvent = CustomerRegistered | CustomerProfileUpdated;
const CUSTOMER_REGION_EVENT_TYPES = ['CustomerRegistered', 'CustomerProfileUpdated'] as const satisfies readonly CustomerRegionEvent['type'][];
const EVENT_TYPES = [...LOAN_EVENT_TYPES, ...CUSTOMER_REGION_EVENT_TYPES];

interface CustomerRegion {
  customer_id: string;
  region: Region;
  recorded_commit: number;
  recorded_prepare: number;
}

/** One rollup row's sums over a set of transactions `t` (the figures' definitions of each amount), signed. */
const moneySums = (sign: '' | '-'): string => `${sign}count(*) AS transactions,
       ${sign}coalesce(sum(t.principal_ore) FILTER (WHERE t.kind = 'disbursement'), 0) AS disbursed_ore,
       ${sign}coalesce(sum(t.principal_ore) FILTER (WHERE t.kind = 'repayment'), 0) AS repaid_principal_ore,
       ${sign}coalesce(sum(t.interest_ore) FILTER (WHERE t.kind = 'repayment'), 0) AS interest_ore,
       ${sign}coalesce(sum(t.fees_ore) FILTER (WHERE t.kind = 'repayment'), 0) AS fees_ore,
       ${sign}coalesce(sum(t.principal_ore) FILTER (WHERE t.kind = 'write_off'), 0) AS written_off_ore`;

const MONEY_COLUMNS = ['transactions', 'disbursed_ore', 'repaid_principal_ore', 'interest_ore', 'fees_ore', 'written_off_ore'] as const;

const MONTH_OF = (column: string): string => `date_trunc('month', ${column}::timestamp)::date`;

const REGION_COLUMNS = { customer_id: 'text', region: 'text', recorded_commit: 'bigint', recorded_prepare: 'bigint' } as const satisfies Record<keyof CustomerRegion, string>;

/**
 * The batch's money and region changes in one statement (every CTE sees the tables as they were
 * before it):
 * - newer: the batch's latest region per customer, where it was recorded after the stored one (a
 *   replayed or older event changes nothing); saved stores them.
 * - booked: the transactions not stored before (keyed by their event, so a replay books nothing),
 *   added under the customer's region after this batch.
 * - a customer whose region changed takes the money of its transactions stored before this batch
 *   from the old region's rows to the new one's.
 * The deltas are summed per rollup row and merged in; a row left without transactions is deleted,
 * as a rebuild would never have created it.
 */
async function bookMoney(tx: ProjectionTx, transactions: readonly TransactionRow[], regions: readonly CustomerRegion[]): Promise<void> {
  if (transactions.length === 0 && regions.length === 0) return;
  const transactionTable = tx.table('rm_loan_transactions');
  const regionTable = tx.table('rm_loan_customer_regions');
  const columns = Object.keys(TRANSACTION_COLUMNS).join(', ');
  await tx.query(
    `WITH batch_regions AS (SELECT * FROM ${recordset(REGION_COLUMNS, 1, 'r')}),
     newer AS (
       SELECT r.*, coalesce(s.region, '') AS old_region
         FROM batch_regions r LEFT JOIN ${regionTable} s ON s.customer_id = r.customer_id
        WHERE s.customer_id IS NULL OR (s.recorded_commit, s.recorded_prepare) < (r.recorded_commit, r.recorded_prepare)
     ), saved AS (
       INSERT INTO ${regionTable} (customer_id, region, recorded_commit, recorded_prepare)
       SELECT customer_id, region, recorded_commit, recorded_prepare FROM newer
       ON CONFLICT (customer_id) DO UPDATE
         SET region = EXCLUDED.region, recorded_commit = EXCLUDED.recorded_commit, recorded_prepare = EXCLUDED.recorded_prepare
     ), booked AS (
       INSERT INTO ${transactionTable} (${columns})
       SELECT ${columns} FROM ${recordset(TRANSACTION_COLUMNS, 2, 'x')}
       ON CONFLICT (event_id) DO NOTHING
       RETURNING customer_id, product, kind, booked_on, principal_ore, interest_ore, fees_ore
     ), moved AS (
       SELECT customer_id, old_region, region AS new_region FROM newer WHERE old_region <> region
     ), delta AS (
       SELECT ${MONTH_OF('t.booked_on')} AS month, coalesce(n.region, s.region, '') AS region, t.product, ${moneySums('')}
         FROM booked t
         LEFT JOIN newer n ON n.customer_id = t.customer_id
         LEFT JOIN ${regionTable} s ON s.customer_id = t.customer_id
        GROUP BY 1, 2, 3
       UNION ALL
       SELECT ${MONTH_OF('t.booked_on')}, m.old_region, t.product, ${moneySums('-')}
         FROM moved m JOIN ${transactionTable} t ON t.customer_id = m.customer_id
        GROUP BY 1, 2, 3
       UNION ALL
       SELECT ${MONTH_OF('t.booked_on')}, m.new_region, t.product, ${moneySums('')}
         FROM moved m JOIN ${transactionTable} t ON t.customer_id = m.customer_id
        GROUP BY 1, 2, 3
     ), summed AS (
       SELECT month, region, product, ${MONEY_COLUMNS.map((c) => `sum(${c}) AS ${c}`).join(', ')} FROM delta GROUP BY 1, 2, 3
     )
     MERGE INTO ${tx.table('rm_loan_money_monthly')} AS r
     USING summed d ON r.month = d.month AND r.region = d.region AND r.product = d.product
     WHEN MATCHED AND r.transactions + d.transactions = 0 THEN DELETE
     WHEN MATCHED THEN UPDATE SET ${MONEY_COLUMNS.map((c) => `${c} = r.${c} + d.${c}`).join(', ')}
     WHEN NOT MATCHED THEN INSERT (month, region, product, ${MONEY_COLUMNS.join(', ')}) VALUES (d.month, d.region, d.product, ${MONEY_COLUMNS.map((c) => `d.${c}`).join(', ')})`,
    [JSON.stringify(lastByKey(regions, (r) => r.customer_id)), JSON.stringify(lastByKey(transactions, (t) => t.event_id))],
  );
}

/**
 * rm_loans follows each loan through its life cycle (granted = approved_on set); rm_loan_transactions
 * holds the money movements by business date, one row per event (keyed by the event's id), and
 * rm_loan_money_monthly their sums per month, product and the customer's latest region, which the
 * projection follows itself in rm_loan_customer_regions (projections never read each other's tables).
 */
export function loansProjection(): Projection {
  return {
    name: 'loans',
    tables: ['rm_loans', 'rm_loan_transactions', 'rm_loan_money_monthly', 'rm_loan_customer_regions'],
    eventTypes: EVENT_TYPES,
    async apply(recorded, tx) {
      const applications: ApplicationRow[] = [];
      const patches = new Map<string, LifeCyclePatch>();
      const transactions: TransactionRow[] = [];
      const regions: CustomerRegion[] = [];
      const advance = (patch: LifeCyclePatch): void => {
        const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
        patches.set(patch.loan_id, { ...patches.get(patch.loan_id), ...given } as LifeCyclePatch);
      };
      for (const event of eventsOf<LoanEvent | CustomerRegionEvent>(recorded, EVENT_TYPES)) {
        switch (event.type) {
          case 'CustomerRegistered':
          case 'CustomerProfileUpdated':
            if (event.data.region !== undefined) {
              regions.push({ customer_id: event.data.customerId, region: event.data.region, recorded_commit: event.position.commit, recorded_prepare: event.position.prepare });
            }
            break;
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
      await bookMoney(tx, transactions, regions);
    },
  };
}
