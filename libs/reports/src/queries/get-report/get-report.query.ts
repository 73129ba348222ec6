import { Query } from '@nestjs/cqrs';
import type { ReportScope } from '../../domain/report-scope.js';
import type { ReportResult } from './report-result.js';

export class GetReportQuery extends Query<ReportResult> {
  constructor(
    readonly scope: ReportScope,
    /** Compare with this issued version ('latest' or a number); absent for today's figures only. */
    readonly issued?: 'latest' | number,
  ) {
    super();
  }
}
