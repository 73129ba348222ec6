/**
 * One figure of a report: a scorecard metric (with its target where the board set one) or a
 * supporting figure. Values are in `unit`: 'count' and 'minutes' whole numbers, 'ore' öre, 'share'
 * a fraction 0..1, 'percent' a number of percent (return on lending), 'number' an index, score or months.
 */
export type FigureUnit = 'count' | 'ore' | 'share' | 'percent' | 'minutes' | 'number';

/** The scorecard's perspectives: every goal of the directive is shown first, grouped by them. */
export const GOAL_SECTIONS = ['goals_financial', 'goals_customer', 'goals_process', 'goals_employee', 'goals_sustainability'] as const;

export const REPORT_SECTIONS = [
  ...GOAL_SECTIONS,
  'loans',
  'advisory',
  'target_groups',
  'customer_time',
  'focus_groups',
  'recommendations',
  'special_assignments',
  'mentor_pairs',
  'growth_index',
  'focus_group_index',
  'employees',
  'free_equity',
  'sustainability',
  'municipalities',
  'special_assignment_approvals',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export interface FigureLabel {
  readonly sv: string;
  readonly en: string;
}

export interface DeviationComment {
  readonly comment: string;
  readonly recordedBy: string;
}

export interface ReportFigure {
  /** Stable key: a scorecard metric key, or a supporting figure's dotted key (`outstanding_principal`, `mentor_pairs.active`). */
  readonly metric: string;
  readonly section: ReportSection;
  readonly label: FigureLabel;
  readonly unit: FigureUnit;
  /** null when the figure has no value (a share of nothing). */
  readonly outcome: number | null;
  /** The board's target for exactly this period and region; null when none was set. */
  readonly target: number | null;
  /** outcome − target; null without a target or an outcome. */
  readonly deviation: number | null;
  /** deviation ÷ target × 100; null also when the target is 0. */
  readonly deviationPercent: number | null;
  /** The controller's comment on this metric for exactly this period and region. */
  readonly comment: DeviationComment | null;
}

/** outcome against target, as figure 13 defines it. */
export const deviationOf = (outcome: number | null, target: number | null): Pick<ReportFigure, 'deviation' | 'deviationPercent'> => {
  if (outcome === null || target === null) return { deviation: null, deviationPercent: null };
  const deviation = outcome - target;
  return { deviation, deviationPercent: target === 0 ? null : (deviation / target) * 100 };
};
