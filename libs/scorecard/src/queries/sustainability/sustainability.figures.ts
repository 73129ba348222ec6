import { REGIONS, type Region } from '#libs/decider';
import { num, scopeOf, share, type ReadModelSql } from '../../figures.js';
import type { FigureFilter } from '../../period.js';
import type { SustainabilityCountsDto, SustainabilityResponse } from './sustainability.response.js';

export const SUSTAINABILITY_WORKSHOP_MODULE = 'hallbarhetsworkshop';

/** $1 from, $2 to, $3 region or null. Sessions and workshops per (customer's latest) region and advisor. */
const SQL = `
WITH sessions AS (
  SELECT c.region, s.advisor_id, count(*) AS sessions, count(*) FILTER (WHERE s.sustainability_discussed) AS discussed
    FROM rm_advisory_sessions s LEFT JOIN rm_customers c ON c.customer_id = s.customer_id
   WHERE s.held_on BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR c.region = $3::text)
   GROUP BY 1, 2
), workshops AS (
  SELECT c.region, d.advisor_id, count(*) AS workshops
    FROM rm_module_deliveries d LEFT JOIN rm_customers c ON c.customer_id = d.customer_id
   WHERE d.delivered_on BETWEEN $1::date AND $2::date AND NOT d.voided AND d.module = '${SUSTAINABILITY_WORKSHOP_MODULE}'
     AND ($3::text IS NULL OR c.region = $3::text)
   GROUP BY 1, 2
)
SELECT coalesce(s.region, w.region) AS region, coalesce(s.advisor_id, w.advisor_id) AS advisor_id,
       coalesce(s.sessions, 0) AS sessions, coalesce(s.discussed, 0) AS discussed, coalesce(w.workshops, 0) AS workshops
  FROM sessions s FULL JOIN workshops w ON w.region IS NOT DISTINCT FROM s.region AND w.advisor_id = s.advisor_id`;

interface Row {
  region: Region | null;
  advisor_id: string;
  sessions: number;
  discussed: number;
  workshops: number;
}

const counts = (rows: readonly Row[]): SustainabilityCountsDto => {
  const sessions = rows.reduce((s, r) => s + num(r.sessions), 0);
  const discussed = rows.reduce((s, r) => s + num(r.discussed), 0);
  return { sessions, sustainabilityDiscussed: discussed, share: share(discussed, sessions), workshops: rows.reduce((s, r) => s + num(r.workshops), 0) };
};

/** Sustainability in customer meetings: sessions with sustainability discussed ÷ all sessions, and workshops delivered. */
export async function sustainabilityFigures(sql: ReadModelSql, filter: FigureFilter): Promise<SustainabilityResponse> {
  const rows = (await sql.query(SQL, [filter.period.from, filter.period.to, filter.region ?? null])) as Row[];
  const advisors = [...new Set(rows.map((r) => r.advisor_id))].sort();
  return {
    ...scopeOf(filter),
    ...counts(rows),
    byRegion: REGIONS.filter((r) => filter.region === undefined || r === filter.region).map((region) => ({ region, ...counts(rows.filter((r) => r.region === region)) })),
    byAdvisor: advisors.map((advisorId) => ({ advisorId, ...counts(rows.filter((r) => r.advisor_id === advisorId)) })),
  };
}
