import type { BusinessDate } from '#libs/decider';

/** Business-date arithmetic in whole days, on the ISO string, independent of any time zone. */
const DAY_MS = 86_400_000;

// The generator does millions of date steps over a few thousand distinct dates: both ways are memoised.
const epochDays = new Map<BusinessDate, number>();
const dates = new Map<number, BusinessDate>();

export const toEpochDay = (date: BusinessDate): number => {
  let day = epochDays.get(date);
  if (day === undefined) {
    day = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
    epochDays.set(date, day);
  }
  return day;
};
export const fromEpochDay = (day: number): BusinessDate => {
  let date = dates.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    dates.set(day, date);
  }
  return date;
};
export const addDays = (date: BusinessDate, days: number): BusinessDate => fromEpochDay(toEpochDay(date) + days);
export const daysBetween = (from: BusinessDate, to: BusinessDate): number => toEpochDay(to) - toEpochDay(from);
export const minDate = (a: BusinessDate, b: BusinessDate): BusinessDate => (a < b ? a : b);
export const maxDate = (a: BusinessDate, b: BusinessDate): BusinessDate => (a > b ? a : b);

export const dateOf = (year: number, month: number, day: number): BusinessDate =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

export const yearOf = (date: BusinessDate): number => Number(date.slice(0, 4));
export const monthOf = (date: BusinessDate): number => Number(date.slice(5, 7));
/** `YYYY-MM`. */
export const monthKey = (date: BusinessDate): string => date.slice(0, 7);

/** 0 = Monday … 6 = Sunday. */
export const weekdayOf = (date: BusinessDate): number => (((toEpochDay(date) + 3) % 7) + 7) % 7;

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The same day `months` later, or the month's last day when it has no such day (31 Jan + 1 month = 28/29 Feb). */
export const addMonths = (date: BusinessDate, months: number): BusinessDate => {
  const total = yearOf(date) * 12 + monthOf(date) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return dateOf(year, month, Math.min(Number(date.slice(8, 10)), daysInMonth(year, month)));
};

/** Easter Sunday (the anonymous Gregorian algorithm). */
export const easterSunday = (year: number): BusinessDate => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dateOf(year, month, day);
};

/**
 * The weekdays an office in Sweden is closed: the public holidays, plus midsummer, Christmas and
 * New Year's eves, which are days off in practice.
 */
export const swedishHolidays = (year: number): ReadonlySet<BusinessDate> => {
  const easter = easterSunday(year);
  const midsummerEve = [19, 20, 21, 22, 23, 24, 25].map((d) => dateOf(year, 6, d)).find((d) => weekdayOf(d) === 4) as BusinessDate;
  return new Set([
    dateOf(year, 1, 1),
    dateOf(year, 1, 6),
    addDays(easter, -2),
    addDays(easter, 1),
    dateOf(year, 5, 1),
    addDays(easter, 39),
    dateOf(year, 6, 6),
    midsummerEve,
    dateOf(year, 12, 24),
    dateOf(year, 12, 25),
    dateOf(year, 12, 26),
    dateOf(year, 12, 31),
  ]);
};

const holidayCache = new Map<number, ReadonlySet<BusinessDate>>();
export const isWorkingDay = (date: BusinessDate): boolean => {
  if (weekdayOf(date) >= 5) return false;
  const year = yearOf(date);
  let holidays = holidayCache.get(year);
  if (!holidays) {
    holidays = swedishHolidays(year);
    holidayCache.set(year, holidays);
  }
  return !holidays.has(date);
};

/** The date itself when it is a working day, else the next one. */
export const onOrNextWorkingDay = (date: BusinessDate): BusinessDate => {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
};

/** Working days numbered in order, over the years asked about so far (grown on demand). */
const ordinals = { firstYear: 0, lastYear: -1, days: [] as BusinessDate[], index: new Map<BusinessDate, number>() };
const ordinalOf = (date: BusinessDate): number => {
  const year = yearOf(date);
  if (year - 1 < ordinals.firstYear || year + 2 > ordinals.lastYear) {
    const firstYear = ordinals.lastYear < ordinals.firstYear ? year - 1 : Math.min(ordinals.firstYear, year - 1);
    const lastYear = Math.max(ordinals.lastYear, year + 2);
    ordinals.days = [];
    ordinals.index.clear();
    for (let day = toEpochDay(dateOf(firstYear, 1, 1)), end = toEpochDay(dateOf(lastYear, 12, 31)); day <= end; day += 1) {
      const d = fromEpochDay(day);
      if (isWorkingDay(d)) {
        ordinals.index.set(d, ordinals.days.length);
        ordinals.days.push(d);
      }
    }
    Object.assign(ordinals, { firstYear, lastYear });
  }
  return ordinals.index.get(onOrNextWorkingDay(date)) as number;
};

/** `days` working days after the date (or after the next working day, when it is none). */
export const addWorkingDays = (date: BusinessDate, days: number): BusinessDate => {
  let start = ordinalOf(date);
  while (start + days >= ordinals.days.length) {
    ordinalOf(dateOf(ordinals.lastYear + 1, 1, 1));
    start = ordinalOf(date);
  }
  while (start + days < 0) {
    ordinalOf(dateOf(ordinals.firstYear - 1, 12, 31));
    start = ordinalOf(date);
  }
  return ordinals.days[start + days];
};

/** Every working day from `from` to `to`, both included. */
export const workingDays = (from: BusinessDate, to: BusinessDate): BusinessDate[] => {
  const days: BusinessDate[] = [];
  for (let day = toEpochDay(from), end = toEpochDay(to); day <= end; day += 1) {
    const date = fromEpochDay(day);
    if (isWorkingDay(date)) days.push(date);
  }
  return days;
};

/** The Monday of the ISO week the date lies in. */
export const mondayOf = (date: BusinessDate): BusinessDate => addDays(date, -weekdayOf(date));
