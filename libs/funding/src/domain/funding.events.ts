import type { BusinessDate, DomainEvent } from '#libs/decider';

/**
 * Event type strings are stored: never rename them. A special assignment (särskilt uppdrag) is
 * financed outside the owners' appropriation, so its costs and revenues are reported separately;
 * activity events name it in their `fundingProjectId`.
 */
export type FundingProjectRegistered = DomainEvent<
  'FundingProjectRegistered',
  {
    readonly projectId: string;
    readonly name: string;
    readonly funder: string;
    readonly startsOn: BusinessDate;
    readonly endsOn: BusinessDate;
    readonly registeredBy: string;
  }
>;

export type ProjectCostBooked = DomainEvent<
  'ProjectCostBooked',
  {
    readonly projectId: string;
    readonly entryId: string;
    readonly bookedOn: BusinessDate;
    readonly amountOre: number;
    readonly description: string;
    readonly bookedBy: string;
  }
>;

export type ProjectRevenueBooked = DomainEvent<
  'ProjectRevenueBooked',
  {
    readonly projectId: string;
    readonly entryId: string;
    readonly bookedOn: BusinessDate;
    readonly amountOre: number;
    readonly description: string;
    readonly bookedBy: string;
  }
>;

export type FundingEvent = FundingProjectRegistered | ProjectCostBooked | ProjectRevenueBooked;

export const FUNDING_EVENT_TYPES = ['FundingProjectRegistered', 'ProjectCostBooked', 'ProjectRevenueBooked'] as const satisfies readonly FundingEvent['type'][];
