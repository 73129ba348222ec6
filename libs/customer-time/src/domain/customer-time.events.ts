import type { BusinessDate, DomainEvent } from '#libs/decider';
import type { OrganisationNumber } from '#libs/customers';
import type { TimeEntryKind } from './time-entry-kind.js';

/**
 * Event type strings are stored: never rename them. Optional fields are absent, never undefined.
 * `customerId` is present exactly when kind is 'customer'.
 */
export type TimeEntryRecorded = DomainEvent<
  'TimeEntryRecorded',
  {
    readonly entryId: string;
    readonly employeeId: string;
    readonly date: BusinessDate;
    readonly minutes: number;
    readonly kind: TimeEntryKind;
    readonly customerId?: OrganisationNumber;
    readonly fundingProjectId?: string;
  }
>;

/** The new values in full, and the previous ones, so a projection can apply it without state. */
export type TimeEntryCorrected = DomainEvent<
  'TimeEntryCorrected',
  {
    readonly entryId: string;
    readonly employeeId: string;
    readonly date: BusinessDate;
    readonly minutes: number;
    readonly kind: TimeEntryKind;
    readonly customerId?: OrganisationNumber;
    readonly fundingProjectId?: string;
    readonly previous: {
      readonly minutes: number;
      readonly kind: TimeEntryKind;
      readonly customerId?: OrganisationNumber;
    };
  }
>;

/** Carries the values that stop counting. */
export type TimeEntryVoided = DomainEvent<
  'TimeEntryVoided',
  {
    readonly entryId: string;
    readonly employeeId: string;
    readonly date: BusinessDate;
    readonly minutes: number;
    readonly kind: TimeEntryKind;
    readonly customerId?: OrganisationNumber;
    readonly fundingProjectId?: string;
    readonly reason: string;
  }
>;

export type CustomerTimeEvent = TimeEntryRecorded | TimeEntryCorrected | TimeEntryVoided;

export const CUSTOMER_TIME_EVENT_TYPES = ['TimeEntryRecorded', 'TimeEntryCorrected', 'TimeEntryVoided'] as const satisfies readonly CustomerTimeEvent['type'][];
