import type { BusinessDate, DomainEvent, Region } from '#libs/decider';
import type { OrganisationNumber } from '#libs/customers';
import type { ApprovalParty } from './approval-parties.js';

/**
 * The scorecard's inputs that are not activity: customers' yearly financials, the growth index's
 * control group and parameters, the company's quarterly accounts, HR's yearly survey and diversity
 * aggregates, special-assignment approvals and the yearly report's significant actions.
 * Event type strings are stored: never rename them. Optional fields are absent, never undefined.
 */

/** One customer's financials for one year; replaces an earlier record for the same customer and year. */
export interface FinancialsRow {
  readonly customerId: OrganisationNumber;
  readonly year: number;
  /** Net revenue in öre; absent when unknown. */
  readonly revenueOre?: number;
  /** Operating profit + personnel costs, in öre (may be negative); absent when unknown. */
  readonly valueAddedOre?: number;
  readonly operatingProfitOre?: number;
  readonly personnelCostsOre?: number;
  /** Still an active company at the end of the year. */
  readonly active: boolean;
}

export type CustomerFinancialsRecorded = DomainEvent<'CustomerFinancialsRecorded', FinancialsRow & { readonly recordedBy: string }>;

/** A whole CSV file, recorded only once every row of it was valid. Each row replaces earlier records as above. */
export type CustomerFinancialsImported = DomainEvent<
  'CustomerFinancialsImported',
  { readonly importId: string; readonly fileName?: string; readonly rows: readonly (FinancialsRow & { readonly line: number })[]; readonly recordedBy: string }
>;

/** The control group's development for a region and cohort year; replaces the earlier one. */
export type ControlGroupSet = DomainEvent<
  'ControlGroupSet',
  {
    readonly cohortYear: number;
    readonly region: Region;
    /** c_r: revenue growth B → E as a fraction (0.12 = +12 %). */
    readonly revenueGrowth: number;
    /** c_v: value-added growth B → E as a fraction. */
    readonly valueAddedGrowth: number;
    /** c_s: survival rate 0..1 (above 0). */
    readonly survivalRate: number;
    readonly setBy: string;
  }
>;

/** The growth index's weights and horizon for a cohort year; replaces the defaults (⅓ each, 2 years). */
export type GrowthIndexParametersSet = DomainEvent<
  'GrowthIndexParametersSet',
  {
    readonly cohortYear: number;
    readonly revenueWeight: number;
    readonly valueAddedWeight: number;
    readonly survivalWeight: number;
    /** E − B in years; B = Y − 1, so E = Y − 1 + horizonYears. */
    readonly horizonYears: number;
    readonly setBy: string;
  }
>;

/** From the accounts, for one quarter; replaces the earlier record for it. */
export type QuarterAccountsRecorded = DomainEvent<
  'QuarterAccountsRecorded',
  { readonly year: number; readonly quarter: 1 | 2 | 3 | 4; readonly freeEquityOre: number; readonly operatingCostsOre: number; readonly recordedBy: string }
>;

/** The yearly employee survey as entered, for the whole company or one region. */
export type EmployeeSurveyResultRecorded = DomainEvent<
  'EmployeeSurveyResultRecorded',
  {
    readonly year: number;
    readonly region?: Region;
    /** 1–5. */
    readonly totalScore: number;
    /** 0–100, as the survey provider reports it. */
    readonly engagementIndex: number;
    readonly respondents?: number;
    readonly recordedBy: string;
  }
>;

export const AGE_BANDS = ['under_30', 'from_30_to_49', 'from_50'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** HR's yearly aggregates: counts only, never a person. */
export type EmployeeDiversityRecorded = DomainEvent<
  'EmployeeDiversityRecorded',
  {
    readonly year: number;
    readonly region?: Region;
    readonly ageBands: Readonly<Record<AgeBand, number>>;
    readonly gender: { readonly women: number; readonly men: number; readonly other: number };
    readonly foreignBackground: { readonly yes: number; readonly no: number; readonly unknown: number };
    readonly recordedBy: string;
  }
>;

/** Which parties must approve a special assignment (each owner party concerned, and the board). */
export type FundingApprovalsRequired = DomainEvent<'FundingApprovalsRequired', { readonly projectId: string; readonly parties: readonly ApprovalParty[]; readonly setBy: string }>;

/** One party's approval, with its date; a later date for the same party replaces the earlier. */
export type FundingProjectApproved = DomainEvent<
  'FundingProjectApproved',
  { readonly projectId: string; readonly party: ApprovalParty; readonly approvedOn: BusinessDate; readonly recordedBy: string }
>;

/** The yearly report's section on significant actions taken because of the directive. */
export type SignificantActionsRecorded = DomainEvent<'SignificantActionsRecorded', { readonly year: number; readonly text: string; readonly recordedBy: string }>;

export type CustomerFinancialsEvent = CustomerFinancialsRecorded;
export type FinancialsImportEvent = CustomerFinancialsImported;
export type GrowthIndexEvent = ControlGroupSet | GrowthIndexParametersSet;
export type CompanyAccountsEvent = QuarterAccountsRecorded;
export type HrFiguresEvent = EmployeeSurveyResultRecorded | EmployeeDiversityRecorded;
export type FundingApprovalsEvent = FundingApprovalsRequired | FundingProjectApproved;
export type SignificantActionsEvent = SignificantActionsRecorded;

export type ScorecardInputsEvent =
  CustomerFinancialsEvent | FinancialsImportEvent | GrowthIndexEvent | CompanyAccountsEvent | HrFiguresEvent | FundingApprovalsEvent | SignificantActionsEvent;

export const SCORECARD_INPUTS_EVENT_TYPES = [
  'CustomerFinancialsRecorded',
  'CustomerFinancialsImported',
  'ControlGroupSet',
  'GrowthIndexParametersSet',
  'QuarterAccountsRecorded',
  'EmployeeSurveyResultRecorded',
  'EmployeeDiversityRecorded',
  'FundingApprovalsRequired',
  'FundingProjectApproved',
  'SignificantActionsRecorded',
] as const satisfies readonly ScorecardInputsEvent['type'][];
