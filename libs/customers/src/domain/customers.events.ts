import type { BusinessDate, DomainEvent, Region } from '#libs/decider';
import type { CompanyPhase, OwnerAnswer } from './customer-profile.js';
import type { OrganisationNumber } from './organisation-number.js';
import type { TargetGroup } from './target-group.js';

/** Event type strings are stored: never rename them. */
export type CustomerRegistered = DomainEvent<
  'CustomerRegistered',
  {
    readonly customerId: OrganisationNumber;
    readonly name: string;
    readonly region: Region;
    readonly municipality: string;
    readonly foundedOn: BusinessDate;
    readonly phase: CompanyPhase;
    readonly registeredOn: BusinessDate;
  }
>;

/** Carries only the fields that changed. */
export type CustomerProfileUpdated = DomainEvent<
  'CustomerProfileUpdated',
  {
    readonly customerId: OrganisationNumber;
    readonly updatedOn: BusinessDate;
    readonly name?: string;
    readonly region?: Region;
    readonly municipality?: string;
    readonly phase?: CompanyPhase;
  }
>;

export type CustomerClassified = DomainEvent<
  'CustomerClassified',
  {
    readonly customerId: OrganisationNumber;
    readonly group: TargetGroup;
    readonly effectiveFrom: BusinessDate;
  }
>;

export type OwnerProfileRecorded = DomainEvent<
  'OwnerProfileRecorded',
  {
    readonly customerId: OrganisationNumber;
    readonly womenLed: OwnerAnswer;
    readonly foreignBackground: OwnerAnswer;
    readonly ownerName?: string;
    readonly recordedOn: BusinessDate;
  }
>;

export type CustomerPersonalDataErased = DomainEvent<
  'CustomerPersonalDataErased',
  {
    readonly customerId: OrganisationNumber;
    readonly requestedOn: BusinessDate;
  }
>;

export type CustomerEvent = CustomerRegistered | CustomerProfileUpdated | CustomerClassified | OwnerProfileRecorded | CustomerPersonalDataErased;

export const CUSTOMER_EVENT_TYPES = [
  'CustomerRegistered',
  'CustomerProfileUpdated',
  'CustomerClassified',
  'OwnerProfileRecorded',
  'CustomerPersonalDataErased',
] as const satisfies readonly CustomerEvent['type'][];

/**
 * Personal data (GDPR) inside event data, per event type. The infrastructure encrypts these fields
 * with a per-customer key and destroys the key on CustomerPersonalDataErased; the domain only
 * carries them.
 */
export const customerPersonalDataFields = {
  OwnerProfileRecorded: ['womenLed', 'foreignBackground', 'ownerName'],
} as const satisfies { readonly [T in CustomerEvent['type']]?: readonly (keyof Extract<CustomerEvent, { type: T }>['data'])[] };
