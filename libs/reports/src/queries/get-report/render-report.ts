import type { Response } from 'express';
import { comparePositions, parsePosition } from '#libs/event-store';
import type { Freshness } from '#libs/projections';
import { reportLabel } from '../../domain/report-scope.js';
import type { Language } from '../../formats/figure-format.js';
import { comparisonCsv, reportCsv, withFreshnessLine } from '../../formats/report-csv.js';
import { CONTENT_TYPES, type ReportFormat } from '../../formats/report-format.js';
import { comparisonHtml, reportHtml } from '../../formats/report-html.js';
import type { ReportResult } from './report-result.js';

/**
 * The report's own snapshot may have read the read models a little later than the freshness was
 * measured: its `readModelsAt` is then the truer position, and complete once it reaches the head.
 */
export function reportFreshness(freshness: Freshness, readModelsAt: string | null): Freshness {
  const snapshot = readModelsAt === null ? undefined : parsePosition(readModelsAt);
  const measured = parsePosition(freshness.position);
  if (!snapshot || !measured || comparePositions(snapshot, measured) <= 0) return freshness;
  const head = parsePosition(freshness.head);
  return head && comparePositions(snapshot, head) >= 0
    ? { ...freshness, position: readModelsAt as string, lagEvents: 0, lagSeconds: 0, complete: true }
    : { ...freshness, position: readModelsAt as string };
}

/** Every format also carries what the figures include in response headers. */
function setFreshnessHeaders(response: Response, freshness: Freshness): void {
  response.setHeader('X-Read-Models-Position', freshness.position);
  response.setHeader('X-Store-Head', freshness.head);
  response.setHeader('X-Lag-Events', String(freshness.lagEvents));
  response.setHeader('X-Lag-Seconds', String(freshness.lagSeconds));
  response.setHeader('X-Figures-Complete', String(freshness.complete));
}

/** JSON is the result as it is (Nest serialises it); CSV and HTML are text with their content type. */
export function renderReport(result: ReportResult, format: ReportFormat, lang: Language, response: Response, measured: Freshness): unknown {
  response.setHeader('Vary', 'Accept');
  const freshness = reportFreshness(measured, result.view === 'report' ? result.report.readModelsAt : result.current.readModelsAt);
  setFreshnessHeaders(response, freshness);
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
  if (format === 'json') return { ...json, freshness };
  const doc = result.view === 'report' ? result.report : result.current;
  response.setHeader('Content-Type', CONTENT_TYPES[format]);
  if (format === 'csv') {
    const name = `almi-report-${reportLabel({ kind: doc.kind, year: doc.year, quarter: doc.quarter ?? undefined })}${doc.region ? `-${doc.region}` : ''}${result.view === 'comparison' ? `-issued-v${result.issued.version}` : ''}.csv`;
    response.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    const body = result.view === 'report' ? reportCsv(result.report.figures, lang) : comparisonCsv(result.differences, lang);
    return withFreshnessLine(body, freshness, lang);
  }
  return result.view === 'report' ? reportHtml(result.report, lang, freshness) : comparisonHtml(result.issued, result.current, result.differences, lang, freshness);
}
