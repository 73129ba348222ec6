import { REGIONS, type Region } from '#libs/decider';
import { scopeOf, type ReadModelSql } from '../../figures.js';
import type { FigureFilter } from '../../period.js';
import type { GrowthIndexResponse, GrowthIndexTermsDto, GrowthRatioTermDto, SurvivalTermDto } from './growth-index.response.js';

/** The contract's defaults when no parameters are set for the cohort year. */
export const DEFAULT_GROWTH_PARAMETERS = { revenueWeight: 1 / 3, valueAddedWeight: 1 / 3, survivalWeight: 1 / 3, horizonYears: 2 };

/** $1 first day of Y, $2 last day of Y, $3 base year, $4 end year, $5 region or null. */
const COHORT_SQL = `
WITH cohort AS (
  SELECT customer_id FROM rm_loans WHERE approved_on BETWEEN $1::date AND $2::date
  UNION
  SELECT customer_id FROM rm_module_deliveries WHERE delivered_on BETWEEN $1::date AND $2::date AND NOT voided
)
SELECT k.customer_id, c.region,
       b.customer_id IS NOT NULL AS has_base, b.revenue_ore AS base_revenue, b.value_added_ore AS base_value_added,
       e.revenue_ore AS end_revenue, e.value_added_ore AS end_value_added, coalesce(e.active, false) AS end_active
  FROM cohort k
  LEFT JOIN rm_customers c ON c.customer_id = k.customer_id
  LEFT JOIN rm_customer_financials b ON b.customer_id = k.customer_id AND b.year = $3::int
  LEFT JOIN rm_customer_financials e ON e.customer_id = k.customer_id AND e.year = $4::int
 WHERE $5::text IS NULL OR c.region = $5::text`;

interface CohortRow {
  customer_id: string;
  region: Region | null;
  has_base: boolean;
  base_revenue: string | number | null;
  base_value_added: string | number | null;
  end_revenue: string | number | null;
  end_value_added: string | number | null;
  end_active: boolean;
}

interface ControlRow {
  region: Region;
  revenue_growth: number;
  value_added_growth: number;
  survival_rate: number;
}

const n = (v: string | number | null): number | null => (v === null ? null : Number(v));

interface Sums {
  customers: number;
  baseOre: number;
  endOre: number;
}

const sums = (rows: readonly CohortRow[], base: (r: CohortRow) => number | null, end: (r: CohortRow) => number | null): Sums => {
  const both = rows.filter((r) => base(r) !== null && end(r) !== null);
  return { customers: both.length, baseOre: both.reduce((s, r) => s + base(r)!, 0), endOre: both.reduce((s, r) => s + end(r)!, 0) };
};

/**
 * The control value for the customers asked about: one region's as entered; for both regions, the
 * two regions' values weighted by how many cohort customers of each region enter the term. null
 * when a region that contributes customers has no control group entered.
 */
const controlFor = (perRegion: ReadonlyMap<Region, number>, weights: ReadonlyMap<Region, number>): number | null => {
  let total = 0;
  let weighted = 0;
  for (const [region, weight] of weights) {
    if (weight === 0) continue;
    const value = perRegion.get(region);
    if (value === undefined) return null;
    total += weight;
    weighted += weight * value;
  }
  return total === 0 ? null : weighted / total;
};

const countBy = (rows: readonly CohortRow[], include: (r: CohortRow) => boolean): Map<Region, number> =>
  new Map(REGIONS.map((region) => [region, rows.filter((r) => r.region === region && include(r)).length]));

/** The index and its terms over some cohort customers (all of the filter, or one region's). */
export function growthTerms(rows: readonly CohortRow[], controls: readonly ControlRow[], weights: typeof DEFAULT_GROWTH_PARAMETERS): GrowthIndexTermsDto {
  const control = (pick: (c: ControlRow) => number) => new Map(controls.map((c) => [c.region, pick(c)]));
  const ratioTerm = (base: (r: CohortRow) => number | null, end: (r: CohortRow) => number | null, pick: (c: ControlRow) => number): GrowthRatioTermDto => {
    const s = sums(rows, base, end);
    const growth = s.customers === 0 || s.baseOre === 0 ? null : s.endOre / s.baseOre - 1;
    const c = controlFor(
      control(pick),
      countBy(rows, (r) => base(r) !== null && end(r) !== null),
    );
    const ratio = growth === null || c === null || 1 + c === 0 ? null : (1 + growth) / (1 + c);
    return { ...s, growth, control: c, ratio };
  };
  const revenue = ratioTerm(
    (r) => n(r.base_revenue),
    (r) => n(r.end_revenue),
    (c) => c.revenue_growth,
  );
  const valueAdded = ratioTerm(
    (r) => n(r.base_value_added),
    (r) => n(r.end_value_added),
    (c) => c.value_added_growth,
  );
  const withBase = rows.filter((r) => r.has_base);
  const active = withBase.filter((r) => r.end_active).length;
  const rate = withBase.length === 0 ? null : active / withBase.length;
  const survivalControl = controlFor(
    control((c) => c.survival_rate),
    countBy(withBase, () => true),
  );
  const survival: SurvivalTermDto = {
    withBaseYearFinancials: withBase.length,
    activeAtEnd: active,
    rate,
    control: survivalControl,
    ratio: rate === null || survivalControl === null || survivalControl === 0 ? null : rate / survivalControl,
  };
  const parts: [number, number | null][] = [
    [weights.revenueWeight, revenue.ratio],
    [weights.valueAddedWeight, valueAdded.ratio],
    [weights.survivalWeight, survival.ratio],
  ];
  const index = parts.some(([w, r]) => w > 0 && r === null) ? null : 100 * parts.reduce((sum, [w, r]) => sum + (w > 0 ? w * r! : 0), 0);
  return { cohortCustomers: rows.length, revenue, valueAdded, survival, index };
}

/**
 * Growth index (Index tillväxt) for cohort year Y = the calendar year of the period's last day:
 * the customers with an intervention (loan granted or module delivered, not voided) in Y, their
 * financials in the base year B = Y − 1 and the end year E = B + horizon, against the control group.
 */
export async function growthIndexFigures(sql: ReadModelSql, filter: FigureFilter): Promise<GrowthIndexResponse> {
  const cohortYear = filter.period.year;
  const [parameterRows, controls] = await Promise.all([
    sql.query('SELECT revenue_weight, value_added_weight, survival_weight, horizon_years FROM rm_growth_index_parameters WHERE cohort_year = $1::int', [cohortYear]) as Promise<
      { revenue_weight: number; value_added_weight: number; survival_weight: number; horizon_years: number }[]
    >,
    sql.query('SELECT region, revenue_growth, value_added_growth, survival_rate FROM rm_growth_control_groups WHERE cohort_year = $1::int', [cohortYear]) as Promise<ControlRow[]>,
  ]);
  const p = parameterRows[0];
  const parameters = p
    ? { revenueWeight: p.revenue_weight, valueAddedWeight: p.value_added_weight, survivalWeight: p.survival_weight, horizonYears: p.horizon_years }
    : DEFAULT_GROWTH_PARAMETERS;
  const baseYear = cohortYear - 1;
  const endYear = baseYear + parameters.horizonYears;
  const rows = (await sql.query(COHORT_SQL, [`${cohortYear}-01-01`, `${cohortYear}-12-31`, baseYear, endYear, filter.region ?? null])) as CohortRow[];
  return {
    ...scopeOf(filter),
    cohortYear,
    baseYear,
    endYear,
    parameters: { ...parameters, setForYear: p !== undefined },
    goal: 100,
    ...growthTerms(rows, controls, parameters),
    byRegion: REGIONS.filter((r) => filter.region === undefined || r === filter.region).map((region) => ({
      region,
      ...growthTerms(
        rows.filter((r) => r.region === region),
        controls,
        parameters,
      ),
    })),
  };
}
