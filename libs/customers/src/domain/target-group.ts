import type { BusinessDate } from '#libs/decider';

/** The owners' target-group model (målgruppsmodellen): Bredd, Ideal, Spets. */
export const TARGET_GROUPS = ['bredd', 'ideal', 'spets'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export interface Classification {
  readonly group: TargetGroup;
  readonly effectiveFrom: BusinessDate;
}

/**
 * The group a customer had on `date`, given its classifications in the order they were recorded:
 * the one with the latest effectiveFrom on or before the date; of several with that same
 * effectiveFrom, the one recorded last (a correction). An intervention counts for this group.
 */
export const classificationOn = (history: readonly Classification[], date: BusinessDate): TargetGroup | 'unclassified' => {
  let effective: Classification | undefined;
  for (const entry of history) {
    if (entry.effectiveFrom <= date && (effective === undefined || entry.effectiveFrom >= effective.effectiveFrom)) effective = entry;
  }
  return effective?.group ?? 'unclassified';
};
