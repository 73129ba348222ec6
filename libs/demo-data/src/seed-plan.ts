import type { MentorProgramme } from '#libs/advisory';
import type { TimeEntryKind } from '#libs/customer-time';
import type { CompanyPhase, OwnerAnswer, TargetGroup } from '#libs/customers';
import type { Actor, BusinessDate, Region, Role } from '#libs/decider';
import type { BenchmarkAttribute, BenchmarkPopulation, Quarter, ScorecardMetricKey } from '#libs/targets';

/**
 * A reference to something whose id the handler makes (a loan, a delivery, a mentor pair, a time
 * entry, a funding project). It is also the ordering key of that aggregate's stream: the driver
 * resolves it to the real id once the command that creates it has run.
 */
export type SeedRef = string;

type Group = TargetGroup;
type Answer = OwnerAnswer;
type Phase = CompanyPhase;
type Kind = TimeEntryKind;

interface ProjectBooking {
  amountOre: number;
  description: string;
  bookedOn: BusinessDate;
}

/** What one planned command does: the bus command's arguments, with references in place of made ids. */
export type SeedAction =
  | { readonly type: 'RegisterEmployee'; readonly body: { userId: string; name: string; region: Region; roles: Role[] } }
  | { readonly type: 'GrantCreditCertification'; readonly userId: string; readonly body: { validFrom: BusinessDate; validTo?: BusinessDate } }
  | { readonly type: 'RegisterFundingProject'; readonly project: SeedRef; readonly body: { name: string; funder: string; startsOn: BusinessDate; endsOn: BusinessDate } }
  | { readonly type: 'BookProjectCost'; readonly project: SeedRef; readonly body: ProjectBooking }
  | { readonly type: 'BookProjectRevenue'; readonly project: SeedRef; readonly body: ProjectBooking }
  | {
      readonly type: 'RegisterCustomer';
      readonly body: { customerId: string; name: string; region: Region; municipality: string; foundedOn: BusinessDate; phase: Phase; registeredOn: BusinessDate };
    }
  | { readonly type: 'ClassifyCustomer'; readonly customerId: string; readonly body: { group: Group; effectiveFrom: BusinessDate } }
  | {
      readonly type: 'RecordOwnerProfile';
      readonly customerId: string;
      readonly body: { womenLed: Answer; foreignBackground: Answer; ownerName?: string; recordedOn: BusinessDate };
    }
  | {
      readonly type: 'UpdateCustomerProfile';
      readonly customerId: string;
      readonly body: { region?: Region; municipality?: string; phase?: Phase; updatedOn: BusinessDate };
    }
  | { readonly type: 'EraseCustomerPersonalData'; readonly customerId: string; readonly body: { requestedOn: BusinessDate } }
  | {
      readonly type: 'RegisterLoanApplication';
      readonly loan: SeedRef;
      readonly fundingProject?: SeedRef;
      readonly body: { customerId: string; product: string; amountOre: number; purpose: string; appliedOn: BusinessDate };
    }
  | {
      readonly type: 'DecideLoan';
      readonly loan: SeedRef;
      readonly body:
        | { outcome: 'granted'; amountOre: number; interestRateBasisPoints: number; termMonths: number; decidedOn: BusinessDate }
        | { outcome: 'rejected'; reason: string; decidedOn: BusinessDate };
    }
  | { readonly type: 'ApproveLoan'; readonly loan: SeedRef; readonly body: { approvedOn: BusinessDate } }
  | { readonly type: 'DisburseLoan'; readonly loan: SeedRef; readonly body: { amountOre: number; disbursementId: string; disbursedOn: BusinessDate } }
  | {
      readonly type: 'RecordRepayment';
      readonly loan: SeedRef;
      readonly body: { principalOre: number; interestOre: number; feesOre: number; repaymentId: string; paidOn: BusinessDate };
    }
  | { readonly type: 'WriteOffLoan'; readonly loan: SeedRef; readonly body: { amountOre: number; reason: string; writtenOffOn: BusinessDate } }
  | { readonly type: 'CloseLoan'; readonly loan: SeedRef; readonly body: { closedOn: BusinessDate } }
  | {
      readonly type: 'LogAdvisorySession';
      readonly fundingProject?: SeedRef;
      readonly body: { sessionId: string; customerId: string; advisorId: string; date: BusinessDate; durationMinutes: number; sustainabilityDiscussed: boolean };
    }
  | {
      readonly type: 'DeliverModule';
      readonly delivery: SeedRef;
      readonly fundingProject?: SeedRef;
      readonly body: { customerId: string; module: string; advisorId: string; deliveredOn: BusinessDate };
    }
  | { readonly type: 'VoidDelivery'; readonly delivery: SeedRef; readonly body: { reason: string; voidedOn: BusinessDate } }
  | {
      readonly type: 'MatchMentorPair';
      readonly pair: SeedRef;
      readonly fundingProject?: SeedRef;
      readonly body: { programme: MentorProgramme; mentorName: string; customerId: string; matchedOn: BusinessDate };
    }
  | { readonly type: 'ConcludeMentorPair'; readonly pair: SeedRef; readonly body: { concludedOn: BusinessDate } }
  | {
      readonly type: 'RecordTimeEntry';
      /** Only for an entry a later command corrects or voids. */
      readonly entry?: SeedRef;
      readonly fundingProject?: SeedRef;
      readonly body: { employeeId: string; date: BusinessDate; minutes: number; kind: Kind; customerId?: string };
    }
  | {
      readonly type: 'CorrectTimeEntry';
      readonly entry: SeedRef;
      readonly body: { employeeId: string; date: BusinessDate; minutes: number; kind: Kind; customerId?: string };
    }
  | { readonly type: 'VoidTimeEntry'; readonly entry: SeedRef; readonly body: { employeeId: string; date: BusinessDate; reason: string } }
  | { readonly type: 'RecordSurveyAnswer'; readonly body: { customerId: string; wouldRecommend: boolean; score?: number; answeredOn: BusinessDate } }
  | { readonly type: 'SetTarget'; readonly body: { metric: ScorecardMetricKey; year: number; quarter?: Quarter; region?: Region; value: number } }
  | {
      readonly type: 'SetBenchmark';
      readonly body: {
        region: Region;
        year: number;
        attribute: BenchmarkAttribute;
        population: BenchmarkPopulation;
        share: number;
      };
    }
  | { readonly type: 'RecordDeviationComment'; readonly body: { metric: ScorecardMetricKey; year: number; quarter?: Quarter; region?: Region; comment: string } }
  | { readonly type: 'ImportCustomerFinancials'; readonly body: { csv: string; fileName: string } }
  | { readonly type: 'ScorecardInput'; readonly input: ScorecardSeedInput; readonly project?: SeedRef };

/** The scorecard inputs (issue 12) as the seed plans them; an approval's project is a reference. */
export type ScorecardSeedInput =
  | { kind: 'control-group'; body: { cohortYear: number; region: Region; revenueGrowth: number; valueAddedGrowth: number; survivalRate: number } }
  | { kind: 'accounts'; body: { year: number; quarter: number; freeEquityOre: number; operatingCostsOre: number } }
  | { kind: 'survey'; body: { year: number; region?: Region; totalScore: number; engagementIndex: number; respondents?: number } }
  | {
      kind: 'diversity';
      body: {
        year: number;
        region?: Region;
        ageBands: { under_30: number; from_30_to_49: number; from_50: number };
        gender: { women: number; men: number; other: number };
        foreignBackground: { yes: number; no: number; unknown: number };
      };
    }
  | { kind: 'required-approvals'; body: { parties: ('almi_foretagspartner' | 'region_vastmanland' | 'region_orebro' | 'board')[] } }
  | { kind: 'approval'; body: { party: 'almi_foretagspartner' | 'region_vastmanland' | 'region_orebro' | 'board'; approvedOn: BusinessDate } }
  | { kind: 'actions'; body: { year: number; text: string } };

export type SeedActionType = SeedAction['type'];

export interface PlannedCommand {
  /** Position in the plan: commands run in this order, except that independent streams may overlap. */
  readonly index: number;
  /** The business date the command happens on (its receivedAt is derived from it). */
  readonly on: BusinessDate;
  readonly actor: Actor;
  /** Ordering key of the stream the command writes: commands with the same key run one after the other. */
  readonly stream: string;
  /** Keys of streams that must have been written first (the customer it names, the actor's certification, ...). */
  readonly needs: readonly string[];
  readonly action: SeedAction;
}

/**
 * Ordering within a day: what others refer to comes first (staff before customers before what is
 * done for them; a customer's registration before that day's loans, sessions and time).
 */
export const PRIORITY = {
  staff: 0,
  fundingProject: 1,
  customerRegistration: 2,
  customerChange: 3,
  loan: 4,
  advisory: 5,
  survey: 6,
  fundingBooking: 7,
  time: 8,
  scorecard: 9,
} as const;

export const customerKey = (customerId: string): string => `customer:${customerId}`;
export const certificationKey = (userId: string): string => `certification:${userId}`;
export const employeeKey = (userId: string): string => `employee:${userId}`;
export const timeDayKey = (userId: string, date: BusinessDate): string => `time:${userId}:${date}`;

interface Draft {
  readonly on: BusinessDate;
  readonly priority: number;
  readonly sequence: number;
  readonly actor: Actor;
  readonly stream: string;
  readonly needs: readonly string[];
  readonly action: SeedAction;
}

/** Collects commands in any order; `build` sorts them by date, then priority, then the order they were added. */
export class PlanBuilder {
  private readonly drafts: Draft[] = [];

  /** How many commands were added so far (also a handy unique number for ordering keys). */
  get size(): number {
    return this.drafts.length;
  }

  add(on: BusinessDate, priority: number, actor: Actor, stream: string, needs: readonly string[], action: SeedAction): void {
    this.drafts.push({ on, priority, sequence: this.drafts.length, actor, stream, needs, action });
  }

  build(): PlannedCommand[] {
    return [...this.drafts]
      .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.priority - b.priority || a.sequence - b.sequence))
      .map(({ on, actor, stream, needs, action }, index) => ({ index, on, actor, stream, needs, action }));
  }
}
