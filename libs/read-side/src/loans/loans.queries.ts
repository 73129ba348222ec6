import { type Actor } from '#libs/decider';
import { dayOrNull, decodeCursor, DEFAULT_LIMIT, iso, num, readPosition, toPage, type Page } from '../common/paging.js';
import type { Sql } from '../customers/customers.queries.js';
import type { LoanDetailDto, LoanSummaryDto } from './loans.dto.js';

export const LOAN_PROJECTIONS = ['loan-book', 'customer-directory'];

const SUMMARY = `b.loan_id, b.customer_id, c.name AS customer_name, b.product, b.product_kind, b.status, b.applied_amount_ore,
       b.applied_on::text AS applied_on, b.applied_by, b.granted_amount_ore, b.decided_on::text AS decided_on, b.decided_by,
       b.approved_on::text AS approved_on, b.approved_by, b.disbursed_ore,
       b.disbursed_ore - b.repaid_principal_ore - b.written_off_ore AS outstanding_ore`;

const summary = (row: any): LoanSummaryDto => ({
  loanId: row.loan_id,
  customerId: row.customer_id,
  customerName: row.customer_name ?? null,
  product: row.product,
  productKind: row.product_kind,
  status: row.status,
  appliedAmountOre: num(row.applied_amount_ore),
  appliedOn: row.applied_on,
  appliedBy: row.applied_by,
  grantedAmountOre: row.granted_amount_ore === null ? null : num(row.granted_amount_ore),
  decidedOn: row.decided_on,
  decidedBy: row.decided_by,
  approvedOn: row.approved_on,
  approvedBy: row.approved_by,
  disbursedOre: num(row.disbursed_ore),
  outstandingOre: num(row.outstanding_ore),
});

interface LoanFilter {
  status?: string;
  product?: string;
  customerId?: string;
  officerId?: string;
  /** Granted loans another officer decided: the four-eyes worklist. */
  notDecidedBy?: string;
}

/**
 * Loans by application date and id: newest first for the book, oldest first for a worklist (what
 * has waited longest comes first).
 */
export async function listLoans(sql: Sql, filter: LoanFilter, paging: { limit?: number; cursor?: string }, order: 'newest' | 'oldest'): Promise<Page<LoanSummaryDto>> {
  const limit = paging.limit ?? DEFAULT_LIMIT;
  const after = decodeCursor(paging.cursor, 2);
  const params: unknown[] = [];
  const where: string[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter.status) where.push(`b.status = ${param(filter.status)}`);
  if (filter.product) where.push(`b.product = ${param(filter.product)}`);
  if (filter.customerId) where.push(`b.customer_id = ${param(filter.customerId.replace('-', ''))}`);
  if (filter.officerId) {
    const p = param(filter.officerId);
    where.push(`(b.applied_by = ${p} OR b.decided_by = ${p} OR b.approved_by = ${p})`);
  }
  if (filter.notDecidedBy) where.push(`b.decided_by IS DISTINCT FROM ${param(filter.notDecidedBy)}`);
  const direction = order === 'newest' ? 'DESC' : 'ASC';
  if (after) where.push(`(b.applied_on, b.loan_id) ${order === 'newest' ? '<' : '>'} (${param(after[0])}::date, ${param(after[1])}::text)`);
  const position = await readPosition(sql, LOAN_PROJECTIONS);
  const rows = await sql.query(
    `SELECT ${SUMMARY} FROM rm_loan_book b LEFT JOIN rm_customer_directory c ON c.customer_id = b.customer_id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY b.applied_on ${direction}, b.loan_id ${direction} LIMIT ${limit + 1}`,
    params,
  );
  return toPage(rows, limit, (row) => [row.applied_on, row.loan_id], summary, position);
}

export const awaitingDecision = (sql: Sql, paging: { limit?: number; cursor?: string }) => listLoans(sql, { status: 'applied' }, paging, 'oldest');

export const awaitingApproval = (sql: Sql, actor: Actor, paging: { limit?: number; cursor?: string }) =>
  listLoans(sql, { status: 'granted', notDecidedBy: actor.userId }, paging, 'oldest');

const STEP: Record<string, string> = {
  LoanApplicationRegistered: 'applied',
  LoanGrantDecided: 'granted',
  LoanRejected: 'rejected',
  LoanApproved: 'approved',
  LoanClosed: 'closed',
};
const MOVEMENT: Record<string, string> = { LoanDisbursed: 'disbursement', LoanRepaymentRecorded: 'repayment', LoanWrittenOff: 'write_off' };

/** Today's business date, in Europe/Stockholm (as commands default it). */
export const todayInStockholm = (): string => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

const PRINCIPAL_SIGN: Record<string, number> = { LoanDisbursed: 1, LoanRepaymentRecorded: -1, LoanWrittenOff: -1 };

/** Outstanding principal at the end of a business date: disbursed − repaid principal − written off, up to it. */
const outstandingBy = (movements: readonly any[], on: string): number =>
  movements.filter((m) => m.business_date <= on).reduce((sum, m) => sum + PRINCIPAL_SIGN[m.type] * num(m.principal_ore), 0);

export async function loanDetail(sql: Sql, loanId: string, on: string | undefined): Promise<LoanDetailDto | undefined> {
  const position = await readPosition(sql, LOAN_PROJECTIONS);
  const [rows, events] = await Promise.all([
    sql.query(
      `SELECT ${SUMMARY}, b.purpose, b.funding_project_id, b.interest_rate_basis_points, b.term_months, b.rejection_reason, b.closed_on::text AS closed_on,
              b.repaid_principal_ore, b.interest_ore, b.fees_ore, b.written_off_ore, b.stage
         FROM rm_loan_book b LEFT JOIN rm_customer_directory c ON c.customer_id = b.customer_id WHERE b.loan_id = $1`,
      [loanId],
    ),
    sql.query(
      `SELECT event_id, type, business_date::text AS business_date, recorded_at, recorded_by, movement_id, amount_ore, principal_ore, interest_ore, fees_ore, reason
         FROM rm_loan_book_events WHERE loan_id = $1 ORDER BY commit, prepare`,
      [loanId],
    ),
  ]);
  const row = rows[0];
  if (!row) return undefined;
  const movements = events.filter((e: any) => MOVEMENT[e.type]);
  const granted = row.granted_amount_ore === null ? null : num(row.granted_amount_ore);
  const disbursed = num(row.disbursed_ore);
  const disbursing = row.stage === 'approved' && row.product_kind !== 'guarantee';
  return {
    ...summary(row),
    purpose: row.purpose,
    fundingProjectId: row.funding_project_id,
    interestRateBasisPoints: row.interest_rate_basis_points,
    termMonths: row.term_months,
    rejectionReason: row.rejection_reason,
    closedOn: dayOrNull(row.closed_on),
    lifeCycle: events.filter((e: any) => STEP[e.type]).map((e: any) => ({ step: STEP[e.type], on: e.business_date, by: e.recorded_by, recordedAt: iso(e.recorded_at)! })),
    amounts: {
      grantedOre: granted,
      disbursedOre: disbursed,
      remainingToDisburseOre: disbursing ? Math.max(0, (granted ?? 0) - disbursed) : 0,
      repaidPrincipalOre: num(row.repaid_principal_ore),
      interestOre: num(row.interest_ore),
      feesOre: num(row.fees_ore),
      writtenOffOre: num(row.written_off_ore),
      outstandingOre: outstandingBy(movements, todayInStockholm()),
    },
    ...(on ? { outstandingOn: { on, outstandingOre: outstandingBy(movements, on) } } : {}),
    movements: movements.map((m: any) => ({
      eventId: m.event_id,
      kind: MOVEMENT[m.type],
      movementId: m.movement_id,
      on: m.business_date,
      amountOre: num(m.amount_ore),
      principalOre: num(m.principal_ore),
      interestOre: num(m.interest_ore),
      feesOre: num(m.fees_ore),
      reason: m.reason,
      recordedBy: m.recorded_by,
      recordedAt: iso(m.recorded_at)!,
    })),
    position,
  };
}
