import { REGIONS } from '#libs/decider';
import { num, scopeOf, type ReadModelSql } from '../../figures.js';
import type { FigureFilter } from '../../period.js';
import type { UniqueCustomersResponse } from './unique-customers.response.js';

const DELIVERIES = `SELECT d.customer_id, d.advisor_id, d.module FROM rm_module_deliveries d WHERE d.delivered_on BETWEEN $1::date AND $2::date AND NOT d.voided`;
const SESSIONS = `SELECT s.customer_id, s.advisor_id FROM rm_advisory_sessions s WHERE s.held_on BETWEEN $1::date AND $2::date`;

/**
 * $1 from, $2 to, $3 region or null. A year is counted distinct over the year, never summed from
 * quarters. Who was seen is made distinct first (with how many modules each customer had), so the
 * customer register is joined once per customer rather than once per session or delivery, and the
 * region cuts of the modules are sums over those customers. The advisor and module cuts need no
 * region: for a region they keep only that region's customers.
 */
const customersCte = `
WITH customers AS MATERIALIZED (
  SELECT x.customer_id, c.region, x.advisory, x.loans, x.deliveries
    FROM (SELECT customer_id, bool_or(kind <> 'loan') AS advisory, bool_or(kind = 'loan') AS loans, count(*) FILTER (WHERE kind = 'module') AS deliveries
            FROM (SELECT d.customer_id, 'module' AS kind FROM (${DELIVERIES}) d
                  UNION ALL
                  SELECT s.customer_id, 'session' FROM (${SESSIONS}) s
                  UNION ALL
                  SELECT l.customer_id, 'loan' FROM rm_loans l WHERE l.approved_on BETWEEN $1::date AND $2::date) seen
           GROUP BY customer_id) x
    LEFT JOIN rm_customers c ON c.customer_id = x.customer_id
   WHERE $3::text IS NULL OR c.region = $3::text
)`;

const customerCuts = `(SELECT coalesce(json_agg(r), '[]') FROM (
     SELECT GROUPING(region) = 0 AS by_region, region, count(*) FILTER (WHERE advisory) AS advisory, count(*) FILTER (WHERE loans) AS loans,
            count(*) AS total, coalesce(sum(deliveries), 0) AS deliveries
       FROM customers GROUP BY GROUPING SETS ((), (region))) r) AS customers`;

const sqlFor = (regional: boolean, cuts: boolean): string => {
  const mine = (alias: string): string => (regional ? `WHERE ${alias}.customer_id IN (SELECT customer_id FROM customers)` : '');
  if (!cuts) return `${customersCte} SELECT ${customerCuts}, '[]'::json AS advisors, '[]'::json AS deliveries`;
  return `${customersCte}
SELECT
  ${customerCuts},
  (SELECT coalesce(json_agg(r), '[]') FROM (
     SELECT a.advisor_id, count(*) AS advisory
       FROM (SELECT d.advisor_id, d.customer_id FROM (${DELIVERIES}) d ${mine('d')}
             UNION
             SELECT s.advisor_id, s.customer_id FROM (${SESSIONS}) s ${mine('s')}) a
      GROUP BY a.advisor_id) r) AS advisors,
  (SELECT coalesce(json_agg(r), '[]') FROM (
     SELECT GROUPING(d.module) = 0 AS by_module, d.module, d.advisor_id, count(*) AS n
       FROM (${DELIVERIES}) d ${mine('d')}
      GROUP BY GROUPING SETS ((d.module), (d.advisor_id))) r) AS deliveries`;
};

/** By [regional][cuts]: the advisor and module cuts are left out when only the totals are wanted (targets). */
const STATEMENTS = [false, true].map((regional) => [false, true].map((cuts) => sqlFor(regional, cuts)));

interface CustomerCut {
  by_region: boolean;
  region: string | null;
  advisory: number;
  loans: number;
  total: number;
  /** Modules delivered to these customers. */
  deliveries: number;
}

/** By module, or else by advisor. */
interface DeliveryCut {
  by_module: boolean;
  module: string | null;
  advisor_id: string | null;
  n: number;
}

/**
 * Figures 5 (unique customers: advisory, loans, total) and 6 (delivery modules), with their cuts;
 * without `cuts`, byAdvisor and byModule are left empty (the totals and regions are still there).
 */
export async function uniqueCustomersFigures(sql: ReadModelSql, filter: FigureFilter, cuts = true): Promise<UniqueCustomersResponse> {
  const statement = STATEMENTS[filter.region === undefined ? 0 : 1]![cuts ? 1 : 0]!;
  const [row] = await sql.query(statement, [filter.period.from, filter.period.to, filter.region ?? null]);
  const customers = row.customers as CustomerCut[];
  const deliveries = row.deliveries as DeliveryCut[];
  const regions = REGIONS.filter((r) => filter.region === undefined || r === filter.region);
  const counts = (cut: CustomerCut | undefined) => ({ advisory: num(cut?.advisory), loans: num(cut?.loans), total: num(cut?.total) });
  const byOrder =
    <T>(key: (t: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

  return {
    ...scopeOf(filter),
    uniqueCustomers: {
      ...counts(customers.find((c) => !c.by_region)),
      byRegion: regions.map((region) => ({ region, ...counts(customers.find((c) => c.by_region && c.region === region)) })),
      byAdvisor: (row.advisors as { advisor_id: string; advisory: number }[])
        .map((a) => ({ advisorId: a.advisor_id, advisory: num(a.advisory) }))
        .sort(byOrder((a) => a.advisorId)),
    },
    deliveryModules: {
      total: num(customers.find((c) => !c.by_region)?.deliveries),
      byModule: deliveries
        .filter((d) => d.by_module)
        .map((d) => ({ module: d.module as string, count: num(d.n) }))
        .sort(byOrder((m) => m.module)),
      byRegion: regions.map((region) => ({ region, count: num(customers.find((c) => c.by_region && c.region === region)?.deliveries) })),
      byAdvisor: deliveries
        .filter((d) => !d.by_module)
        .map((d) => ({ advisorId: d.advisor_id as string, count: num(d.n) }))
        .sort(byOrder((a) => a.advisorId)),
    },
  };
}
