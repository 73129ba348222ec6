import type { ReadModelSql } from '../figures.js';
import { refreshLoanRollups } from './loan-rollups.js';

/**
 * Fills the rm_ tables with `years` years of a regional company's activity ending with
 * `lastYear`, at the scale DOMAIN.md gives (a few hundred loans a year, thousands of advisory
 * sessions and modules, tens of employees logging time every working day). Pseudo-random but
 * repeatable: every choice is a hash of the row number, so two runs give the same rows.
 */
export interface HistoryScale {
  readonly customers: number;
  readonly employees: number;
  readonly loansPerYear: number;
  readonly sessionsPerYear: number;
  readonly deliveriesPerYear: number;
  readonly mentorPairsPerYear: number;
  readonly surveysPerYear: number;
  /** Time entries per employee and working day. */
  readonly entriesPerDay: number;
}

export const REGIONAL_COMPANY: HistoryScale = {
  customers: 6000,
  employees: 40,
  loansPerYear: 400,
  sessionsPerYear: 4000,
  deliveriesPerYear: 3000,
  mentorPairsPerYear: 150,
  surveysPerYear: 1200,
  entriesPerDay: 3,
};

/** A repeatable number 0..n-1 from a row number and a salt. */
const pick = (expr: string, salt: string, n: number | string): string => `(abs(hashtext((${expr})::text || '${salt}')) % (${n}))`;

export async function generateHistory(sql: ReadModelSql, lastYear: number, years: number, scale: HistoryScale = REGIONAL_COMPANY): Promise<void> {
  const firstDay = `${lastYear - years + 1}-01-01`;
  const lastDay = `${lastYear}-12-31`;
  const days = `('${lastDay}'::date - '${firstDay}'::date + 1)`;
  const dayOf = (expr: string, salt: string) => `('${firstDay}'::date + ${pick(expr, salt, days)})`;
  const regions = (expr: string) => `(CASE WHEN ${pick(expr, 'region', 2)} = 0 THEN 'vastmanland' ELSE 'orebro' END)`;

  await sql.query(`INSERT INTO rm_customers (customer_id, name, region, municipality, founded_on, phase, registered_on, women_led, foreign_background, personal_data_erased)
    SELECT 'c' || i, 'Customer ' || i, ${regions('i')}, 'x', '2010-01-01',
           (ARRAY['early_stage','growth','established'])[1 + ${pick('i', 'phase', 3)}], '${firstDay}',
           (ARRAY['yes','no','unknown'])[1 + ${pick('i', 'women', 3)}], (ARRAY['yes','no','unknown'])[1 + ${pick('i', 'foreign', 3)}], false
      FROM generate_series(1, ${scale.customers}) i`);
  await sql.query(`INSERT INTO rm_customer_classifications (customer_id, effective_from, target_group, recorded_commit, recorded_prepare)
    SELECT 'c' || i, d, (ARRAY['bredd','ideal','spets'])[1 + ${pick('i * 7 + k', 'group', 3)}], 1, 1
      FROM generate_series(1, ${scale.customers}) i, generate_series(0, 1) k,
           LATERAL (SELECT ${dayOf('i * 3 + k', 'classified')} AS d) x
     WHERE k = 0 OR ${pick('i', 'reclassified', 2)} = 0
    ON CONFLICT DO NOTHING`);
  await sql.query(`INSERT INTO rm_employees (user_id, region, roles)
    SELECT 'e' || i, ${regions('i')}, '{advisor}' FROM generate_series(1, ${scale.employees}) i`);

  const loans = scale.loansPerYear * years;
  await sql.query(`INSERT INTO rm_loans (loan_id, customer_id, product, product_kind, applied_amount_ore, applied_on, status, decided_on, decided_by,
                                       granted_amount_ore, interest_rate_basis_points, term_months, approved_on, approved_by, funding_project_id)
    SELECT 'l' || i, 'c' || (1 + ${pick('i', 'customer', scale.customers)}), p.product, p.kind, amount, d - 20,
           CASE WHEN approved THEN 'approved' ELSE 'rejected' END, d - 5, 'k1', CASE WHEN approved THEN amount END, 500, 48,
           CASE WHEN approved THEN d END, CASE WHEN approved THEN 'k2' END, CASE WHEN ${pick('i', 'funded', 20)} = 0 THEN 'fp' || (1 + ${pick('i', 'fp', 5)}) END
      FROM generate_series(1, ${loans}) i,
           LATERAL (SELECT ${dayOf('i', 'approved')} AS d, (1 + ${pick('i', 'amount', 50)}) * 10000000::bigint AS amount, ${pick('i', 'ok', 10)} <> 0 AS approved) x,
           LATERAL (SELECT (ARRAY['mikrolan','foretagslan','innovationslan','grontlan','tillvaxtlan','exportlan','garanti'])[1 + ${pick('i', 'product', 7)}] AS product) y,
           LATERAL (SELECT y.product, CASE WHEN y.product = 'garanti' THEN 'guarantee' ELSE 'loan' END AS kind) p
     ORDER BY d`);
  // Rows go in in business-date order, as they are appended in production.
  // One disbursement after approval, then a monthly repayment of a 48th until the history ends; some loans written off.
  await sql.query(`INSERT INTO rm_loan_transactions (event_id, loan_id, customer_id, product, kind, booked_on, principal_ore, interest_ore, fees_ore, funding_project_id)
    SELECT md5(l.loan_id || '-d')::uuid, l.loan_id, l.customer_id, l.product, 'disbursement', l.approved_on + 7, l.granted_amount_ore, 0, 0, l.funding_project_id
      FROM rm_loans l WHERE l.approved_on IS NOT NULL AND l.product_kind = 'loan' AND l.approved_on + 7 <= '${lastDay}'::date
    UNION ALL
    SELECT md5(l.loan_id || '-r' || m)::uuid, l.loan_id, l.customer_id, l.product, 'repayment', (l.approved_on + 7 + make_interval(months => m))::date,
           l.granted_amount_ore / 48, l.granted_amount_ore * 5 / 1200, 5000, l.funding_project_id
      FROM rm_loans l, generate_series(1, 47) m
     WHERE l.approved_on IS NOT NULL AND l.product_kind = 'loan' AND (l.approved_on + 7 + make_interval(months => m))::date <= '${lastDay}'::date
       AND (${pick('l.loan_id', 'written', 25)} <> 0 OR m < 12)
    UNION ALL
    SELECT md5(l.loan_id || '-w')::uuid, l.loan_id, l.customer_id, l.product, 'write_off', (l.approved_on + 7 + make_interval(months => 12))::date,
           l.granted_amount_ore - l.granted_amount_ore / 48 * 11, 0, 0, l.funding_project_id
      FROM rm_loans l
     WHERE l.approved_on IS NOT NULL AND l.product_kind = 'loan' AND ${pick('l.loan_id', 'written', 25)} = 0
       AND (l.approved_on + 7 + make_interval(months => 12))::date <= '${lastDay}'::date
     ORDER BY 6`);

  await sql.query(`INSERT INTO rm_advisory_sessions (session_id, customer_id, advisor_id, held_on, duration_minutes, sustainability_discussed, funding_project_id)
    SELECT 's' || i, 'c' || (1 + ${pick('i', 'customer', scale.customers)}), 'e' || (1 + ${pick('i', 'advisor', scale.employees)}), ${dayOf('i', 'held')}, 60, false,
           CASE WHEN ${pick('i', 'funded', 10)} = 0 THEN 'fp' || (1 + ${pick('i', 'fp', 5)}) END
      FROM generate_series(1, ${scale.sessionsPerYear * years}) i ORDER BY 4`);
  await sql.query(`INSERT INTO rm_module_deliveries (delivery_id, customer_id, module, advisor_id, delivered_on, voided, voided_on, void_reason, funding_project_id)
    SELECT 'd' || i, 'c' || (1 + ${pick('i', 'customer', scale.customers)}),
           (ARRAY['behovssamtal','affarsutveckling','framtidsdialog','hallbarhetsworkshop','internationalisering_een','mentor_starta_foretag','mentor_utveckla_foretag'])[1 + ${pick('i', 'module', 7)}],
           'e' || (1 + ${pick('i', 'advisor', scale.employees)}), d, v, CASE WHEN v THEN d + 3 END, CASE WHEN v THEN 'mistake' END,
           CASE WHEN ${pick('i', 'funded', 10)} = 0 THEN 'fp' || (1 + ${pick('i', 'fp', 5)}) END
      FROM generate_series(1, ${scale.deliveriesPerYear * years}) i,
           LATERAL (SELECT ${dayOf('i', 'delivered')} AS d, ${pick('i', 'void', 50)} = 0 AS v) x ORDER BY d`);
  await sql.query(`INSERT INTO rm_mentor_pairs (pair_id, programme, customer_id, matched_on, concluded_on)
    SELECT 'p' || i, (ARRAY['mentor_starta_foretag','mentor_utveckla_foretag'])[1 + ${pick('i', 'programme', 2)}], 'c' || (1 + ${pick('i', 'customer', scale.customers)}),
           d, CASE WHEN ${pick('i', 'concluded', 3)} <> 0 THEN d + 365 END
      FROM generate_series(1, ${scale.mentorPairsPerYear * years}) i, LATERAL (SELECT ${dayOf('i', 'matched')} AS d) x`);
  await sql.query(`INSERT INTO rm_survey_answers (answer_id, customer_id, answered_on, would_recommend, score)
    SELECT 'a' || i, 'c' || (1 + ${pick('i', 'customer', scale.customers)}), ${dayOf('i', 'answered')}, ${pick('i', 'recommend', 10)} <> 0, NULL
      FROM generate_series(1, ${scale.surveysPerYear * years}) i ORDER BY 3`);

  await sql.query(`INSERT INTO rm_time_entries (entry_id, employee_id, worked_on, minutes, kind, customer_id, funding_project_id, voided)
    SELECT 't' || e || '-' || d || '-' || k, 'e' || e, d, 60 + ${pick('e || d::text || k', 'minutes', 180)},
           (ARRAY['customer','customer','internal','absence'])[1 + ${pick('e || d::text || k', 'kind', 4)}], NULL,
           CASE WHEN ${pick('e || d::text || k', 'funded', 20)} = 0 THEN 'fp' || (1 + ${pick('e || d::text', 'fp', 5)}) END,
           ${pick('e || d::text || k', 'void', 100)} = 0
      FROM generate_series(1, ${scale.employees}) e, generate_series('${firstDay}'::date, '${lastDay}'::date, interval '1 day') g,
           LATERAL (SELECT g::date AS d) x, generate_series(1, ${scale.entriesPerDay}) k
     WHERE extract(isodow FROM g) < 6 ORDER BY d, e`);
  await sql.query(`INSERT INTO rm_time_daily (employee_id, worked_on, customer_minutes, internal_minutes, absence_minutes)
    SELECT employee_id, worked_on, coalesce(sum(minutes) FILTER (WHERE kind = 'customer'), 0), coalesce(sum(minutes) FILTER (WHERE kind = 'internal'), 0),
           coalesce(sum(minutes) FILTER (WHERE kind = 'absence'), 0)
      FROM rm_time_entries WHERE NOT voided GROUP BY 1, 2 ORDER BY 2, 1`);
  await sql.query(`INSERT INTO rm_time_monthly (employee_id, month, customer_minutes, internal_minutes, absence_minutes)
    SELECT employee_id, date_trunc('month', worked_on::timestamp)::date, sum(customer_minutes), sum(internal_minutes), sum(absence_minutes)
      FROM rm_time_daily GROUP BY 1, 2 ORDER BY 2, 1`);

  await sql.query(`INSERT INTO rm_funding_projects (project_id, name, funder, starts_on, ends_on)
    SELECT 'fp' || i, 'Project ' || i, 'ERUF', '${firstDay}', '${lastDay}' FROM generate_series(1, 5) i`);
  await sql.query(`INSERT INTO rm_funding_entries (project_id, entry_id, kind, booked_on, amount_ore, description)
    SELECT 'fp' || (1 + ${pick('i', 'fp', 5)}), 'f' || i, CASE WHEN ${pick('i', 'kind', 3)} = 0 THEN 'revenue' ELSE 'cost' END, ${dayOf('i', 'booked')}, 100000 * (1 + ${pick('i', 'amount', 100)}), ''
      FROM generate_series(1, ${60 * years}) i ORDER BY 4`);
  await sql.query(`INSERT INTO rm_targets (metric, year, quarter, region, unit, value)
    SELECT m.metric, y, q, r, m.unit, m.value
      FROM (VALUES ('loans_granted', 'count', 360), ('new_lending_volume', 'ore', 900000000), ('unique_customers_total', 'count', 5000),
                   ('customer_time_share', 'share', 0.8), ('return_on_lending', 'percent', 2), ('women_led_share_loans', 'share', 0.3),
                   ('interventions_bredd', 'count', 1000), ('recommendation_share', 'share', 0.9)) AS m(metric, unit, value),
           generate_series(${lastYear - years + 1}, ${lastYear}) y, generate_series(0, 4) q, unnest(ARRAY['', 'vastmanland', 'orebro']) r`);
  await refreshLoanRollups(sql);
  // As autovacuum leaves long-lived tables: statistics current and the visibility map set (index-only scans).
  await sql.query('VACUUM ANALYZE');
}
