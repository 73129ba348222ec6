import type { Actor, Region } from '#libs/decider';
import type { BenchmarkAttribute, BenchmarkPopulation } from './benchmark.js';
import type { ScorecardMetricKey } from './scorecard-metrics.js';
import type { Quarter } from './scorecard-scope.js';

/** A target set by the board, entered by a controller. The value is in the metric's unit. */
export interface SetTarget {
  readonly type: 'SetTarget';
  readonly data: {
    readonly metric: ScorecardMetricKey;
    readonly year: number;
    readonly quarter?: Quarter;
    readonly region?: Region;
    readonly value: number;
    readonly actor: Actor;
  };
}

export interface SetBenchmark {
  readonly type: 'SetBenchmark';
  readonly data: {
    readonly region: Region;
    readonly year: number;
    readonly attribute: BenchmarkAttribute;
    readonly population: BenchmarkPopulation;
    readonly share: number;
    readonly actor: Actor;
  };
}

/** The written explanation of a deviation from target that the owners require yearly. */
export interface RecordDeviationComment {
  readonly type: 'RecordDeviationComment';
  readonly data: {
    readonly year: number;
    readonly quarter?: Quarter;
    readonly region?: Region;
    readonly metric: ScorecardMetricKey;
    readonly comment: string;
    readonly actor: Actor;
  };
}

export type TargetsCommand = SetTarget;
export type BenchmarksCommand = SetBenchmark;
export type ReportCommentsCommand = RecordDeviationComment;
