import type { BusinessDate, DomainEvent, Region } from '#libs/decider';
import type { ReportFigure } from './report-figure.js';
import type { Quarter, ReportKind } from './report-scope.js';

/**
 * Event type strings are stored: never rename them. Optional fields are absent, never undefined.
 * Each version keeps the figures exactly as issued, so a later correction of the activity data
 * changes "what is true now" but never "what we reported".
 */
export type ReportIssued = DomainEvent<
  'ReportIssued',
  {
    readonly kind: ReportKind;
    readonly year: number;
    readonly quarter?: Quarter;
    readonly region?: Region;
    /** 1 for the first issue of this report, then 2, 3, … */
    readonly version: number;
    /** The store's head (`<commit>-<prepare>`) that every read model had reached before the figures were computed. */
    readonly position: string;
    readonly figures: readonly ReportFigure[];
    readonly issuedBy: string;
    /** The business date it was issued (Europe/Stockholm). */
    readonly issuedOn: BusinessDate;
  }
>;

export type ReportEvent = ReportIssued;

export const REPORT_EVENT_TYPES = ['ReportIssued'] as const satisfies readonly ReportEvent['type'][];
