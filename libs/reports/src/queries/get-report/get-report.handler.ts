import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { refuse } from '#libs/decider';
import type { EventStore } from '#libs/event-store';
import { EVENT_STORE } from '#libs/platform';
import { READ_MODELS } from '#libs/projections';
import type { DataSource } from 'typeorm';
import { compareFigures } from '../../domain/report-comparison.js';
import { reportLabel, reportStream } from '../../domain/report-scope.js';
import { issuedVersions } from '../../report/issued-reports.js';
import { computeReport } from '../../report/report-document.js';
import { GetReportQuery } from './get-report.query.js';
import type { ReportResult } from './report-result.js';

@QueryHandler(GetReportQuery)
export class GetReportHandler implements IQueryHandler<GetReportQuery> {
  constructor(
    @Inject(READ_MODELS) private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ scope, issued }: GetReportQuery): Promise<ReportResult> {
    if (issued === undefined) return { view: 'report', report: await computeReport(this.dataSource, scope) };
    const versions = await issuedVersions(this.store, scope);
    const name = `${reportLabel(scope)}${scope.region ? ` (${scope.region})` : ''}`;
    const last = versions.at(-1) ?? refuse('not_found', 'report-not-issued', `The report ${name} has not been issued (stream ${reportStream(scope)})`);
    const chosen =
      issued === 'latest'
        ? last
        : (versions.find((v) => v.version === issued) ?? refuse('not_found', 'report-version-not-found', `The report ${name} has versions 1–${last.version}, not ${issued}`));
    const current = await computeReport(this.dataSource, scope);
    return { view: 'comparison', issued: chosen, current, differences: compareFigures(chosen.figures, current.figures) };
  }
}
