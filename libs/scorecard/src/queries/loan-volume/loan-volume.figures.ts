import { REGIONS, type BusinessDate } from '#libs/decider';
import { TARGET_GROUPS } from '#libs/customers';
import { num, scopeOf, type ReadModelSql } from '../../figures.js';
import { addDays, monthEnd, monthOf, monthStart, quartersEndingWith, yearOf, type FigureFilter } from '../../period.js';
import { RETURN_ON_LENDING_GOAL_PERCENT, type LoanAmountsDto, type LoanVolumeResponse } from './loan-volume.response.js';

const QUARTERS = 12;

/**
 * $1 from, $2 to, $3 region or null, $4 the first days of the 12 quarters, $5 the last quarter's
 * end, $6 the first month the balance at the period's end does not cover whole (its transactions
 * from that day to $2 are added one by one), $7..$8 the whole months inside the period (from
 * included, to excluded), $9 the last day before them: the days from $1 to $9 and from $8 to $2 are
 * the period's partial months, read from the transactions.
 *
 * The granted loans look up their customer's region and target group one by one (the period's
 * loans, not the whole customer register). Money comes from the loans projection's monthly rollup,
 * cut by the customer's latest region as that projection keeps it: a year's flows read a few
 * hundred rollup rows, and the balances at the quarter ends one row per month, product and region
 * of history instead of every transaction ever booked. Each rollup month goes in a slot by
 * width_bucket (0 = before the 12 quarters, 1..12 = the quarters); the quarter-end balances and
 * the income are conditional sums over those few slot rows.
 */
const SQL = `
WITH granted AS (
  SELECT x.* FROM (
    SELECT l.product, l.product_kind, l.granted_amount_ore AS amount,
           (SELECT c.region FROM rm_customers c WHERE c.customer_id = l.customer_id) AS region,
           coalesce((SELECT k.target_group FROM rm_customer_classifications k
                      WHERE k.customer_id = l.customer_id AND k.effective_from <= l.approved_on
                      ORDER BY k.effective_from DESC LIMIT 1), 'unclassified') AS target_group
      FROM rm_loans l
     WHERE l.approved_on BETWEEN $1::date AND $2::date) x
   WHERE $3::text IS NULL OR x.region = $3::text
), granted_cuts AS (
  SELECT GROUPING(product, product_kind) = 0 AS by_product, GROUPING(region) = 0 AS by_region, GROUPING(target_group) = 0 AS by_target_group,
         product, product_kind, region, target_group, count(*) AS loans, coalesce(sum(amount), 0) AS volume
    FROM granted
   GROUP BY GROUPING SETS ((), (product, product_kind), (region), (target_group))
), moves AS (
  SELECT m.product, nullif(m.region, '') AS region, m.disbursed_ore AS disbursed, m.repaid_principal_ore AS repaid_principal,
         m.interest_ore AS interest, m.fees_ore AS fees, m.written_off_ore AS written_off
    FROM rm_loan_money_monthly m
   WHERE m.month >= $7::date AND m.month < $8::date AND ($3::text IS NULL OR m.region = $3::text)
  UNION ALL
  SELECT t.product, r.region,
         CASE WHEN t.kind = 'disbursement' THEN t.principal_ore ELSE 0 END,
         CASE WHEN t.kind = 'repayment' THEN t.principal_ore ELSE 0 END,
         CASE WHEN t.kind = 'repayment' THEN t.interest_ore ELSE 0 END,
         CASE WHEN t.kind = 'repayment' THEN t.fees_ore ELSE 0 END,
         CASE WHEN t.kind = 'write_off' THEN t.principal_ore ELSE 0 END
    FROM rm_loan_transactions t
    LEFT JOIN rm_loan_customer_regions r ON r.customer_id = t.customer_id
   WHERE (t.booked_on BETWEEN $1::date AND $9::date OR t.booked_on BETWEEN $8::date AND $2::date) AND ($3::text IS NULL OR r.region = $3::text)
), flows AS (
  SELECT GROUPING(product) = 0 AS by_product, GROUPING(region) = 0 AS by_region, product, region,
         coalesce(sum(disbursed), 0) AS disbursed, coalesce(sum(repaid_principal), 0) AS repaid_principal,
         coalesce(sum(interest), 0) AS interest, coalesce(sum(fees), 0) AS fees, coalesce(sum(written_off), 0) AS written_off
    FROM moves
   GROUP BY GROUPING SETS ((), (product), (region))
), slots AS (
  SELECT width_bucket(m.month, $4::date[]) AS slot, m.month < $6::date AS by_end,
         sum(m.disbursed_ore - m.repaid_principal_ore - m.written_off_ore) AS net,
         sum(m.interest_ore) AS interest, sum(m.fees_ore) AS fees, sum(m.written_off_ore) AS written_off
    FROM rm_loan_money_monthly m
   WHERE m.month <= $5::date AND ($3::text IS NULL OR m.region = $3::text)
   GROUP BY 1, 2
), partial_month AS (
  SELECT coalesce(sum(CASE t.kind WHEN 'disbursement' THEN t.principal_ore WHEN 'repayment' THEN -t.principal_ore WHEN 'write_off' THEN -t.principal_ore ELSE 0 END), 0) AS net
    FROM rm_loan_transactions t
    LEFT JOIN rm_loan_customer_regions r ON r.customer_id = t.customer_id
   WHERE t.booked_on BETWEEN $6::date AND $2::date AND ($3::text IS NULL OR r.region = $3::text)
), balances AS (
  SELECT ${Array.from({ length: QUARTERS }, (_, i) => `coalesce(sum(net) FILTER (WHERE slot <= ${i + 1}), 0) AS q${i}`).join(',\n         ')},
         coalesce(sum(net) FILTER (WHERE by_end), 0) + (SELECT net FROM partial_month) AS at_end,
         coalesce(sum(interest) FILTER (WHERE slot >= 1), 0) AS interest,
         coalesce(sum(fees) FILTER (WHERE slot >= 1), 0) AS fees,
         coalesce(sum(written_off) FILTER (WHERE slot >= 1), 0) AS written_off
    FROM slots
)
SELECT (SELECT coalesce(json_agg(granted_cuts), '[]') FROM granted_cuts) AS granted,
       (SELECT coalesce(json_agg(f), '[]') FROM (
          SELECT flows.*, kind.product_kind FROM flows
            LEFT JOIN LATERAL (SELECT l.product_kind FROM rm_loans l WHERE flows.by_product AND l.product = flows.product LIMIT 1) kind ON true) f) AS flows,
       (SELECT row_to_json(balances) FROM balances) AS balances`;

/** The first day of the month after the one `date` is in. */
const nextMonthStart = (date: BusinessDate): BusinessDate => addDays(monthEnd(yearOf(date), monthOf(date)), 1);
const monthStartOf = (date: BusinessDate): BusinessDate => monthStart(yearOf(date), monthOf(date));
const isMonthEnd = (date: BusinessDate): boolean => date === monthEnd(yearOf(date), monthOf(date));

/**
 * The whole months inside from..to ([wholeFrom, wholeUntil) as month starts) and the last day of
 * the partial month before them; without a whole month, every day is "before" and none after.
 */
const wholeMonthsOf = (from: BusinessDate, to: BusinessDate): { wholeFrom: BusinessDate; wholeUntil: BusinessDate; beforeTo: BusinessDate } => {
  const wholeFrom = from.endsWith('-01') ? from : nextMonthStart(from);
  const wholeUntil = isMonthEnd(to) ? addDays(to, 1) : monthStartOf(to);
  if (wholeFrom >= wholeUntil) return { wholeFrom: addDays(to, 1), wholeUntil: addDays(to, 1), beforeTo: to };
  return { wholeFrom, wholeUntil, beforeTo: addDays(wholeFrom, -1) };
};

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
  const endMonth = isMonthEnd(period.to) ? addDays(period.to, 1) : monthStartOf(period.to);
  const { wholeFrom, wholeUntil, beforeTo } = wholeMonthsOf(period.from, period.to);
  const [row] = await sql.query(SQL, [period.from, period.to, filter.region ?? null, quarters.map((q) => q.start), windowTo, endMonth, wholeFrom, wholeUntil, beforeTo]);
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
