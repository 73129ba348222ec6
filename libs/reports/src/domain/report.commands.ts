import type { Actor, BusinessDate, Region } from '#libs/decider';
import type { ReportFigure } from './report-figure.js';
import type { Quarter, ReportKind } from './report-scope.js';

/**
 * Issue the quarterly or yearly report to the owners. The figures were computed by the caller at
 * `position` (the decider does no I/O); `today` is the business date it arrives.
 */
export interface IssueReport {
  readonly type: 'IssueReport';
  readonly data: {
    readonly kind: ReportKind;
    readonly year: number;
    readonly quarter?: Quarter;
    readonly region?: Region;
    readonly position: string;
    readonly figures: readonly ReportFigure[];
    readonly today: BusinessDate;
    readonly actor: Actor;
  };
}

export type ReportCommand = IssueReport;
