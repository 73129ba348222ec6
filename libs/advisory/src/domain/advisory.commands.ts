import type { Actor, BusinessDate, BusinessDateWindow } from '#libs/decider';
import type { AdvisoryModuleCatalogue, MentorProgramme } from './advisory-modules.js';

/** A registered employee holding the advisor role is an active advisor. */
export type AdvisorStatus = 'active-advisor' | 'not-an-advisor' | 'unregistered';

/** `customerId` is the organisationsnummer as entered; that the customer exists is the handler's check. */
export interface LogAdvisorySession {
  readonly type: 'LogAdvisorySession';
  readonly data: {
    readonly sessionId: string;
    readonly customerId: string;
    readonly advisorId: string;
    readonly date: BusinessDate;
    readonly durationMinutes: number;
    readonly sustainabilityDiscussed: boolean;
    readonly fundingProjectId?: string;
    readonly actor: Actor;
    /** Today and the back-dating window the command's business date must lie in. */
    readonly window: BusinessDateWindow;
  };
}

export interface DeliverModule {
  readonly type: 'DeliverModule';
  readonly data: {
    readonly deliveryId: string;
    readonly customerId: string;
    readonly module: string;
    readonly advisorId: string;
    /** What the staff register says of `advisorId` today, looked up by the handler. */
    readonly advisorStatus: AdvisorStatus;
    readonly deliveredOn: BusinessDate;
    readonly fundingProjectId?: string;
    /** The catalogue in force, from configuration (`defaultAdvisoryModules` unless extended). */
    readonly modules: AdvisoryModuleCatalogue;
    readonly actor: Actor;
    /** Today and the back-dating window the command's business date must lie in. */
    readonly window: BusinessDateWindow;
  };
}

export interface VoidDelivery {
  readonly type: 'VoidDelivery';
  readonly data: {
    readonly deliveryId: string;
    readonly reason: string;
    readonly voidedOn: BusinessDate;
    readonly actor: Actor;
    /** Today and the back-dating window the command's business date must lie in. */
    readonly window: BusinessDateWindow;
  };
}

export interface MatchMentorPair {
  readonly type: 'MatchMentorPair';
  readonly data: {
    readonly pairId: string;
    readonly programme: MentorProgramme;
    readonly mentorName: string;
    readonly customerId: string;
    readonly matchedOn: BusinessDate;
    readonly fundingProjectId?: string;
    readonly actor: Actor;
    /** Today and the back-dating window the command's business date must lie in. */
    readonly window: BusinessDateWindow;
  };
}

export interface ConcludeMentorPair {
  readonly type: 'ConcludeMentorPair';
  readonly data: {
    readonly pairId: string;
    readonly concludedOn: BusinessDate;
    readonly actor: Actor;
    /** Today and the back-dating window the command's business date must lie in. */
    readonly window: BusinessDateWindow;
  };
}

export type AdvisorySessionCommand = LogAdvisorySession;
export type ModuleDeliveryCommand = DeliverModule | VoidDelivery;
/** Erase the mentor's name (the mentor's personal data) on request: the key that seals it is destroyed. */
export interface EraseMentorName {
  readonly type: 'EraseMentorName';
  readonly data: {
    readonly pairId: string;
    readonly requestedOn: BusinessDate;
    readonly actor: Actor;
  };
}

export type MentorPairCommand = MatchMentorPair | ConcludeMentorPair | EraseMentorName;
export type AdvisoryCommand = AdvisorySessionCommand | ModuleDeliveryCommand | MentorPairCommand;
