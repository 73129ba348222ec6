/**
 * What a time entry was spent on. Customer time needs a customer; absence (leave, sickness) is logged
 * but is not worked time, so it is outside the customer-time share.
 */
export const TIME_ENTRY_KINDS = ['customer', 'internal', 'absence'] as const;
export type TimeEntryKind = (typeof TIME_ENTRY_KINDS)[number];

/** Worked time = customer time + internal time: the denominator of the customer-time share. */
export const isWorkedTime = (kind: TimeEntryKind): boolean => kind !== 'absence';

/** One person's logged time on one day is at most 24 hours. */
export const MINUTES_PER_DAY = 24 * 60;
