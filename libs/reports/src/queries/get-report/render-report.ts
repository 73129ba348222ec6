import type { Response } from 'express';
import { reportLabel } from '../../domain/report-scope.js';
import type { Language } from '../../formats/figure-format.js';
import { comparisonCsv, reportCsv } from '../../formats/report-csv.js';
import { CONTENT_TYPES, type ReportFormat } from '../../formats/report-format.js';
import { comparisonHtml, reportHtml } from '../../formats/report-html.js';
import type { ReportResult } from './report-result.js';

/** JSON is the result as it is (Nest serialises it); CSV and HTML are text with their content type. */
export function renderReport(result: ReportResult, format: ReportFormat, lang: Language, response: Response): unknown {
  response.setHeader('Vary', 'Accept');
  const json =
    result.view === 'report'
      ? result.report
      : {
          kind: result.current.kind,
          year: result.current.year,
          quarter: result.current.quarter,
          region: result.current.region,
          issued: {
            streamId: result.issued.streamId,
            version: result.issued.version,
            position: result.issued.position,
            issuedBy: result.issued.issuedBy,
            issuedOn: result.issued.issuedOn,
            issuedAt: result.issued.issuedAt,
            figures: result.issued.figures,
          },
          current: result.current,
          differences: result.differences,
          changed: result.differences.filter((d) => d.changed).length,
        };
  if (format === 'json') return json;
  const doc = result.view === 'report' ? result.report : result.current;
  response.setHeader('Content-Type', CONTENT_TYPES[format]);
  if (format === 'csv') {
    const name = `almi-report-${reportLabel({ kind: doc.kind, year: doc.year, quarter: doc.quarter ?? undefined })}${doc.region ? `-${doc.region}` : ''}${result.view === 'comparison' ? `-issued-v${result.issued.version}` : ''}.csv`;
    response.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    return result.view === 'report' ? reportCsv(result.report.figures, lang) : comparisonCsv(result.differences, lang);
  }
  return result.view === 'report' ? reportHtml(result.report, lang) : comparisonHtml(result.issued, result.current, result.differences, lang);
}
