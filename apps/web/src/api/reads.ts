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

type Schemas = components['schemas'];
export type LoanSummary = Schemas['LoanSummaryDto'];
export type LoanDetail = Schemas['LoanDetailDto'];
export type TimeEntry = Schemas['TimeEntryDto'];
export type TimeEntries = Schemas['TimeEntryPage'];
export type Employee = Schemas['EmployeeDto'];
export type ExpiringCertification = Schemas['ExpiringCertificationDto'];

export const list = <T>(path: string, query: Query = {}): Promise<Page<T>> => get<Page<T>>(path, { ...readYourWrites(), ...query });
export const one = <T>(path: string, query: Query = {}): Promise<T> => get<T>(path, { ...readYourWrites(), ...query });

/** A value that the api may name in one of several ways (until issue 9's shapes settle). */
export const first = <T>(...values: (T | undefined | null)[]): T | undefined => values.find((v) => v !== undefined && v !== null) ?? undefined;
