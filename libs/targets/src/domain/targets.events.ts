import type { DomainEvent, Region } from '#libs/decider';
import type { BenchmarkAttribute, BenchmarkPopulation } from './benchmark.js';
import type { MetricUnit, ScorecardMetricKey } from './scorecard-metrics.js';
import type { Quarter } from './scorecard-scope.js';

/**
 * Event type strings are stored: never rename them. Optional fields are absent, never undefined.
 * These facts are about a period (year, quarter), not a business date.
 */

/** Replaces any earlier TargetSet with the same scorecardScopeKey. */
export type TargetSet = DomainEvent<
  'TargetSet',
  {
    readonly year: number;
    readonly quarter?: Quarter;
    readonly region?: Region;
    readonly metric: ScorecardMetricKey;
    readonly unit: MetricUnit;
    readonly value: number;
    readonly setBy: string;
  }
>;

/** Replaces any earlier BenchmarkSet for the same year, region, attribute and population. */
export type BenchmarkSet = DomainEvent<
  'BenchmarkSet',
  {
    readonly year: number;
    readonly region: Region;
    readonly attribute: BenchmarkAttribute;
    readonly population: BenchmarkPopulation;
    /** A fraction 0..1. */
    readonly share: number;
    readonly setBy: string;
  }
>;

/** Replaces any earlier comment with the same scorecardScopeKey. */
export type DeviationCommentRecorded = DomainEvent<
  'DeviationCommentRecorded',
  {
    readonly year: number;
    readonly quarter?: Quarter;
    readonly region?: Region;
    readonly metric: ScorecardMetricKey;
    readonly comment: string;
    readonly recordedBy: string;
  }
>;

export type TargetsEvent = TargetSet;
export type BenchmarksEvent = BenchmarkSet;
export type ReportCommentsEvent = DeviationCommentRecorded;

export const TARGETS_EVENT_TYPES = ['TargetSet', 'BenchmarkSet', 'DeviationCommentRecorded'] as const satisfies readonly (
  TargetsEvent | BenchmarksEvent | ReportCommentsEvent
)['type'][];
