import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { from, mergeMap, type Observable } from 'rxjs';
import { daysBetween, isBusinessDate, quarterOf, type BusinessDate } from '#libs/decider';
import type { PostgresEventStore, RecordedEvent } from '#libs/event-store';
import { EVENT_STORE, type AuthenticatedRequest, type CommandResponse } from '#libs/platform';
import { issuedReportsOf, reportLabel, type IssuedReport } from '#libs/reports';

/**
 * The business date of an event: the first of these fields its data has. Every activity event names one; an
 * event without (a role change, an issued report) has none and is never back-dated.
 */
const BUSINESS_DATE_FIELDS = [
  'appliedOn',
  'decidedOn',
  'approvedOn',
  'disbursedOn',
  'paidOn',
  'writtenOffOn',
  'closedOn',
  'deliveredOn',
  'voidedOn',
  'matchedOn',
  'concludedOn',
  'date',
  'updatedOn',
  'effectiveFrom',
  'recordedOn',
  'requestedOn',
  'registeredOn',
  'answeredOn',
  'bookedOn',
] as const;

export const businessDateOfEvent = (data: unknown): BusinessDate | undefined => {
  if (data === null || typeof data !== 'object') return undefined;
  const record = data as Record<string, unknown>;
  const field = BUSINESS_DATE_FIELDS.find((f) => isBusinessDate(record[f]));
  return field === undefined ? undefined : (record[field] as BusinessDate);
};

const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** An issued report a recorded event changes: its period holds the event's business date, and it was issued before the event was recorded. */
export interface IssuedReportChanged {
  readonly report: string;
  readonly region: string | null;
  readonly version: number;
  readonly issuedAt: string;
}

export interface BackDating {
  readonly businessDate: BusinessDate | null;
  /** The day the event was recorded, in Sweden. */
  readonly recordedOn: BusinessDate;
  /** Days from the business date to the record date; 0 for an event recorded on its business date. */
  readonly backdatedDays: number | null;
  readonly changesIssuedReports: readonly IssuedReportChanged[];
}

/**
 * A period whose report has been issued is closed: a back-dated command into it is still recorded (history
 * must be true) but the response and the audit route say which issued report it changes.
 */
@Injectable()
export class ClosedPeriods {
  constructor(@Inject(EVENT_STORE) private readonly store: PostgresEventStore) {}

  /** One lookup per year of the events given. */
  async backDatingOf(events: readonly RecordedEvent[]): Promise<BackDating[]> {
    const years = new Map<number, Promise<IssuedReport[]>>();
    const issuedIn = (year: number): Promise<IssuedReport[]> => {
      if (!years.has(year)) years.set(year, issuedReportsOf(this.store, year));
      return years.get(year)!;
    };
    return Promise.all(
      events.map(async (event) => {
        const recordedOn = STOCKHOLM.format(event.recordedAt);
        const businessDate = event.type === 'ReportIssued' ? undefined : businessDateOfEvent(event.data);
        if (businessDate === undefined) return { businessDate: null, recordedOn, backdatedDays: null, changesIssuedReports: [] };
        const issued = await issuedIn(Number(businessDate.slice(0, 4)));
        const changes = issued
          .filter((report) => (report.kind === 'yearly' || report.quarter === quarterOf(businessDate)) && Date.parse(report.issuedAt) < event.recordedAt.getTime())
          .map((report) => ({
            report: reportLabel({ kind: report.kind, year: report.year, ...(report.quarter === null ? {} : { quarter: report.quarter }) }),
            region: report.region,
            version: report.version,
            issuedAt: report.issuedAt,
          }));
        return { businessDate, recordedOn, backdatedDays: daysBetween(businessDate, recordedOn), changesIssuedReports: changes };
      }),
    );
  }
}

/**
 * Adds `changesIssuedReports` to a command's answer when the events it recorded fall in a period whose report
 * was already issued (read back by the request's correlation and command ids).
 */
@Injectable()
export class ClosedPeriodInterceptor implements NestInterceptor {
  constructor(
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
    private readonly closedPeriods: ClosedPeriods,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (request.method === 'GET') return next.handle();
    return next.handle().pipe(mergeMap((body: unknown) => from(this.annotate(request, body))));
  }

  private async annotate(request: AuthenticatedRequest, body: unknown): Promise<unknown> {
    const response = body as Partial<CommandResponse> | undefined;
    if (!response || typeof response !== 'object' || !Array.isArray(response.events) || response.events.length === 0 || !request.correlationId) return body;
    const recorded = (await this.store.readCorrelated(request.correlationId)).filter((e) => e.metadata.causationId === request.commandId);
    const changes = (await this.closedPeriods.backDatingOf(recorded)).flatMap((b) => b.changesIssuedReports);
    if (changes.length === 0) return body;
    const unique = [...new Map(changes.map((c) => [`${c.report}/${c.region}/${c.version}`, c])).values()];
    return { ...response, changesIssuedReports: unique };
  }
}
