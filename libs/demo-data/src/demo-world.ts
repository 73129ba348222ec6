import type { BusinessDate, Region, Role } from '#libs/decider';

export interface DemoDataOptions {
  readonly seed: number;
  /** The last business date of the data: nothing happens after it. */
  readonly today: BusinessDate;
  /** The first business date; default the 1st of January three years before `today`'s year. */
  readonly from?: BusinessDate;
  /** Multiplies every volume (people, customers, loans, advisory, surveys); 1 is a regional company's size. */
  readonly scale?: number;
  /**
   * 'detailed': a customer-time entry per customer worked for (up to two a day), an internal one and
   * absence; 'daily': one customer entry and one internal entry per person-day (fewer commands).
   */
  readonly timeEntries?: 'detailed' | 'daily';
}

export interface Employee {
  readonly userId: string;
  readonly name: string;
  readonly region: Region;
  readonly roles: Role[];
  readonly kind: 'advisor' | 'credit_officer' | 'controller' | 'admin';
  /** The first business date they work (registration happens then). */
  readonly startsOn: BusinessDate;
  /** Credit officers: the first date their credit certification covers. */
  readonly certifiedFrom?: BusinessDate;
}

export type TargetGroup = 'bredd' | 'ideal' | 'spets';
export type Phase = 'early_stage' | 'growth' | 'established';
export type OwnerAnswer = 'yes' | 'no' | 'unknown';

export interface Customer {
  readonly id: string;
  readonly name: string;
  /** Region and municipality at registration; `moves` may change them later. */
  readonly region: Region;
  readonly municipality: string;
  readonly foundedOn: BusinessDate;
  readonly phase: Phase;
  readonly registeredOn: BusinessDate;
  /** Until when the customer is in contact with Almi. */
  readonly activeUntil: BusinessDate;
  /** The advisor responsible for the customer (kundansvarig). */
  readonly advisorId: string;
  readonly advisoryWeight: number;
  readonly loanWeight: number;
  /** In the order recorded: [recordedOn, group, effectiveFrom]. */
  readonly classifications: { readonly recordedOn: BusinessDate; readonly group: TargetGroup; readonly effectiveFrom: BusinessDate }[];
  readonly owner?: { readonly womenLed: OwnerAnswer; readonly foreignBackground: OwnerAnswer; readonly recordedOn: BusinessDate; readonly erasedOn?: BusinessDate };
  readonly phaseChange?: { readonly on: BusinessDate; readonly phase: Phase };
  readonly move?: { readonly on: BusinessDate; readonly region: Region; readonly municipality: string };
}

/** The region a customer has in the end (the figures cut by it). */
export const latestRegion = (customer: Customer): Region => customer.move?.region ?? customer.region;

/** The group in effect on a date: latest effectiveFrom on or before it, the later-recorded of equal ones. */
export const groupOn = (customer: Customer, date: BusinessDate): TargetGroup | 'unclassified' => {
  let found: Customer['classifications'][number] | undefined;
  for (const c of customer.classifications) {
    if (c.effectiveFrom <= date && (found === undefined || c.effectiveFrom >= found.effectiveFrom)) found = c;
  }
  return found?.group ?? 'unclassified';
};

/** Who did what for which customer on which day: customer time is logged against these. */
export interface Touch {
  readonly employeeId: string;
  readonly date: BusinessDate;
  readonly customerId: string;
  readonly funded: boolean;
}

/** Facts the scorecard targets are derived from, collected while generating. */
export interface Outcomes {
  readonly approvedLoans: { readonly on: BusinessDate; readonly customerId: string; readonly amountOre: number }[];
  readonly disbursements: { readonly on: BusinessDate; readonly customerId: string; readonly amountOre: number }[];
  readonly deliveries: { readonly on: BusinessDate; readonly customerId: string; readonly voided: boolean }[];
  readonly sessions: { readonly on: BusinessDate; readonly customerId: string }[];
}
