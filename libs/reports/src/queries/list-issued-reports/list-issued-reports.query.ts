import { Query } from '@nestjs/cqrs';
import type { Region } from '#libs/decider';
import type { ReportKind } from '../../domain/report-scope.js';
import type { IssuedReportsResponse } from './list-issued-reports.response.js';

export class ListIssuedReportsQuery extends Query<IssuedReportsResponse> {
  constructor(
    readonly year: number,
    readonly kind?: ReportKind,
    readonly region?: Region,
  ) {
    super();
  }
}
