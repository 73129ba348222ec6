import type { Region } from '#libs/decider';
import type { ScorecardMetricKey } from './scorecard-metrics.js';

export type Quarter = 1 | 2 | 3 | 4;

/**
 * What a target or a deviation comment is about: a metric in a year, or in one quarter of it (no
 * quarter = the whole year), for one region or, without a region, for both together.
 */
export interface ScorecardScope {
  readonly metric: ScorecardMetricKey;
  readonly year: number;
  readonly quarter?: Quarter;
  readonly region?: Region;
}

/** Two targets (or comments) with the same key are the same one: the later replaces the earlier. */
export const scorecardScopeKey = (scope: ScorecardScope): string => `${scope.metric}/${scope.year}/${scope.quarter ?? 'year'}/${scope.region ?? 'all'}`;
