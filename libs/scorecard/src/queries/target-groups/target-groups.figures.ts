import { TARGET_GROUPS } from '#libs/customers';
import { num, scopeOf, share, type ReadModelSql } from '../../figures.js';
import type { FigureFilter } from '../../period.js';
import type { TargetGroupsResponse } from './target-groups.response.js';

/**
 * $1 from, $2 to, $3 region or null. Each intervention takes the classification with the latest
 * effective_from on or before its own date (the primary key (customer_id, effective_from) serves it).
 */
const SQL = `
WITH interventions AS (
  SELECT l.customer_id, l.approved_on AS happened_on, true AS loan
    FROM rm_loans l
   WHERE l.approved_on BETWEEN $1::date AND $2::date
  UNION ALL
  SELECT d.customer_id, d.delivered_on, false
    FROM rm_module_deliveries d
   WHERE d.delivered_on BETWEEN $1::date AND $2::date AND NOT d.voided
)
SELECT coalesce(g.target_group, 'unclassified') AS target_group,
       count(*) FILTER (WHERE i.loan) AS loans, count(*) FILTER (WHERE NOT i.loan) AS modules
  FROM interventions i
  LEFT JOIN rm_customers c ON c.customer_id = i.customer_id
  LEFT JOIN LATERAL (
    SELECT k.target_group FROM rm_customer_classifications k
     WHERE k.customer_id = i.customer_id AND k.effective_from <= i.happened_on
     ORDER BY k.effective_from DESC LIMIT 1) g ON true
 WHERE $3::text IS NULL OR c.region = $3::text
 GROUP BY 1`;

/** Figure 7: interventions (loans granted + modules delivered) per target group, count and share. */
export async function targetGroupsFigures(sql: ReadModelSql, filter: FigureFilter): Promise<TargetGroupsResponse> {
  const rows = (await sql.query(SQL, [filter.period.from, filter.period.to, filter.region ?? null])) as { target_group: string; loans: number; modules: number }[];
  const loans = rows.reduce((sum, r) => sum + num(r.loans), 0);
  const modules = rows.reduce((sum, r) => sum + num(r.modules), 0);
  const total = loans + modules;
  return {
    ...scopeOf(filter),
    interventions: { loans, modules, total },
    groups: [...TARGET_GROUPS, 'unclassified' as const].map((targetGroup) => {
      const row = rows.find((r) => r.target_group === targetGroup);
      const l = num(row?.loans);
      const m = num(row?.modules);
      return {
        targetGroup,
        loans: { count: l, share: share(l, loans) },
        modules: { count: m, share: share(m, modules) },
        total: { count: l + m, share: share(l + m, total) },
      };
    }),
  };
}
