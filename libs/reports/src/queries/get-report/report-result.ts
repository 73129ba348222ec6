import type { FigureDifference } from '../../domain/report-comparison.js';
import type { IssuedReport } from '../../report/issued-reports.js';
import type { ReportDocument } from '../../report/report-document.js';

/** Today's figures, or (with ?issued=) an issued version beside them. */
export type ReportResult =
  | { readonly view: 'report'; readonly report: ReportDocument }
  | { readonly view: 'comparison'; readonly issued: IssuedReport; readonly current: ReportDocument; readonly differences: FigureDifference[] };
