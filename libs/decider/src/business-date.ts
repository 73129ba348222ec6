/** Business dates are ISO `YYYY-MM-DD` strings: the day the activity happened, apart from record times. */
export type BusinessDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isBusinessDate = (value: unknown): value is BusinessDate => {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
};

/** Quarter 1–4 of a business date. */
export const quarterOf = (date: BusinessDate): 1 | 2 | 3 | 4 => (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;

const DAY_MS = 86_400_000;
const dayNumber = (date: BusinessDate): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** The date `days` days after `date` (before it for a negative number). */
export const addDays = (date: BusinessDate, days: number): BusinessDate => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: BusinessDate, to: BusinessDate): number => Math.round(dayNumber(to) - dayNumber(from));

/**
 * The business dates a command may carry, a fact that arrives in the command: `today` is the day the
 * command is recorded (Europe/Stockholm), `backdatingDays` how far before today a business date may lie.
 */
export interface BusinessDateWindow {
  readonly today: BusinessDate;
  readonly backdatingDays: number;
}

/** The default back-dating window: 60 days, two months of late paperwork (see README, Rules). */
export const DEFAULT_BACKDATING_DAYS = 60;
