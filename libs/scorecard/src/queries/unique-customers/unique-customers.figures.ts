import { REGIONS } from '#libs/decider';
import { num, scopeOf, type ReadModelSql } from '../../figures.js';
import type { FigureFilter } from '../../period.js';
import type { UniqueCustomersResponse } from './unique-customers.response.js';

/**
 * $1 from, $2 to, $3 region or null. A year is counted distinct over the year, never summed from
 * quarters. Who was seen is made distinct first, so the customer register is joined once per
 * customer rather than once per session or delivery.
 */
const SQL = `
WITH deliveries AS (
  SELECT d.customer_id, d.advisor_id, d.module
    FROM rm_module_deliveries d
   WHERE d.delivered_on BETWEEN $1::date AND $2::date AND NOT d.voided
), advisory AS (
  SELECT customer_id, advisor_id FROM deliveries
  UNION
  SELECT s.customer_id, s.advisor_id FROM rm_advisory_sessions s WHERE s.held_on BETWEEN $1::date AND $2::date
), customers AS (
  SELECT seen.customer_id, c.region, bool_or(seen.advisory) AS advisory, bool_or(NOT seen.advisory) AS loans
    FROM (SELECT DISTINCT customer_id, true AS advisory FROM advisory
          UNION ALL
          SELECT DISTINCT l.customer_id, false FROM rm_loans l WHERE l.approved_on BETWEEN $1::date AND $2::date) seen
    LEFT JOIN rm_customers c ON c.customer_id = seen.customer_id
   WHERE $3::text IS NULL OR c.region = $3::text
   GROUP BY seen.customer_id, c.region
)
SELECT
  (SELECT coalesce(json_agg(r), '[]') FROM (
     SELECT GROUPING(region) = 0 AS by_region, region,
            count(*) FILTER (WHERE advisory) AS advisory, count(*) FILTER (WHERE loans) AS loans, count(*) AS total
       FROM customers GROUP BY GROUPING SETS ((), (region))) r) AS customers,
  (SELECT coalesce(json_agg(r), '[]') FROM (
     SELECT a.advisor_id, count(*) AS advisory
       FROM advisory a JOIN customers k ON k.customer_id = a.customer_id
      GROUP BY a.advisor_id) r) AS advisors,
  (SELECT coalesce(json_agg(r), '[]') FROM (
     SELECT GROUPING(d.module) = 0 AS by_module, GROUPING(k.region) = 0 AS by_region, GROUPING(d.advisor_id) = 0 AS by_advisor,
            d.module, k.region, d.advisor_id, count(*) AS n
       FROM deliveries d JOIN customers k ON k.customer_id = d.customer_id
      GROUP BY GROUPING SETS ((), (d.module), (k.region), (d.advisor_id))) r) AS deliveries`;

interface CustomerCut {
  by_region: boolean;
  region: string | null;
  advisory: number;
  loans: number;
  total: number;
}

interface DeliveryCut {
  by_module: boolean;
  by_region: boolean;
  by_advisor: boolean;
  module: string | null;
  region: string | null;
  advisor_id: string | null;
  n: number;
}

/** Figures 5 (unique customers: advisory, loans, total) and 6 (delivery modules), with their cuts. */
export async function uniqueCustomersFigures(sql: ReadModelSql, filter: FigureFilter): Promise<UniqueCustomersResponse> {
  const [row] = await sql.query(SQL, [filter.period.from, filter.period.to, filter.region ?? null]);
  const customers = row.customers as CustomerCut[];
  const deliveries = row.deliveries as DeliveryCut[];
  const regions = REGIONS.filter((r) => filter.region === undefined || r === filter.region);
  const counts = (cut: CustomerCut | undefined) => ({ advisory: num(cut?.advisory), loans: num(cut?.loans), total: num(cut?.total) });
  const byOrder = <T>(key: (t: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

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
      total: num(deliveries.find((d) => !d.by_module && !d.by_region && !d.by_advisor)?.n),
      byModule: deliveries
        .filter((d) => d.by_module)
        .map((d) => ({ module: d.module as string, count: num(d.n) }))
        .sort(byOrder((m) => m.module)),
      byRegion: regions.map((region) => ({ region, count: num(deliveries.find((d) => d.by_region && d.region === region)?.n) })),
      byAdvisor: deliveries
        .filter((d) => d.by_advisor)
        .map((d) => ({ advisorId: d.advisor_id as string, count: num(d.n) }))
        .sort(byOrder((a) => a.advisorId)),
    },
  };
}
