import type { Actor, BusinessDate, BusinessDateWindow, Region } from '#libs/decider';
import type { CompanyPhase, OwnerAnswer } from './customer-profile.js';
import type { TargetGroup } from './target-group.js';

/**
 * `customerId` is the organisationsnummer as entered (a hyphen is accepted); the handler routes to
 * `customerStream(requireOrganisationNumber(customerId))`.
 */
export interface RegisterCustomer {
  readonly type: 'RegisterCustomer';
  readonly data: {
    readonly customerId: string;
    readonly name: string;
    readonly region: Region;
    readonly municipality: string;
    readonly foundedOn: BusinessDate;
    readonly phase: CompanyPhase;
    readonly registeredOn: BusinessDate;
    readonly actor: Actor;
    /** Today and the back-dating window the command's business date must lie in. */
    readonly window: BusinessDateWindow;
  };
}

export interface UpdateCustomerProfile {
  readonly type: 'UpdateCustomerProfile';
  readonly data: {
    readonly customerId: string;
    readonly name?: string;
    readonly region?: Region;
    readonly municipality?: string;
    readonly phase?: CompanyPhase;
    /** The business date from which the new profile holds (a phase change matters for focus groups). */
    readonly updatedOn: BusinessDate;
    readonly actor: Actor;
    /** Today and the back-dating window the command's business date must lie in. */
    readonly window: BusinessDateWindow;
  };
}

export interface ClassifyCustomer {
  readonly type: 'ClassifyCustomer';
  readonly data: {
    readonly customerId: string;
    readonly group: TargetGroup;
    readonly effectiveFrom: BusinessDate;
    readonly actor: Actor;
    /** Today and the back-dating window the command's business date must lie in. */
    readonly window: BusinessDateWindow;
  };
}

export interface RecordOwnerProfile {
  readonly type: 'RecordOwnerProfile';
  readonly data: {
    readonly customerId: string;
    readonly womenLed: OwnerAnswer;
    readonly foreignBackground: OwnerAnswer;
    readonly ownerName?: string;
    readonly recordedOn: BusinessDate;
    readonly actor: Actor;
    /** Today and the back-dating window the command's business date must lie in. */
    readonly window: BusinessDateWindow;
  };
}

export interface EraseCustomerPersonalData {
  readonly type: 'EraseCustomerPersonalData';
  readonly data: {
    readonly customerId: string;
    readonly requestedOn: BusinessDate;
    readonly actor: Actor;
    /** Today and the back-dating window the command's business date must lie in. */
    readonly window: BusinessDateWindow;
  };
}

export type CustomerCommand = RegisterCustomer | UpdateCustomerProfile | ClassifyCustomer | RecordOwnerProfile | EraseCustomerPersonalData;
