import type { Actor, Region } from '#libs/decider';
import type { AgeBand } from './scorecard-inputs.events.js';

/** One customer's yearly financials; that the customer is registered is the handler's check. */
export interface RecordCustomerFinancials {
  readonly type: 'RecordCustomerFinancials';
  readonly data: {
    readonly customerId: string;
    readonly year: number;
    readonly revenueOre?: number;
    readonly operatingProfitOre?: number;
    readonly personnelCostsOre?: number;
    readonly active: boolean;
    readonly actor: Actor;
  };
}

/** A CSV file of financials; `registeredCustomers` are the file's customers the register knows (the handler looks them up). */
export interface ImportCustomerFinancials {
  readonly type: 'ImportCustomerFinancials';
  readonly data: {
    readonly importId: string;
    readonly fileName?: string;
    readonly csv: string;
    readonly registeredCustomers: ReadonlySet<string>;
    readonly actor: Actor;
  };
}

export interface SetControlGroup {
  readonly type: 'SetControlGroup';
  readonly data: {
    readonly cohortYear: number;
    readonly region: Region;
    readonly revenueGrowth: number;
    readonly valueAddedGrowth: number;
    readonly survivalRate: number;
    readonly actor: Actor;
  };
}

export interface SetGrowthIndexParameters {
  readonly type: 'SetGrowthIndexParameters';
  readonly data: {
    readonly cohortYear: number;
    readonly revenueWeight: number;
    readonly valueAddedWeight: number;
    readonly survivalWeight: number;
    readonly horizonYears: number;
    readonly actor: Actor;
  };
}

export interface RecordQuarterAccounts {
  readonly type: 'RecordQuarterAccounts';
  readonly data: { readonly year: number; readonly quarter: number; readonly freeEquityOre: number; readonly operatingCostsOre: number; readonly actor: Actor };
}

export interface RecordEmployeeSurveyResult {
  readonly type: 'RecordEmployeeSurveyResult';
  readonly data: {
    readonly year: number;
    readonly region?: Region;
    readonly totalScore: number;
    readonly engagementIndex: number;
    readonly respondents?: number;
    readonly actor: Actor;
  };
}

export interface RecordEmployeeDiversity {
  readonly type: 'RecordEmployeeDiversity';
  readonly data: {
    readonly year: number;
    readonly region?: Region;
    readonly ageBands: Readonly<Record<AgeBand, number>>;
    readonly gender: { readonly women: number; readonly men: number; readonly other: number };
    readonly foreignBackground: { readonly yes: number; readonly no: number; readonly unknown: number };
    readonly actor: Actor;
  };
}

export interface RequireFundingApprovals {
  readonly type: 'RequireFundingApprovals';
  readonly data: { readonly projectId: string; readonly parties: readonly string[]; readonly actor: Actor };
}

export interface RecordFundingApproval {
  readonly type: 'RecordFundingApproval';
  readonly data: { readonly projectId: string; readonly party: string; readonly approvedOn: string; readonly actor: Actor };
}

export interface RecordSignificantActions {
  readonly type: 'RecordSignificantActions';
  readonly data: { readonly year: number; readonly text: string; readonly actor: Actor };
}

export type CustomerFinancialsCommand = RecordCustomerFinancials;
export type FinancialsImportCommand = ImportCustomerFinancials;
export type GrowthIndexCommand = SetControlGroup | SetGrowthIndexParameters;
export type CompanyAccountsCommand = RecordQuarterAccounts;
export type HrFiguresCommand = RecordEmployeeSurveyResult | RecordEmployeeDiversity;
export type FundingApprovalsCommand = RequireFundingApprovals | RecordFundingApproval;
export type SignificantActionsCommand = RecordSignificantActions;
