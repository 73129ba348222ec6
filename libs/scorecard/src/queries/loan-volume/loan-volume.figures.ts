import { REGIONS } from '#libs/decider';
import { TARGET_GROUPS } from '#libs/customers';
import { num, scopeOf, type ReadModelSql } from '../../figures.js';
import { addDays, quartersEndingWith, type FigureFilter } from '../../period.js';
import { RETURN_ON_LENDING_GOAL_PERCENT, type LoanAmountsDto, type LoanVolumeResponse } from './loan-volume.response.js';

const QUARTERS = 12;

/** Outstanding principal moves up with a disbursement and down with repaid principal and write-offs. */
const SIGNED = `CASE kind WHEN 'disbursement' THEN principal WHEN 'repayment' THEN -principal WHEN 'write_off' THEN -principal ELSE 0 END`;

/**
 * $1 from, $2 to, $3 region or null, $4 the slot bounds (the first day of each of the 12 quarters,
 * then the day after the period's end), $5 the last quarter's end.
 *
 * The balances need every transaction up to the last quarter end. One scan puts each transaction
 * in a slot with width_bucket: 0 = before the 12 quarters, 1..12 = the quarters, the last split at
 * the period's end (12 = up to it, 13 = after it). The quarter-end balances, the balance at the
 * period's end and the income are then conditional sums over those few slot rows: twelve
 * conditional sums per transaction measured four times slower at ten years of history.
 */
const SQL = `
WITH granted AS (
  SELECT l.product, l.product_kind, l.granted_amount_ore AS amount, c.region,
         coalesce(g.target_group, 'unclassified') AS target_group
    FROM rm_loans l
    LEFT JOIN rm_customers c ON c.customer_id = l.customer_id
    LEFT JOIN LATERAL (
      SELECT k.target_group FROM rm_customer_classifications k
       WHERE k.customer_id = l.customer_id AND k.effective_from <= l.approved_on
       ORDER BY k.effective_from DESC LIMIT 1) g ON true
   WHERE l.approved_on BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR c.region = $3::text)
), granted_cuts AS (
  SELECT GROUPING(product, product_kind) = 0 AS by_product, GROUPING(region) = 0 AS by_region, GROUPING(target_group) = 0 AS by_target_group,
         product, product_kind, region, target_group, count(*) AS loans, coalesce(sum(amount), 0) AS volume
    FROM granted
   GROUP BY GROUPING SETS ((), (product, product_kind), (region), (target_group))
), flows AS (
  SELECT GROUPING(t.product) = 0 AS by_product, GROUPING(c.region) = 0 AS by_region, t.product, c.region,
         coalesce(sum(t.principal_ore) FILTER (WHERE t.kind = 'disbursement'), 0) AS disbursed,
         coalesce(sum(t.principal_ore) FILTER (WHERE t.kind = 'repayment'), 0) AS repaid_principal,
         coalesce(sum(t.interest_ore) FILTER (WHERE t.kind = 'repayment'), 0) AS interest,
         coalesce(sum(t.fees_ore) FILTER (WHERE t.kind = 'repayment'), 0) AS fees,
         coalesce(sum(t.principal_ore) FILTER (WHERE t.kind = 'write_off'), 0) AS written_off
    FROM rm_loan_transactions t
    LEFT JOIN rm_customers c ON c.customer_id = t.customer_id
   WHERE t.booked_on BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR c.region = $3::text)
   GROUP BY GROUPING SETS ((), (t.product), (c.region))
), slots AS (
  SELECT width_bucket(t.booked_on, $4::date[]) AS slot, t.kind,
         sum(t.principal_ore) AS principal, sum(t.interest_ore) AS interest, sum(t.fees_ore) AS fees
    FROM rm_loan_transactions t
    LEFT JOIN rm_customers c ON c.customer_id = t.customer_id
   WHERE t.booked_on <= $5::date AND ($3::text IS NULL OR c.region = $3::text)
   GROUP BY 1, 2
), balances AS (
  SELECT ${Array.from({ length: QUARTERS }, (_, i) => `coalesce(sum(${SIGNED}) FILTER (WHERE slot <= ${i + 1 < QUARTERS ? i + 1 : QUARTERS + 1}), 0) AS q${i}`).join(',\n         ')},
         coalesce(sum(${SIGNED}) FILTER (WHERE slot <= ${QUARTERS}), 0) AS at_end,
         coalesce(sum(interest) FILTER (WHERE kind = 'repayment' AND slot >= 1), 0) AS interest,
         coalesce(sum(fees) FILTER (WHERE kind = 'repayment' AND slot >= 1), 0) AS fees,
         coalesce(sum(principal) FILTER (WHERE kind = 'write_off' AND slot >= 1), 0) AS written_off
    FROM slots
)
SELECT (SELECT coalesce(json_agg(granted_cuts), '[]') FROM granted_cuts) AS granted,
       (SELECT coalesce(json_agg(f), '[]') FROM (
          SELECT flows.*, kind.product_kind FROM flows
            LEFT JOIN LATERAL (SELECT l.product_kind FROM rm_loans l WHERE l.product = flows.product LIMIT 1) kind ON flows.by_product) f) AS flows,
       (SELECT row_to_json(balances) FROM balances) AS balances`;

interface GrantedCut {
  by_product: boolean;
  by_region: boolean;
  by_target_group: boolean;
  product: string | null;
  product_kind: string | null;
  region: string | null;
  target_group: string | null;
  loans: number;
  volume: number;
}

interface FlowCut {
  by_product: boolean;
  by_region: boolean;
  product: string | null;
  product_kind: string | null;
  region: string | null;
  disbursed: number;
  repaid_principal: number;
  interest: number;
  fees: number;
  written_off: number;
}

type Balances = Record<`q${number}`, number> & { at_end: number; interest: number; fees: number; written_off: number };

const amounts = (granted: GrantedCut | undefined, flow: FlowCut | undefined): LoanAmountsDto => ({
  loansGranted: num(granted?.loans),
  grantedVolumeOre: num(granted?.volume),
  newLendingVolumeOre: num(flow?.disbursed),
  repaidPrincipalOre: num(flow?.repaid_principal),
  interestOre: num(flow?.interest),
  feesOre: num(flow?.fees),
  writtenOffOre: num(flow?.written_off),
});

/** Figures 1–4 for a period and optional region (the customer's latest region). */
export async function loanVolumeFigures(sql: ReadModelSql, filter: FigureFilter): Promise<LoanVolumeResponse> {
  const { period } = filter;
  const quarters = quartersEndingWith(period.to, QUARTERS);
  const windowFrom = quarters[0]!.start;
  const windowTo = quarters[QUARTERS - 1]!.end;
  const slotBounds = [...quarters.map((q) => q.start), addDays(period.to, 1)];
  const [row] = await sql.query(SQL, [period.from, period.to, filter.region ?? null, slotBounds, windowTo]);
  const granted = row.granted as GrantedCut[];
  const flows = row.flows as FlowCut[];
  const balances = (row.balances ?? {}) as Partial<Balances>;

  const isTotal = (cut: GrantedCut | FlowCut): boolean => !cut.by_product && !cut.by_region && !('by_target_group' in cut && cut.by_target_group);
  const products = [...new Set([...granted.filter((g) => g.by_product), ...flows.filter((f) => f.by_product)].map((c) => c.product as string))].sort();

  const balanceAt = quarters.map((q, i) => ({ quarter: q.label, end: q.end, outstandingPrincipalOre: num(balances[`q${i}`]) }));
  const mean = balanceAt.reduce((sum, q) => sum + q.outstandingPrincipalOre, 0) / QUARTERS;
  const interestOre = num(balances.interest);
  const feesOre = num(balances.fees);
  const writtenOffOre = num(balances.written_off);
  const incomeOre = interestOre + feesOre - writtenOffOre;

  return {
    ...scopeOf(filter),
    totals: amounts(granted.find(isTotal), flows.find(isTotal)),
    outstandingPrincipalOre: num(balances.at_end),
    byProduct: products.map((product) => {
      const g = granted.find((c) => c.by_product && c.product === product);
      const f = flows.find((c) => c.by_product && c.product === product);
      return { product, productKind: g?.product_kind ?? f?.product_kind ?? null, ...amounts(g, f) };
    }),
    byRegion: REGIONS.filter((r) => filter.region === undefined || r === filter.region).map((region) => ({
      region,
      ...amounts(
        granted.find((c) => c.by_region && c.region === region),
        flows.find((c) => c.by_region && c.region === region),
      ),
    })),
    byTargetGroup: [...TARGET_GROUPS, 'unclassified' as const].map((targetGroup) => {
      const g = granted.find((c) => c.by_target_group && c.target_group === targetGroup);
      return { targetGroup, loansGranted: num(g?.loans), grantedVolumeOre: num(g?.volume) };
    }),
    returnOnLending: {
      from: windowFrom,
      to: windowTo,
      quarters: balanceAt,
      interestOre,
      feesOre,
      writtenOffOre,
      incomeOre,
      meanOutstandingPrincipalOre: mean,
      returnPercent: mean === 0 ? null : (incomeOre / mean / 3) * 100,
      goalPercent: RETURN_ON_LENDING_GOAL_PERCENT,
    },
  };
}
