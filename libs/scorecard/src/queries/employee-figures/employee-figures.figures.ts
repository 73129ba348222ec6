import { REGIONS, type Region } from '#libs/decider';
import { scopeOf, share, type ReadModelSql } from '../../figures.js';
import type { FigureFilter } from '../../period.js';

export const ENGAGEMENT_GOAL = 4.0;

export interface EngagementEntry {
  readonly region: Region | null;
  readonly totalScore: number;
  readonly engagementIndex: number;
  readonly respondents: number | null;
  readonly meetsGoal: boolean;
}

export interface EngagementResponse {
  readonly period: FigureFilter['period'];
  readonly year: number;
  readonly region: Region | null;
  /** The survey as entered for the scope asked (the company, or the region); null when none was entered. */
  readonly result: EngagementEntry | null;
  readonly goal: number;
  readonly byRegion: EngagementEntry[];
}

/** Employee engagement for the calendar year of the period's last day: the yearly survey as entered. */
export async function engagementFigures(sql: ReadModelSql, filter: FigureFilter): Promise<EngagementResponse> {
  const year = filter.period.year;
  const rows = (await sql.query('SELECT region, total_score, engagement_index, respondents FROM rm_employee_surveys WHERE year = $1::int', [year])) as {
    region: string;
    total_score: number;
    engagement_index: number;
    respondents: number | null;
  }[];
  const entry = (region: string): EngagementEntry | null => {
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
      .filter((e): e is EngagementEntry => e !== null),
  };
}

export interface DiversityEntry {
  readonly region: Region | null;
  readonly headcount: number;
  readonly ageBands: { readonly under_30: number; readonly from_30_to_49: number; readonly from_50: number };
  readonly gender: { readonly women: number; readonly men: number; readonly other: number };
  readonly foreignBackground: { readonly yes: number; readonly no: number; readonly unknown: number };
  readonly shares: {
    readonly women: number | null;
    /** Of those whose background is known. */
    readonly foreignBackground: number | null;
    readonly under30: number | null;
    readonly from50: number | null;
  };
}

export interface DiversityResponse {
  readonly period: FigureFilter['period'];
  readonly year: number;
  readonly region: Region | null;
  readonly result: DiversityEntry | null;
  readonly byRegion: DiversityEntry[];
  /** The board's goals: the targets set for the year (metrics employee_*_share). */
  readonly goals: Record<string, number>;
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
  const entry = (region: string): DiversityEntry | null => {
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
      .filter((e): e is DiversityEntry => e !== null),
    goals: Object.fromEntries(targets.map((t) => [t.metric, Number(t.value)])),
  };
}
