import type { Region } from '#libs/decider';
import { num, scopeOf, share, type ReadModelSql } from '../../figures.js';
import type { FigureFilter } from '../../period.js';
import type { BenchmarkShareDto, FocusGroupsResponse, FocusPopulationDto } from './focus-groups.response.js';

const COUNTS = `count(*) AS n,
         count(*) FILTER (WHERE women_led = 'yes') AS women_led_yes, count(*) FILTER (WHERE women_led = 'no') AS women_led_no,
         count(*) FILTER (WHERE foreign_background = 'yes') AS foreign_yes, count(*) FILTER (WHERE foreign_background = 'no') AS foreign_no,
         count(*) FILTER (WHERE phase = 'early_stage') AS early_stage`;

/**
 * $1 from, $2 to, $3 region or null, $4 benchmark year. The attributes are the customer's latest
 * answers; a customer the register does not show yet counts as unknown and not early stage.
 */
const SQL = `
WITH loan_customers AS (
  SELECT c.women_led, c.foreign_background, c.phase
    FROM rm_loans l
    LEFT JOIN rm_customers c ON c.customer_id = l.customer_id
   WHERE l.approved_on BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR c.region = $3::text)
), advisory_customers AS (
  SELECT c.women_led, c.foreign_background, c.phase
    FROM (SELECT d.customer_id FROM rm_module_deliveries d WHERE d.delivered_on BETWEEN $1::date AND $2::date AND NOT d.voided
          UNION
          SELECT s.customer_id FROM rm_advisory_sessions s WHERE s.held_on BETWEEN $1::date AND $2::date) seen
    LEFT JOIN rm_customers c ON c.customer_id = seen.customer_id
   WHERE $3::text IS NULL OR c.region = $3::text
)
SELECT (SELECT row_to_json(x) FROM (SELECT ${COUNTS} FROM loan_customers) x) AS loans,
       (SELECT row_to_json(x) FROM (SELECT ${COUNTS} FROM advisory_customers) x) AS advisory,
       (SELECT coalesce(json_agg(b ORDER BY b.region, b.population), '[]') FROM (
          SELECT region, attribute, population, share FROM rm_benchmarks
           WHERE year = $4::int AND ($3::text IS NULL OR region = $3::text)) b) AS benchmarks`;

interface Counts {
  n: number;
  women_led_yes: number;
  women_led_no: number;
  foreign_yes: number;
  foreign_no: number;
  early_stage: number;
}

/** Figure 9 with the benchmarks of the region(s) and the year of the period's last day. */
export async function focusGroupsFigures(sql: ReadModelSql, filter: FigureFilter): Promise<FocusGroupsResponse> {
  const year = filter.period.year;
  const [row] = await sql.query(SQL, [filter.period.from, filter.period.to, filter.region ?? null, year]);
  const benchmarkRows = row.benchmarks as { region: Region; attribute: string; population: string; share: number }[];
  const benchmarks = (attribute: string): BenchmarkShareDto[] =>
    benchmarkRows.filter((b) => b.attribute === attribute).map(({ region, population, share: s }) => ({ region, population, share: s }));

  const population = (c: Partial<Counts> | null): FocusPopulationDto => {
    const n = num(c?.n);
    const attribute = (yes: number, no: number, key: string) => ({ yes, no, unknown: n - yes - no, share: share(yes, yes + no), benchmarks: benchmarks(key) });
    return {
      count: n,
      womenLed: attribute(num(c?.women_led_yes), num(c?.women_led_no), 'women_led'),
      foreignBackground: attribute(num(c?.foreign_yes), num(c?.foreign_no), 'foreign_background'),
      earlyStage: { earlyStage: num(c?.early_stage), all: n, share: share(num(c?.early_stage), n), benchmarks: benchmarks('early_stage') },
    };
  };

  return { ...scopeOf(filter), benchmarkYear: year, loans: population(row.loans), advisory: population(row.advisory) };
}
