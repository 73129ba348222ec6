import { num, type ReadModelSql } from '../../figures.js';
import type { FigureFilter } from '../../period.js';
import type { ProjectApprovalsDto, SpecialAssignmentApprovalsResponse } from './special-assignment-approvals.response.js';

/** $1 from, $2 to. Every project with its required approvals and its activity in the period before approval. */
const SQL = `
WITH approvals AS (
  SELECT project_id,
         jsonb_agg(jsonb_build_object('party', party, 'approvedOn', approved_on) ORDER BY party) FILTER (WHERE required) AS parties,
         count(*) FILTER (WHERE required) AS required,
         count(*) FILTER (WHERE required AND approved_on IS NOT NULL) AS approved,
         max(approved_on) FILTER (WHERE required) AS last_approved_on
    FROM rm_funding_approvals GROUP BY project_id
), projects AS (
  SELECT p.project_id, p.name, p.funder, coalesce(a.parties, '[]'::jsonb) AS parties, coalesce(a.required, 0) AS required,
         CASE WHEN coalesce(a.required, 0) > 0 AND a.required = a.approved THEN a.last_approved_on END AS approved_on
    FROM rm_funding_projects p LEFT JOIN approvals a ON a.project_id = p.project_id
), activity AS (
  SELECT funding_project_id AS project_id, held_on AS dated_on FROM rm_advisory_sessions WHERE funding_project_id IS NOT NULL
  UNION ALL SELECT funding_project_id, delivered_on FROM rm_module_deliveries WHERE funding_project_id IS NOT NULL AND NOT voided
  UNION ALL SELECT funding_project_id, approved_on FROM rm_loans WHERE funding_project_id IS NOT NULL AND approved_on IS NOT NULL
  UNION ALL SELECT funding_project_id, worked_on FROM rm_time_entries WHERE funding_project_id IS NOT NULL AND NOT voided
  UNION ALL SELECT project_id, booked_on FROM rm_funding_entries
)
SELECT p.project_id, p.name, p.funder, p.parties, p.required, p.approved_on,
       count(a.dated_on) AS activities,
       count(a.dated_on) FILTER (WHERE p.approved_on IS NULL OR a.dated_on < p.approved_on) AS before_approval,
       min(a.dated_on) FILTER (WHERE p.approved_on IS NULL OR a.dated_on < p.approved_on) AS first_before_approval
  FROM projects p LEFT JOIN activity a ON a.project_id = p.project_id AND a.dated_on BETWEEN $1::date AND $2::date
 GROUP BY p.project_id, p.name, p.funder, p.parties, p.required, p.approved_on
 ORDER BY p.project_id`;

/** Special assignments approved by both parties: approval date and activity before it, per project. */
export async function specialAssignmentApprovalsFigures(sql: ReadModelSql, filter: FigureFilter): Promise<SpecialAssignmentApprovalsResponse> {
  const rows = (await sql.query(SQL, [filter.period.from, filter.period.to])) as Record<string, any>[];
  const projects = rows.map((r): ProjectApprovalsDto => ({
    projectId: r.project_id,
    name: r.name ?? null,
    funder: r.funder ?? null,
    requiredApprovals: r.parties,
    approvedOn: r.approved_on ?? null,
    activities: num(r.activities),
    activitiesBeforeApproval: num(r.before_approval),
    firstActivityBeforeApproval: r.first_before_approval ?? null,
    flagged: num(r.before_approval) > 0,
  }));
  return { period: filter.period, region: null, projects, flaggedProjects: projects.filter((p) => p.flagged).length };
}
