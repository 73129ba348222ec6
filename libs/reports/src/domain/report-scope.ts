import type { BusinessDate, Region } from '#libs/decider';

export const REPORT_KINDS = ['quarterly', 'yearly'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export type Quarter = 1 | 2 | 3 | 4;

/** What a report covers: a quarter or a year, for one region or (no region) both together. */
export interface ReportScope {
  readonly kind: ReportKind;
  readonly year: number;
  /** Present exactly for a quarterly report. */
  readonly quarter?: Quarter;
  readonly region?: Region;
}

/** `report-2025-Q1`, `report-2025-year`, `report-2025-Q1-orebro`: one stream per report, its versions in it. */
export const reportStream = (scope: ReportScope): string => `report-${reportLabel(scope)}${scope.region ? `-${scope.region}` : ''}`;

/** '2025-Q1' or '2025-year'. */
export const reportLabel = (scope: Pick<ReportScope, 'kind' | 'year' | 'quarter'>): string =>
  `${scope.year}-${scope.kind === 'quarterly' ? `Q${scope.quarter}` : 'year'}`;

const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'] as const;

/** The last business date the report covers: the quarter's last day, or the year's (a quarter is present exactly for a quarterly report). */
export const reportPeriodEnd = (scope: Pick<ReportScope, 'year' | 'quarter'>): BusinessDate => `${scope.year}-${scope.quarter === undefined ? '12-31' : QUARTER_ENDS[scope.quarter - 1]}`;
