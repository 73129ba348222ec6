import type { Region } from '#libs/decider';
import { parseFilter, type FigureFilter, type Period } from '#libs/scorecard';
import type { DataSource } from 'typeorm';
import type { ReportFigure } from '../domain/report-figure.js';
import type { Quarter, ReportKind, ReportScope } from '../domain/report-scope.js';
import { inSnapshot, readModelsPosition } from './read-model-snapshot.js';
import { reportFigures, reportSources, reportTargets } from './report-figures.js';

/** A quarterly or yearly report as computed from the read models. */
export interface ReportDocument {
  readonly kind: ReportKind;
  readonly year: number;
  readonly quarter: Quarter | null;
  readonly region: Region | null;
  readonly period: Period;
  /** Every read model had applied all events up to this position (`<commit>-<prepare>`) in the snapshot read. */
  readonly readModelsAt: string | null;
  readonly figures: ReportFigure[];
  /** Yearly reports: the controller's text on significant actions taken because of the directive (null when not written yet; always null quarterly). */
  readonly significantActions: { readonly text: string; readonly recordedBy: string } | null;
}

export const reportFilter = (scope: ReportScope): FigureFilter =>
  parseFilter({ year: scope.year, ...(scope.kind === 'quarterly' ? { quarter: scope.quarter } : {}), ...(scope.region ? { region: scope.region } : {}) });

/** Every figure of the report, from one snapshot of the read models. */
export async function computeReport(dataSource: DataSource, scope: ReportScope): Promise<ReportDocument> {
  const filter = reportFilter(scope);
  return inSnapshot(dataSource, async (sql) => {
    const [sources, targets, readModelsAt, actions] = await Promise.all([
      reportSources(sql, filter),
      reportTargets(sql, filter),
      readModelsPosition(sql),
      scope.kind === 'yearly'
        ? (sql.query('SELECT text, recorded_by FROM rm_significant_actions WHERE year = $1::int', [scope.year]) as Promise<{ text: string; recorded_by: string }[]>)
        : Promise.resolve([]),
    ]);
    return {
      kind: scope.kind,
      year: scope.year,
      quarter: scope.quarter ?? null,
      region: scope.region ?? null,
      period: filter.period,
      readModelsAt,
      figures: reportFigures(sources, targets),
      significantActions: actions[0] ? { text: actions[0].text, recordedBy: actions[0].recorded_by } : null,
    };
  });
}
