export const COMPANY_PHASES = ['early_stage', 'growth', 'established'] as const;
/** Early stage (tidiga skeden) is one of the owners' focus groups. */
export type CompanyPhase = (typeof COMPANY_PHASES)[number];

export const OWNER_ANSWERS = ['yes', 'no', 'unknown'] as const;
/** Owner attributes are given voluntarily, so 'unknown' is a real answer, kept apart in the figures. */
export type OwnerAnswer = (typeof OWNER_ANSWERS)[number];

export interface OwnerProfile {
  readonly womenLed: OwnerAnswer;
  readonly foreignBackground: OwnerAnswer;
  readonly ownerName?: string;
}
