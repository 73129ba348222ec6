import { REGIONS, type Region } from '#libs/decider';
import { scopeOf, share, type ReadModelSql } from '../../figures.js';
import type { FigureFilter } from '../../period.js';
import { ENGAGEMENT_GOAL, type DiversityEntryDto, type DiversityResponse, type EngagementEntryDto, type EngagementResponse } from './employee-figures.response.js';

/** Employee engagement for the calendar year of the period's last day: the yearly survey as entered. */
export async function engagementFigures(sql: ReadModelSql, filter: FigureFilter): Promise<EngagementResponse> {
  const year = filter.period.year;
  const rows = (await sql.query('SELECT region, total_score, engagement_index, respondents FROM rm_employee_surveys WHERE year = $1::int', [year])) as {
    region: string;
    total_score: number;
    engagement_index: number;
    respondents: number | null;
  }[];
  const entry = (region: string): EngagementEntryDto | null => {
    const r = rows.find((x) => x.region === region);
    return r
      ? {
          region: region === '' ? null : (region as Region),
          totalScore: r.total_score,
          engagementIndex: r.engagement_index,
          respondents: r.respondents,
          meetsGoal: r.total_score >= ENGAGEMENT_GOAL,
        }
      : null;
  };
  return {
    ...scopeOf(filter),
    year,
    result: entry(filter.region ?? ''),
    goal: ENGAGEMENT_GOAL,
    byRegion: REGIONS.filter((r) => filter.region === undefined || r === filter.region)
      .map(entry)
      .filter((e): e is EngagementEntryDto => e !== null),
  };
}

/** Employee diversity: HR's yearly aggregates as entered (never per person), beside the board's goals. */
export async function diversityFigures(sql: ReadModelSql, filter: FigureFilter): Promise<DiversityResponse> {
  const year = filter.period.year;
  const [rows, targets] = await Promise.all([
    sql.query('SELECT * FROM rm_employee_diversity WHERE year = $1::int', [year]) as Promise<Record<string, any>[]>,
    sql.query(`SELECT metric, value FROM rm_targets WHERE year = $1::int AND quarter = 0 AND region = $2::text AND metric LIKE 'employee\\_%\\_share'`, [
      year,
      filter.region ?? '',
    ]) as Promise<{ metric: string; value: number }[]>,
  ]);
  const entry = (region: string): DiversityEntryDto | null => {
    const r = rows.find((x) => x.region === region);
    if (!r) return null;
    const headcount = r.under_30 + r.from_30_to_49 + r.from_50;
    return {
      region: region === '' ? null : (region as Region),
      headcount,
      ageBands: { under_30: r.under_30, from_30_to_49: r.from_30_to_49, from_50: r.from_50 },
      gender: { women: r.women, men: r.men, other: r.other_gender },
      foreignBackground: { yes: r.foreign_yes, no: r.foreign_no, unknown: r.foreign_unknown },
      shares: {
        women: share(r.women, headcount),
        foreignBackground: share(r.foreign_yes, r.foreign_yes + r.foreign_no),
        under30: share(r.under_30, headcount),
        from50: share(r.from_50, headcount),
      },
    };
  };
  return {
    ...scopeOf(filter),
    year,
    result: entry(filter.region ?? ''),
    byRegion: REGIONS.filter((r) => filter.region === undefined || r === filter.region)
      .map(entry)
      .filter((e): e is DiversityEntryDto => e !== null),
    goals: Object.fromEntries(targets.map((t) => [t.metric, Number(t.value)])),
  };
}
