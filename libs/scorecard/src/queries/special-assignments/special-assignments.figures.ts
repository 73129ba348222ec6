import { num, scopeOf, type ReadModelSql } from '../../figures.js';
import type { FigureFilter } from '../../period.js';
import type { SpecialAssignmentsResponse } from './special-assignments.response.js';

/**
 * $1 from, $2 to, $3 region or null. The region cuts activities (the customer's region, for time
 * the employee's); costs and revenues belong to the project and are not cut. Each activity is read
 * through a partial index on its date that holds only the rows with a funding project (voided
 * modules and time entries left out), so a year reads that year's funded rows and nothing else.
 */
const SQL = `
WITH money AS (
  SELECT f.project_id,
         coalesce(sum(f.amount_ore) FILTER (WHERE f.kind = 'cost'), 0) AS costs,
         coalesce(sum(f.amount_ore) FILTER (WHERE f.kind = 'revenue'), 0) AS revenues
    FROM rm_funding_entries f
   WHERE f.booked_on BETWEEN $1::date AND $2::date
   GROUP BY f.project_id
), sessions AS (
  SELECT s.funding_project_id AS project_id, count(*) AS n
    FROM rm_advisory_sessions s
    LEFT JOIN rm_customers c ON c.customer_id = s.customer_id
   WHERE s.held_on BETWEEN $1::date AND $2::date AND s.funding_project_id IS NOT NULL AND ($3::text IS NULL OR c.region = $3::text)
   GROUP BY 1
), modules AS (
  SELECT d.funding_project_id AS project_id, count(*) AS n
    FROM rm_module_deliveries d
    LEFT JOIN rm_customers c ON c.customer_id = d.customer_id
   WHERE d.delivered_on BETWEEN $1::date AND $2::date AND NOT d.voided AND d.funding_project_id IS NOT NULL AND ($3::text IS NULL OR c.region = $3::text)
   GROUP BY 1
), loans AS (
  SELECT l.funding_project_id AS project_id, count(*) AS n, coalesce(sum(l.granted_amount_ore), 0) AS volume
    FROM rm_loans l
    LEFT JOIN rm_customers c ON c.customer_id = l.customer_id
   WHERE l.approved_on BETWEEN $1::date AND $2::date AND l.funding_project_id IS NOT NULL AND ($3::text IS NULL OR c.region = $3::text)
   GROUP BY 1
), disbursed AS (
  SELECT t.funding_project_id AS project_id, coalesce(sum(t.principal_ore), 0) AS amount
    FROM rm_loan_transactions t
    LEFT JOIN rm_customers c ON c.customer_id = t.customer_id
   WHERE t.booked_on BETWEEN $1::date AND $2::date AND t.kind = 'disbursement' AND t.funding_project_id IS NOT NULL
     AND ($3::text IS NULL OR c.region = $3::text)
   GROUP BY 1
), time_minutes AS (
  SELECT t.funding_project_id AS project_id,
         coalesce(sum(t.minutes) FILTER (WHERE t.kind = 'customer'), 0) AS customer,
         coalesce(sum(t.minutes) FILTER (WHERE t.kind = 'internal'), 0) AS internal,
         coalesce(sum(t.minutes) FILTER (WHERE t.kind = 'absence'), 0) AS absence
    FROM rm_time_entries t
    LEFT JOIN rm_employees e ON e.user_id = t.employee_id
   WHERE t.worked_on BETWEEN $1::date AND $2::date AND NOT t.voided AND t.funding_project_id IS NOT NULL AND ($3::text IS NULL OR e.region = $3::text)
   GROUP BY 1
), projects AS (
  SELECT p.project_id FROM rm_funding_projects p WHERE p.starts_on <= $2::date AND p.ends_on >= $1::date
  UNION SELECT project_id FROM money
  UNION SELECT project_id FROM sessions
  UNION SELECT project_id FROM modules
  UNION SELECT project_id FROM loans
  UNION SELECT project_id FROM disbursed
  UNION SELECT project_id FROM time_minutes
)
SELECT x.project_id, p.name, p.funder, p.starts_on, p.ends_on,
       money.costs, money.revenues, sessions.n AS sessions, modules.n AS modules, loans.n AS loans, loans.volume,
       disbursed.amount AS disbursed, time_minutes.customer, time_minutes.internal, time_minutes.absence
  FROM projects x
  LEFT JOIN rm_funding_projects p ON p.project_id = x.project_id
  LEFT JOIN money ON money.project_id = x.project_id
  LEFT JOIN sessions ON sessions.project_id = x.project_id
  LEFT JOIN modules ON modules.project_id = x.project_id
  LEFT JOIN loans ON loans.project_id = x.project_id
  LEFT JOIN disbursed ON disbursed.project_id = x.project_id
  LEFT JOIN time_minutes ON time_minutes.project_id = x.project_id`;

interface Row {
  project_id: string;
  name: string | null;
  funder: string | null;
  starts_on: string | null;
  ends_on: string | null;
  costs: number | null;
  revenues: number | null;
  sessions: number | null;
  modules: number | null;
  loans: number | null;
  volume: number | null;
  disbursed: number | null;
  customer: number | null;
  internal: number | null;
  absence: number | null;
}

/** Figure 11: costs, revenues and activities per funding project in the period. */
export async function specialAssignmentsFigures(sql: ReadModelSql, filter: FigureFilter): Promise<SpecialAssignmentsResponse> {
  const rows = (await sql.query(SQL, [filter.period.from, filter.period.to, filter.region ?? null])) as Row[];
  return {
    ...scopeOf(filter),
    projects: rows
      .map((r) => ({
        projectId: r.project_id,
        name: r.name,
        funder: r.funder,
        startsOn: r.starts_on,
        endsOn: r.ends_on,
        costsOre: num(r.costs),
        revenuesOre: num(r.revenues),
        advisorySessions: num(r.sessions),
        deliveryModules: num(r.modules),
        loansGranted: num(r.loans),
        grantedVolumeOre: num(r.volume),
        disbursedOre: num(r.disbursed),
        timeMinutes: { customer: num(r.customer), internal: num(r.internal), absence: num(r.absence) },
      }))
      .sort((a, b) => (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0)),
  };
}
