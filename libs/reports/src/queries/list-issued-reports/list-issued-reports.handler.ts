import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '#libs/event-store';
import { EVENT_STORE } from '#libs/platform';
import { issuedReportsOf } from '../../report/issued-reports.js';
import { ListIssuedReportsQuery } from './list-issued-reports.query.js';
import type { IssuedReportsResponse } from './list-issued-reports.response.js';

/**
 * A year's reports are read straight from their streams: the at most 15 report streams of a year
 * are named by reportStream, so the list is always current (no read model, no lag).
 */
@QueryHandler(ListIssuedReportsQuery)
export class ListIssuedReportsHandler implements IQueryHandler<ListIssuedReportsQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ year, kind, region }: ListIssuedReportsQuery): Promise<IssuedReportsResponse> {
    const all = await issuedReportsOf(this.store, year);
    const latest = new Map<string, number>();
    for (const report of all) latest.set(report.streamId, Math.max(latest.get(report.streamId) ?? 0, report.version));
    return {
      year,
      reports: all
        .filter((r) => (kind === undefined || r.kind === kind) && (region === undefined || r.region === region))
        .map(({ figures, ...summary }) => ({ ...summary, latest: latest.get(summary.streamId) === summary.version, figureCount: figures.length })),
    };
  }
}
