import { get, readYourWrites, type Query } from './client';
import type { components } from './openapi.gen';

/**
 * The read routes' answers as the screens use them. Where the api's OpenAPI document describes a
 * route's answer, the type comes from there (openapi.gen.ts); the read routes of issue 9 are
 * described here by the fields the screens show, all optional where the api may leave them out.
 */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string | null;
  readonly position?: string;
}

export type Me = components['schemas']['MeDto'];
export type Role = Me['roles'][number];
export type SignInConfig = components['schemas']['SignInConfigDto'];

export type CustomerSummary = components['schemas']['CustomerSummaryDto'] & { readonly erased?: boolean };
export type CustomerDetail = components['schemas']['CustomerDetailDto'];
export type TimelineItem = components['schemas']['TimelineEntryDto'];

export interface LoanSummary {
  readonly loanId: string;
  readonly customerId?: string;
  readonly customerName?: string;
  readonly product?: string;
  readonly status?: string;
  readonly amountOre?: number;
  readonly appliedAmountOre?: number;
  readonly grantedAmountOre?: number;
  readonly decidedBy?: string | null;
  readonly appliedOn?: string;
}

export interface LoanDetail extends LoanSummary {
  readonly purpose?: string;
  readonly lifeCycle?: readonly { event?: string; type?: string; kind?: string; by?: string; actor?: string; on?: string; date?: string; at?: string }[];
  readonly disbursedOre?: number;
  readonly remainingToDisburseOre?: number;
  readonly repaidPrincipalOre?: number;
  readonly writtenOffOre?: number;
  readonly outstandingPrincipalOre?: number;
  readonly amounts?: Record<string, number>;
  readonly movements?: readonly { kind?: string; type?: string; on?: string; date?: string; amountOre?: number; principalOre?: number; interestOre?: number; feesOre?: number }[];
}

export interface TimeEntry {
  readonly entryId: string;
  readonly date: string;
  readonly minutes: number;
  readonly kind: 'customer' | 'internal' | 'absence';
  readonly customerId?: string | null;
  readonly voided?: boolean;
  readonly corrected?: boolean;
  readonly status?: string;
}

export interface TimeEntries extends Page<TimeEntry> {
  readonly days?: readonly { date: string; minutes?: number; totalMinutes?: number }[];
  readonly weeks?: readonly { week: string; minutes?: number; totalMinutes?: number }[];
  readonly customerShare?: number | null;
  readonly share?: number | { customerShare?: number | null; value?: number | null } | null;
}

export interface Employee {
  readonly userId: string;
  readonly name?: string;
  readonly region?: string;
  readonly roles?: readonly Role[];
  readonly certifications?: readonly { validFrom: string; validTo?: string | null }[];
}

export interface Certification {
  readonly userId: string;
  readonly name?: string;
  readonly validFrom?: string;
  readonly validTo?: string | null;
}

export const list = <T>(path: string, query: Query = {}): Promise<Page<T>> => get<Page<T>>(path, { ...readYourWrites(), ...query });
export const one = <T>(path: string, query: Query = {}): Promise<T> => get<T>(path, { ...readYourWrites(), ...query });

/** A value that the api may name in one of several ways (until issue 9's shapes settle). */
export const first = <T>(...values: (T | undefined | null)[]): T | undefined => values.find((v) => v !== undefined && v !== null) ?? undefined;
