import type { BusinessDate, DomainEvent, Region, Role } from '#libs/decider';

/** Event type strings are stored: never rename them. */
export type EmployeeRegistered = DomainEvent<
  'EmployeeRegistered',
  {
    readonly userId: string;
    readonly name: string;
    readonly region: Region;
    readonly roles: readonly Role[];
  }
>;

export type EmployeeRolesChanged = DomainEvent<
  'EmployeeRolesChanged',
  {
    readonly userId: string;
    readonly roles: readonly Role[];
    readonly previousRoles: readonly Role[];
  }
>;

/** The record that an erasure was asked for and honoured (the name's key is destroyed beside it). */
export type EmployeePersonalDataErased = DomainEvent<
  'EmployeePersonalDataErased',
  {
    readonly userId: string;
    readonly requestedOn: BusinessDate;
  }
>;

export type EmployeeEvent = EmployeeRegistered | EmployeeRolesChanged | EmployeePersonalDataErased;

export type CreditCertificationGranted = DomainEvent<
  'CreditCertificationGranted',
  {
    readonly userId: string;
    readonly validFrom: BusinessDate;
    /** Inclusive; absent for a certification without an end date. */
    readonly validTo?: BusinessDate;
  }
>;

/** Ends, from `effectiveFrom` (inclusive), every grant recorded before it. */
export type CreditCertificationRevoked = DomainEvent<
  'CreditCertificationRevoked',
  {
    readonly userId: string;
    readonly effectiveFrom: BusinessDate;
  }
>;

export type CertificationEvent = CreditCertificationGranted | CreditCertificationRevoked;

export type StaffEvent = EmployeeEvent | CertificationEvent;

export const STAFF_EVENT_TYPES = [
  'EmployeeRegistered',
  'EmployeeRolesChanged',
  'EmployeePersonalDataErased',
  'CreditCertificationGranted',
  'CreditCertificationRevoked',
] as const satisfies readonly StaffEvent['type'][];

/** Personal data inside event data, per event type: the infrastructure encrypts these fields. */
export const staffPersonalDataFields = {
  EmployeeRegistered: ['name'],
} as const satisfies { readonly [T in StaffEvent['type']]?: readonly (keyof Extract<StaffEvent, { type: T }>['data'])[] };
