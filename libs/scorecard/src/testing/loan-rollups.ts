import type { ReadModelSql } from '../figures.js';

/**
 * What the loans projection keeps beside rm_loan_transactions, recomputed from the rows written
 * straight into the tables: each customer's latest region (the one rm_customers shows) and the
 * money per month, product and that region ('' for a customer without a region).
 */
export async function refreshLoanRollups(sql: ReadModelSql): Promise<void> {
  await sql.query('DELETE FROM rm_loan_customer_regions');
  await sql.query('DELETE FROM rm_loan_money_monthly');
  await sql.query(`INSERT INTO rm_loan_customer_regions (customer_id, region, recorded_commit, recorded_prepare)
    SELECT customer_id, region, 1, 1 FROM rm_customers`);
  await sql.query(`INSERT INTO rm_loan_money_monthly (month, region, product, transactions, disbursed_ore, repaid_principal_ore, interest_ore, fees_ore, written_off_ore)
    SELECT date_trunc('month', t.booked_on::timestamp)::date, coalesce(c.region, ''), t.product, count(*),
           coalesce(sum(t.principal_ore) FILTER (WHERE t.kind = 'disbursement'), 0),
           coalesce(sum(t.principal_ore) FILTER (WHERE t.kind = 'repayment'), 0),
           coalesce(sum(t.interest_ore) FILTER (WHERE t.kind = 'repayment'), 0),
           coalesce(sum(t.fees_ore) FILTER (WHERE t.kind = 'repayment'), 0),
           coalesce(sum(t.principal_ore) FILTER (WHERE t.kind = 'write_off'), 0)
      FROM rm_loan_transactions t LEFT JOIN rm_loan_customer_regions c ON c.customer_id = t.customer_id
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
}
