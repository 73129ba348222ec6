import { assertNever } from '#libs/decider';
import { LOAN_EVENT_TYPES, type LoanEvent } from '#libs/loans';
import { eventsOf, recordset, updateRows, upsertRows, type Projection, type UpdateSpec, type UpsertSpec } from '#libs/projections';

interface ApplicationRow {
  loan_id: string;
  customer_id: string;
  product: string;
  product_kind: string;
  purpose: string;
  funding_project_id?: string;
  applied_amount_ore: number;
  applied_on: string;
  applied_by: string;
  applied_at: string;
  stage: string;
  status: string;
}

interface LifeCyclePatch {
  loan_id: string;
  stage?: string;
  decided_on?: string;
  decided_by?: string;
  decided_at?: string;
  rejection_reason?: string;
  granted_amount_ore?: number;
  interest_rate_basis_points?: number;
  term_months?: number;
  approved_on?: string;
  approved_by?: string;
  approved_at?: string;
  product_kind?: string;
  closed_on?: string;
  closed_by?: string;
  closed_at?: string;
}

interface EventRow {
  event_id: string;
  loan_id: string;
  commit: number;
  prepare: number;
  type: string;
  business_date: string;
  recorded_at: string;
  recorded_by: string;
  movement_id?: string;
  amount_ore?: number;
  principal_ore: number;
  interest_ore: number;
  fees_ore: number;
  reason?: string;
}

const APPLY: UpsertSpec<ApplicationRow> = {
  table: 'rm_loan_book',
  columns: {
    loan_id: 'text',
    customer_id: 'text',
    product: 'text',
    product_kind: 'text',
    purpose: 'text',
    funding_project_id: 'text',
    applied_amount_ore: 'bigint',
    applied_on: 'date',
    applied_by: 'text',
    applied_at: 'timestamptz',
    stage: 'text',
    status: 'text',
  },
  key: ['loan_id'],
};

/** A stage never moves back, so an old event applied again cannot undo a later one. */
const STAGE_RANK = `ARRAY['applied', 'grant_decided', 'rejected', 'approved', 'closed']::text[]`;

const ADVANCE: UpdateSpec<LifeCyclePatch> = {
  table: 'rm_loan_book',
  columns: {
    loan_id: 'text',
    stage: 'text',
    decided_on: 'date',
    decided_by: 'text',
    decided_at: 'timestamptz',
    rejection_reason: 'text',
    granted_amount_ore: 'bigint',
    interest_rate_basis_points: 'integer',
    term_months: 'integer',
    approved_on: 'date',
    approved_by: 'text',
    approved_at: 'timestamptz',
    product_kind: 'text',
    closed_on: 'date',
    closed_by: 'text',
    closed_at: 'timestamptz',
  },
  key: ['loan_id'],
  set: `stage = CASE WHEN array_position(${STAGE_RANK}, x.stage) > array_position(${STAGE_RANK}, t.stage) THEN x.stage ELSE t.stage END,
        decided_on = COALESCE(x.decided_on, t.decided_on), decided_by = COALESCE(x.decided_by, t.decided_by), decided_at = COALESCE(x.decided_at, t.decided_at),
        rejection_reason = COALESCE(x.rejection_reason, t.rejection_reason),
        granted_amount_ore = COALESCE(x.granted_amount_ore, t.granted_amount_ore),
        interest_rate_basis_points = COALESCE(x.interest_rate_basis_points, t.interest_rate_basis_points),
        term_months = COALESCE(x.term_months, t.term_months),
        approved_on = COALESCE(x.approved_on, t.approved_on), approved_by = COALESCE(x.approved_by, t.approved_by), approved_at = COALESCE(x.approved_at, t.approved_at),
        product_kind = COALESCE(x.product_kind, t.product_kind),
        closed_on = COALESCE(x.closed_on, t.closed_on), closed_by = COALESCE(x.closed_by, t.closed_by), closed_at = COALESCE(x.closed_at, t.closed_at)`,
};

const EVENT_COLUMNS = {
  event_id: 'uuid',
  loan_id: 'text',
  commit: 'bigint',
  prepare: 'bigint',
  type: 'text',
  business_date: 'date',
  recorded_at: 'timestamptz',
  recorded_by: 'text',
  movement_id: 'text',
  amount_ore: 'bigint',
  principal_ore: 'bigint',
  interest_ore: 'bigint',
  fees_ore: 'bigint',
  reason: 'text',
} as const satisfies Record<keyof EventRow, string>;

/**
 * The status a credit office works by, from the stage and the money: applied (awaiting decision),
 * granted (decided, awaiting the four-eyes approval), approved (to disburse or disbursing: less than
 * the grant paid out), active (paid out, or a guarantee in force), written_off (nothing outstanding
 * after a write-off), closed, rejected.
 */
export const STATUS_SQL = `CASE stage
    WHEN 'applied' THEN 'applied' WHEN 'grant_decided' THEN 'granted' WHEN 'rejected' THEN 'rejected' WHEN 'closed' THEN 'closed'
    ELSE CASE
      WHEN written_off_ore > 0 AND disbursed_ore - repaid_principal_ore - written_off_ore <= 0 THEN 'written_off'
      WHEN product_kind <> 'guarantee' AND disbursed_ore < COALESCE(granted_amount_ore, 0) THEN 'approved'
      ELSE 'active' END
  END`;

/**
 * rm_loan_book and rm_loan_book_events. Each loan event is stored once (keyed by its id); the money
 * of only the events stored for the first time is added to the loan, so applying a batch again
 * changes nothing, and the status is derived again for every loan the batch touched.
 */
export function loanBookProjection(): Projection {
  return {
    name: 'loan-book',
    tables: ['rm_loan_book', 'rm_loan_book_events'],
    eventTypes: LOAN_EVENT_TYPES,
    async apply(recorded, tx) {
      const applications: ApplicationRow[] = [];
      const patches = new Map<string, LifeCyclePatch>();
      const rows: EventRow[] = [];
      const advance = (loanId: string, changes: Omit<LifeCyclePatch, 'loan_id'>): void => {
        const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
        patches.set(loanId, { ...(patches.get(loanId) ?? { loan_id: loanId }), ...given });
      };
      for (const event of eventsOf<LoanEvent>(recorded, LOAN_EVENT_TYPES)) {
        const by = event.metadata.userId;
        const at = event.recordedAt.toISOString();
        const row = (business_date: string, extra: Partial<EventRow> = {}): void => {
          rows.push({
            event_id: event.id,
            loan_id: event.data.loanId,
            commit: event.position.commit,
            prepare: event.position.prepare,
            type: event.type,
            business_date,
            recorded_at: at,
            recorded_by: by,
            principal_ore: 0,
            interest_ore: 0,
            fees_ore: 0,
            ...extra,
          });
        };
        switch (event.type) {
          case 'LoanApplicationRegistered': {
            const d = event.data;
            applications.push({
              loan_id: d.loanId,
              customer_id: d.customerId,
              product: d.product,
              product_kind: d.productKind,
              purpose: d.purpose,
              funding_project_id: d.fundingProjectId,
              applied_amount_ore: d.amountOre,
              applied_on: d.appliedOn,
              applied_by: by,
              applied_at: at,
              stage: 'applied',
              status: 'applied',
            });
            row(d.appliedOn, { amount_ore: d.amountOre });
            break;
          }
          case 'LoanGrantDecided': {
            const d = event.data;
            advance(d.loanId, {
              stage: 'grant_decided',
              decided_on: d.decidedOn,
              decided_by: d.decidedBy,
              decided_at: at,
              granted_amount_ore: d.amountOre,
              interest_rate_basis_points: d.interestRateBasisPoints,
              term_months: d.termMonths,
            });
            row(d.decidedOn, { amount_ore: d.amountOre });
            break;
          }
          case 'LoanRejected': {
            const d = event.data;
            advance(d.loanId, { stage: 'rejected', decided_on: d.decidedOn, decided_by: d.decidedBy, decided_at: at, rejection_reason: d.reason });
            row(d.decidedOn, { reason: d.reason });
            break;
          }
          case 'LoanApproved': {
            const d = event.data;
            advance(d.loanId, {
              stage: 'approved',
              approved_on: d.approvedOn,
              approved_by: d.approvedBy,
              approved_at: at,
              decided_by: d.decidedBy,
              granted_amount_ore: d.grantedAmountOre,
              interest_rate_basis_points: d.interestRateBasisPoints,
              term_months: d.termMonths,
              product_kind: d.productKind,
            });
            row(d.approvedOn, { amount_ore: d.grantedAmountOre });
            break;
          }
          case 'LoanDisbursed':
            row(event.data.disbursedOn, { movement_id: event.data.disbursementId, amount_ore: event.data.amountOre, principal_ore: event.data.amountOre });
            break;
          case 'LoanRepaymentRecorded': {
            const d = event.data;
            row(d.paidOn, {
              movement_id: d.repaymentId,
              amount_ore: d.principalOre + d.interestOre + d.feesOre,
              principal_ore: d.principalOre,
              interest_ore: d.interestOre,
              fees_ore: d.feesOre,
            });
            break;
          }
          case 'LoanWrittenOff':
            row(event.data.writtenOffOn, { amount_ore: event.data.amountOre, principal_ore: event.data.amountOre, reason: event.data.reason });
            break;
          case 'LoanClosed':
            advance(event.data.loanId, { stage: 'closed', closed_on: event.data.closedOn, closed_by: by, closed_at: at });
            row(event.data.closedOn);
            break;
          default:
            assertNever(event);
        }
      }
      if (rows.length === 0) return;
      await upsertRows(tx, APPLY, applications);
      await updateRows(tx, ADVANCE, [...patches.values()]);
      const book = tx.table('rm_loan_book');
      const columns = Object.keys(EVENT_COLUMNS).join(', ');
      // The money of the events stored now for the first time (a replayed event inserts nothing), then every touched loan's status.
      await tx.query(
        `WITH fresh AS (
           INSERT INTO ${tx.table('rm_loan_book_events')} (${columns})
           SELECT ${columns} FROM ${recordset(EVENT_COLUMNS)}
           ON CONFLICT (event_id) DO NOTHING
           RETURNING loan_id, type, principal_ore, interest_ore, fees_ore
         ), sums AS (
           SELECT loan_id,
                  coalesce(sum(principal_ore) FILTER (WHERE type = 'LoanDisbursed'), 0) AS disbursed,
                  coalesce(sum(principal_ore) FILTER (WHERE type = 'LoanRepaymentRecorded'), 0) AS repaid,
                  coalesce(sum(interest_ore), 0) AS interest,
                  coalesce(sum(fees_ore), 0) AS fees,
                  coalesce(sum(principal_ore) FILTER (WHERE type = 'LoanWrittenOff'), 0) AS written_off
             FROM fresh GROUP BY loan_id
         )
         UPDATE ${book} AS t SET disbursed_ore = t.disbursed_ore + s.disbursed, repaid_principal_ore = t.repaid_principal_ore + s.repaid,
                interest_ore = t.interest_ore + s.interest, fees_ore = t.fees_ore + s.fees, written_off_ore = t.written_off_ore + s.written_off
           FROM sums s WHERE t.loan_id = s.loan_id`,
        [JSON.stringify(rows)],
      );
      const touched = [...new Set(rows.map((r) => r.loan_id))];
      await tx.query(`UPDATE ${book} SET status = ${STATUS_SQL} WHERE loan_id = ANY($1::text[]) AND status IS DISTINCT FROM (${STATUS_SQL})`, [touched]);
    },
  };
}
