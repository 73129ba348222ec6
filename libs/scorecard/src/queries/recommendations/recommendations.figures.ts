import { REGIONS } from '#libs/decider';
import { num, scopeOf, share, type ReadModelSql } from '../../figures.js';
import type { FigureFilter } from '../../period.js';
import { RECOMMENDATION_GOAL, type RecommendationShareDto, type RecommendationsResponse } from './recommendations.response.js';

/** $1 from, $2 to, $3 region or null. */
const SQL = `
SELECT GROUPING(c.region) = 0 AS by_region, c.region, count(*) AS answers, count(*) FILTER (WHERE a.would_recommend) AS would_recommend
  FROM rm_survey_answers a
  LEFT JOIN rm_customers c ON c.customer_id = a.customer_id
 WHERE a.answered_on BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR c.region = $3::text)
 GROUP BY GROUPING SETS ((), (c.region))`;

interface Row {
  by_region: boolean;
  region: string | null;
  answers: number;
  would_recommend: number;
}

const counts = (row: Row | undefined): RecommendationShareDto => {
  const answers = num(row?.answers);
  const wouldRecommend = num(row?.would_recommend);
  return { answers, wouldRecommend, share: share(wouldRecommend, answers) };
};

/** Figure 10: answers that would recommend Almi ÷ all answers in the period. */
export async function recommendationsFigures(sql: ReadModelSql, filter: FigureFilter): Promise<RecommendationsResponse> {
  const rows = (await sql.query(SQL, [filter.period.from, filter.period.to, filter.region ?? null])) as Row[];
  return {
    ...scopeOf(filter),
    ...counts(rows.find((r) => !r.by_region)),
    goal: RECOMMENDATION_GOAL,
    byRegion: REGIONS.filter((r) => filter.region === undefined || r === filter.region).map((region) => ({
      region,
      ...counts(rows.find((r) => r.by_region && r.region === region)),
    })),
  };
}
