import type { DeviationComment, FigureLabel, FigureUnit, ReportFigure, ReportSection } from './report-figure.js';

export type FigureValues = Pick<ReportFigure, 'outcome' | 'target' | 'deviation' | 'deviationPercent' | 'comment'>;

/** One figure as issued beside the same figure now. */
export interface FigureDifference {
  readonly metric: string;
  readonly section: ReportSection;
  readonly label: FigureLabel;
  readonly unit: FigureUnit;
  /** null when the issued report did not have the figure (a funding project that appeared since). */
  readonly issued: FigureValues | null;
  /** null when the figure is gone now. */
  readonly current: FigureValues | null;
  /** current outcome − issued outcome; null unless both have one. */
  readonly outcomeDifference: number | null;
  /** Outcome, target or comment differ, or the figure is on one side only. */
  readonly changed: boolean;
}

const values = (f: ReportFigure): FigureValues => ({ outcome: f.outcome, target: f.target, deviation: f.deviation, deviationPercent: f.deviationPercent, comment: f.comment });

const sameComment = (a: DeviationComment | null, b: DeviationComment | null): boolean => (a === null || b === null ? a === b : a.comment === b.comment);

/**
 * "What we reported" beside "what is true now", figure by figure: in today's order, then the
 * figures only the issued report had.
 */
export function compareFigures(issued: readonly ReportFigure[], current: readonly ReportFigure[]): FigureDifference[] {
  const before = new Map(issued.map((f) => [f.metric, f]));
  const now = new Set(current.map((f) => f.metric));
  const rows = current.map((f): FigureDifference => {
    const then = before.get(f.metric);
    if (then === undefined) return { metric: f.metric, section: f.section, label: f.label, unit: f.unit, issued: null, current: values(f), outcomeDifference: null, changed: true };
    const outcomeDifference = then.outcome === null || f.outcome === null ? null : f.outcome - then.outcome;
    const changed = then.outcome !== f.outcome || then.target !== f.target || !sameComment(then.comment, f.comment);
    return { metric: f.metric, section: f.section, label: f.label, unit: f.unit, issued: values(then), current: values(f), outcomeDifference, changed };
  });
  const gone = issued
    .filter((f) => !now.has(f.metric))
    .map((f): FigureDifference => ({ metric: f.metric, section: f.section, label: f.label, unit: f.unit, issued: values(f), current: null, outcomeDifference: null, changed: true }));
  return [...rows, ...gone];
}
