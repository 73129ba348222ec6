import type { BusinessDate } from '#libs/decider';

/** One person's day: all their time entries on that date, so the 24-hour rule is checked in one place. */
export const timeDayStream = (employeeId: string, date: BusinessDate): string => `time-${employeeId}-${date}`;
