import type { Actor, BusinessDate, BusinessDateWindow } from '#libs/decider';

export interface RegisterFundingProject {
  readonly type: 'RegisterFundingProject';
  readonly data: {
    readonly projectId: string;
    readonly name: string;
    /** Who finances it, e.g. "Europeiska regionala utvecklingsfonden". */
    readonly funder: string;
    readonly startsOn: BusinessDate;
    readonly endsOn: BusinessDate;
    readonly actor: Actor;
  };
}

interface ProjectBooking {
  readonly projectId: string;
  /** Unique within the project, over costs and revenues. */
  readonly entryId: string;
  readonly bookedOn: BusinessDate;
  readonly amountOre: number;
  readonly description: string;
  readonly actor: Actor;
  /** Today and the back-dating window the booking date must lie in. */
  readonly window: BusinessDateWindow;
}

export interface BookProjectCost {
  readonly type: 'BookProjectCost';
  readonly data: ProjectBooking;
}

export interface BookProjectRevenue {
  readonly type: 'BookProjectRevenue';
  readonly data: ProjectBooking;
}

export type FundingCommand = RegisterFundingProject | BookProjectCost | BookProjectRevenue;
