import { REGIONS, type BusinessDate, type Region } from '#libs/decider';
import type { EventStore, RecordedEvent } from '#libs/event-store';
import type { ReportFigure } from '../domain/report-figure.js';
import type { ReportIssued } from '../domain/report.events.js';
import { reportStream, type Quarter, type ReportKind, type ReportScope } from '../domain/report-scope.js';

/** One version of an issued report, as recorded. */
export interface IssuedReport {
  readonly streamId: string;
  readonly kind: ReportKind;
  readonly year: number;
  readonly quarter: Quarter | null;
  readonly region: Region | null;
  readonly version: number;
  /** The store's head the read models had reached when the figures were computed. */
  readonly position: string;
  readonly issuedBy: string;
  readonly issuedOn: BusinessDate;
  /** When the event was recorded (ISO timestamp). */
  readonly issuedAt: string;
  readonly figures: readonly ReportFigure[];
}

const issuedReport = (event: RecordedEvent): IssuedReport => {
  const { data } = event as unknown as RecordedEvent<'ReportIssued', ReportIssued['data']>;
  return {
    streamId: event.streamId,
    kind: data.kind,
    year: data.year,
    quarter: data.quarter ?? null,
    region: data.region ?? null,
    version: data.version,
    position: data.position,
    issuedBy: data.issuedBy,
    issuedOn: data.issuedOn,
    issuedAt: event.recordedAt.toISOString(),
    figures: data.figures,
  };
};

/** Every version of one report, oldest first, read from its stream (the source of truth, no lag). */
export async function issuedVersions(store: Pick<EventStore, 'readStream'>, scope: ReportScope): Promise<IssuedReport[]> {
  const events = await store.readStream(reportStream(scope));
  return events.filter((e) => e.type === 'ReportIssued').map(issuedReport);
}

/** The 15 reports a year can have: four quarters and the year, each for both regions together and for each region. */
export const reportScopesOf = (year: number): ReportScope[] =>
  ([1, 2, 3, 4, undefined] as const).flatMap((quarter) =>
    ([undefined, ...REGIONS] as const).map((region) => ({
      kind: quarter === undefined ? ('yearly' as const) : ('quarterly' as const),
      year,
      ...(quarter === undefined ? {} : { quarter }),
      ...(region === undefined ? {} : { region }),
    })),
  );

/** Every version of every report issued for a year: its report streams are named, so no index is needed. */
export async function issuedReportsOf(store: Pick<EventStore, 'readStream'>, year: number): Promise<IssuedReport[]> {
  const perScope = await Promise.all(reportScopesOf(year).map((scope) => issuedVersions(store, scope)));
  return perScope.flat();
}
