import { num, scopeOf, type ReadModelSql } from '../../figures.js';
import type { FigureFilter } from '../../period.js';
import type { MunicipalitiesResponse } from './municipalities.response.js';

/**
 * $1 from, $2 to, $3 region or null, $4 municipality or null. Every figure by the customer's latest
 * municipality (and region), exactly as the region cut.
 */
const SQL = `
WITH loans AS (
  SELECT customer_id, count(*) AS loans_granted, sum(granted_amount_ore) AS granted_volume_ore
    FROM rm_loans WHERE approved_on BETWEEN $1::date AND $2::date GROUP BY customer_id
), disbursed AS (
  SELECT customer_id, sum(principal_ore) AS new_lending_volume_ore
    FROM rm_loan_transactions WHERE kind = 'disbursement' AND booked_on BETWEEN $1::date AND $2::date GROUP BY customer_id
), modules AS (
  SELECT customer_id, count(*) AS delivery_modules
    FROM rm_module_deliveries WHERE delivered_on BETWEEN $1::date AND $2::date AND NOT voided GROUP BY customer_id
), sessions AS (
  SELECT DISTINCT customer_id FROM rm_advisory_sessions WHERE held_on BETWEEN $1::date AND $2::date
), per_customer AS (
  SELECT coalesce(l.customer_id, d.customer_id, m.customer_id, s.customer_id) AS customer_id,
         coalesce(l.loans_granted, 0) AS loans_granted, coalesce(l.granted_volume_ore, 0) AS granted_volume_ore,
         coalesce(d.new_lending_volume_ore, 0) AS new_lending_volume_ore, coalesce(m.delivery_modules, 0) AS delivery_modules,
         (m.customer_id IS NOT NULL OR s.customer_id IS NOT NULL) AS advisory, l.customer_id IS NOT NULL AS loan_customer
    FROM loans l
    FULL JOIN disbursed d ON d.customer_id = l.customer_id
    FULL JOIN modules m ON m.customer_id = coalesce(l.customer_id, d.customer_id)
    FULL JOIN sessions s ON s.customer_id = coalesce(l.customer_id, d.customer_id, m.customer_id)
)
SELECT c.municipality, c.region,
       count(*) FILTER (WHERE p.advisory OR p.loan_customer) AS unique_customers,
       count(*) FILTER (WHERE p.advisory) AS unique_customers_advisory,
       count(*) FILTER (WHERE p.loan_customer) AS unique_customers_loans,
       sum(p.loans_granted) AS loans_granted, sum(p.delivery_modules) AS delivery_modules,
       sum(p.granted_volume_ore) AS granted_volume_ore, sum(p.new_lending_volume_ore) AS new_lending_volume_ore
  FROM per_customer p JOIN rm_customers c ON c.customer_id = p.customer_id
 WHERE ($3::text IS NULL OR c.region = $3::text) AND ($4::text IS NULL OR c.municipality = $4::text)
 GROUP BY c.municipality, c.region
 ORDER BY c.municipality, c.region`;

/** The figures per municipality (the customer's latest), for the period and region; `municipality` narrows to one. */
export async function municipalitiesFigures(sql: ReadModelSql, filter: FigureFilter, municipality?: string): Promise<MunicipalitiesResponse> {
  const rows = (await sql.query(SQL, [filter.period.from, filter.period.to, filter.region ?? null, municipality ?? null])) as Record<string, any>[];
  return {
    ...scopeOf(filter),
    municipalities: rows.map((r) => ({
      municipality: r.municipality,
      region: r.region,
      uniqueCustomers: num(r.unique_customers),
      uniqueCustomersAdvisory: num(r.unique_customers_advisory),
      uniqueCustomersLoans: num(r.unique_customers_loans),
      interventions: num(r.loans_granted) + num(r.delivery_modules),
      loansGranted: num(r.loans_granted),
      deliveryModules: num(r.delivery_modules),
      grantedVolumeOre: num(r.granted_volume_ore),
      newLendingVolumeOre: num(r.new_lending_volume_ore),
    })),
  };
}
