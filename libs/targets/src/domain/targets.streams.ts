import { scorecardScopeKey, type ScorecardScope } from './scorecard-scope.js';

/**
 * Stream boundaries. Targets, benchmarks and deviation comments of different scopes never
 * constrain each other (each decision only compares a new value with the current one of the same
 * scope), so each scope has its own stream and independent writers never collide on a revision.
 *
 * Until issue 14 all of a year's targets (benchmarks, comments) shared one stream, `targets-<year>`
 * (`benchmarks-<year>`, `report-comments-<year>`). Those streams are kept as recorded and still
 * read: a command folds its year stream first (handleCommand's readFirst), then its scope's stream,
 * and appends only to the scope's stream. Nothing appends to a year stream any more, so folding it
 * without an expected revision is safe. The read models follow events by type, not by stream, so
 * they see both.
 */
export const targetsStream = (year: number): string => `targets-${year}`;

export const benchmarksStream = (year: number): string => `benchmarks-${year}`;

export const reportCommentsStream = (year: number): string => `report-comments-${year}`;

/** `metric/2026/1/vastmanland` → `metric-q1-vastmanland`; `metric/2026/year/all` → `metric-year-all`. */
const scopePart = (scope: ScorecardScope): string => {
  const [metric, , period, region] = scorecardScopeKey(scope).split('/');
  return `${metric}-${period === 'year' ? 'year' : `q${period}`}-${region}`;
};

/** One target: `targets-2026-new_lending_volume-q1-vastmanland`, `targets-2027-loans_granted-year-all`. */
export const targetStream = (scope: ScorecardScope): string => `${targetsStream(scope.year)}-${scopePart(scope)}`;

/** One deviation comment's scope: `report-comments-2026-loans_granted-q2-all`. */
export const reportCommentStream = (scope: ScorecardScope): string => `${reportCommentsStream(scope.year)}-${scopePart(scope)}`;

/** One benchmark: `benchmarks-2026-vastmanland-women_led-business_population`. */
export const benchmarkStream = (b: { year: number; region: string; attribute: string; population: string }): string =>
  `${benchmarksStream(b.year)}-${b.region}-${b.attribute}-${b.population}`;
