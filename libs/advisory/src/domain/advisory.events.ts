import type { BusinessDate, DomainEvent } from '#libs/decider';
import type { OrganisationNumber } from '#libs/customers';
import type { MentorProgramme } from './advisory-modules.js';

/** Event type strings are stored: never rename them. Optional fields are absent, never undefined. */
export type AdvisorySessionLogged = DomainEvent<
  'AdvisorySessionLogged',
  {
    readonly sessionId: string;
    readonly customerId: OrganisationNumber;
    readonly advisorId: string;
    readonly date: BusinessDate;
    readonly durationMinutes: number;
    readonly sustainabilityDiscussed: boolean;
    readonly fundingProjectId?: string;
  }
>;

export type ModuleDelivered = DomainEvent<
  'ModuleDelivered',
  {
    readonly deliveryId: string;
    readonly customerId: OrganisationNumber;
    /** A key of the module catalogue in force when it was delivered. */
    readonly module: string;
    readonly advisorId: string;
    readonly deliveredOn: BusinessDate;
    readonly fundingProjectId?: string;
  }
>;

/** Repeats the delivery's facts so a projection can take it back out of the period it was counted in. */
export type ModuleDeliveryVoided = DomainEvent<
  'ModuleDeliveryVoided',
  {
    readonly deliveryId: string;
    readonly customerId: OrganisationNumber;
    readonly module: string;
    readonly advisorId: string;
    readonly deliveredOn: BusinessDate;
    readonly voidedOn: BusinessDate;
    readonly reason: string;
    readonly voidedBy: string;
    readonly fundingProjectId?: string;
  }
>;

export type MentorPairMatched = DomainEvent<
  'MentorPairMatched',
  {
    readonly pairId: string;
    readonly programme: MentorProgramme;
    /** Personal data: see advisoryPersonalDataFields. */
    readonly mentorName: string;
    readonly customerId: OrganisationNumber;
    readonly matchedOn: BusinessDate;
    readonly matchedBy: string;
    readonly fundingProjectId?: string;
  }
>;

export type MentorPairConcluded = DomainEvent<
  'MentorPairConcluded',
  {
    readonly pairId: string;
    readonly programme: MentorProgramme;
    readonly customerId: OrganisationNumber;
    readonly matchedOn: BusinessDate;
    readonly concludedOn: BusinessDate;
    readonly fundingProjectId?: string;
  }
>;

export type AdvisorySessionEvent = AdvisorySessionLogged;
export type ModuleDeliveryEvent = ModuleDelivered | ModuleDeliveryVoided;
/** The record that erasing the mentor's name was asked for and honoured (its key is destroyed beside it). */
export type MentorNameErased = DomainEvent<
  'MentorNameErased',
  {
    readonly pairId: string;
    readonly customerId: OrganisationNumber;
    readonly requestedOn: BusinessDate;
  }
>;

export type MentorPairEvent = MentorPairMatched | MentorPairConcluded | MentorNameErased;
export type AdvisoryEvent = AdvisorySessionEvent | ModuleDeliveryEvent | MentorPairEvent;

export const ADVISORY_EVENT_TYPES = [
  'AdvisorySessionLogged',
  'ModuleDelivered',
  'ModuleDeliveryVoided',
  'MentorPairMatched',
  'MentorPairConcluded',
  'MentorNameErased',
] as const satisfies readonly AdvisoryEvent['type'][];

/**
 * Personal data (GDPR) inside event data, per event type: the infrastructure seals these fields and
 * can erase them while the aggregate figures stay.
 */
export const advisoryPersonalDataFields = {
  MentorPairMatched: ['mentorName'],
} as const satisfies { readonly [T in AdvisoryEvent['type']]?: readonly (keyof Extract<AdvisoryEvent, { type: T }>['data'])[] };
