import { REGIONS, type Region } from '#libs/decider';
import { num, scopeOf, share, type ReadModelSql } from '../../figures.js';
import type { FigureFilter } from '../../period.js';
import { FOCUS_INDEX_ATTRIBUTES, type FocusGroupIndexResponse, type FocusIndexAttribute, type FocusIndexTermDto } from './focus-group-index.response.js';

/** $1 from, $2 to, $3 region or null: the period's unique customers (advisory and loans together) per region. */
const SQL = `
WITH seen AS (
  SELECT customer_id FROM rm_loans WHERE approved_on BETWEEN $1::date AND $2::date
  UNION
  SELECT customer_id FROM rm_module_deliveries WHERE delivered_on BETWEEN $1::date AND $2::date AND NOT voided
  UNION
  SELECT customer_id FROM rm_advisory_sessions WHERE held_on BETWEEN $1::date AND $2::date
)
SELECT c.region, count(*) AS customers,
       count(*) FILTER (WHERE c.women_led = 'yes') AS women_led_yes, count(*) FILTER (WHERE c.women_led IN ('yes', 'no')) AS women_led_known,
       count(*) FILTER (WHERE c.foreign_background = 'yes') AS foreign_background_yes,
       count(*) FILTER (WHERE c.foreign_background IN ('yes', 'no')) AS foreign_background_known,
       count(*) FILTER (WHERE c.phase = 'early_stage') AS early_stage_yes, count(c.phase) AS early_stage_known
  FROM seen s
  LEFT JOIN rm_customers c ON c.customer_id = s.customer_id
 WHERE $3::text IS NULL OR c.region = $3::text
 GROUP BY c.region`;

type Row = { region: Region | null; customers: number } & Record<`${FocusIndexAttribute}_${'yes' | 'known'}`, number>;

/**
 * Focus-group index (Index fokusgrupper): among the period's unique customers, each focus group's
 * share of those whose attribute is known ÷ the business population's benchmark share; 100 × the mean.
 */
export async function focusGroupIndexFigures(sql: ReadModelSql, filter: FigureFilter): Promise<FocusGroupIndexResponse> {
  const year = filter.period.year;
  const [rows, benchmarks] = await Promise.all([
    sql.query(SQL, [filter.period.from, filter.period.to, filter.region ?? null]) as Promise<Row[]>,
    sql.query(`SELECT region, attribute, share FROM rm_benchmarks WHERE year = $1::int AND population = 'business_population'`, [year]) as Promise<
      { region: Region; attribute: FocusIndexAttribute; share: number }[]
    >,
  ]);
  const regions = filter.region ? [filter.region] : [...REGIONS];
  const terms = FOCUS_INDEX_ATTRIBUTES.map((attribute): FocusIndexTermDto => {
    const yes = rows.reduce((s, r) => s + num(r[`${attribute}_yes`]), 0);
    const known = rows.reduce((s, r) => s + num(r[`${attribute}_known`]), 0);
    const customers = rows.reduce((s, r) => s + num(r.customers), 0);
    let weight = 0;
    let weighted = 0;
    let missing = false;
    for (const region of regions) {
      const regionKnown = num(rows.find((r) => r.region === region)?.[`${attribute}_known`]);
      const b = benchmarks.find((x) => x.region === region && x.attribute === attribute);
      if (filter.region !== undefined) {
        // One region: its own benchmark, whatever the count.
        if (b === undefined) missing = true;
        else {
          weight = 1;
          weighted = b.share;
        }
        continue;
      }
      if (regionKnown === 0) continue;
      if (b === undefined) missing = true;
      else {
        weight += regionKnown;
        weighted += regionKnown * b.share;
      }
    }
    const benchmark = missing || weight === 0 ? null : weighted / weight;
    const s = share(yes, known);
    return { attribute, yes, known, unknown: customers - known, share: s, benchmark, ratio: s === null || benchmark === null || benchmark === 0 ? null : s / benchmark };
  });
  const index = terms.some((t) => t.ratio === null) ? null : (100 * terms.reduce((sum, t) => sum + t.ratio!, 0)) / terms.length;
  return { ...scopeOf(filter), benchmarkYear: year, customers: rows.reduce((s, r) => s + num(r.customers), 0), terms, index, goal: 100 };
}
