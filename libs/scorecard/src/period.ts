import { isBusinessDate, REGIONS, refuse, type BusinessDate, type Region } from '#libs/decider';

export type Quarter = 1 | 2 | 3 | 4;

/** year, year+quarter, year+month, or any other from..to range. */
export type PeriodKind = 'year' | 'quarter' | 'month' | 'range';

/**
 * The business dates a figure covers, both ends included. A from..to range that is exactly a
 * calendar year, quarter or month is that year, quarter or month (targets are set for those).
 */
export interface Period {
  readonly kind: PeriodKind;
  readonly from: BusinessDate;
  readonly to: BusinessDate;
  /** '2025', '2025-Q1', '2025-03' or '2025-01-15..2025-02-14'. */
  readonly label: string;
  /** The calendar year of the last day (benchmarks are per year). */
  readonly year: number;
  readonly quarter?: Quarter;
  readonly month?: number;
}

/** The query string as it arrives: numbers may still be text. */
export interface PeriodInput {
  readonly year?: unknown;
  readonly quarter?: unknown;
  readonly month?: unknown;
  readonly from?: unknown;
  readonly to?: unknown;
}

/** The filter every figure takes: a period and, optionally, one region. */
export interface FigureFilter {
  readonly period: Period;
  readonly region?: Region;
}

export type Granularity = 'week' | 'month' | 'quarter' | 'year';
export const GRANULARITIES: readonly Granularity[] = ['week', 'month', 'quarter', 'year'];

const DAY_MS = 86_400_000;
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Days since 1970-01-01 (calendar arithmetic only: no clock is read). */
const dayNumber = (date: BusinessDate): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
const fromDayNumber = (day: number): BusinessDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const dateOf = (year: number, month: number, day: number): BusinessDate => fromDayNumber(Date.UTC(year, month - 1, day) / DAY_MS);
export const addDays = (date: BusinessDate, days: number): BusinessDate => fromDayNumber(dayNumber(date) + days);
export const yearOf = (date: BusinessDate): number => Number(date.slice(0, 4));
export const monthOf = (date: BusinessDate): number => Number(date.slice(5, 7));
export const quarterOfDate = (date: BusinessDate): Quarter => (Math.floor((monthOf(date) - 1) / 3) + 1) as Quarter;

export const monthStart = (year: number, month: number): BusinessDate => dateOf(year, month, 1);
/** Day 0 of the next month is this month's last day. */
export const monthEnd = (year: number, month: number): BusinessDate => dateOf(year, month + 1, 0);
export const quarterStart = (year: number, quarter: Quarter): BusinessDate => monthStart(year, quarter * 3 - 2);
export const quarterEnd = (year: number, quarter: Quarter): BusinessDate => monthEnd(year, quarter * 3);
export const quarterEndOf = (date: BusinessDate): BusinessDate => quarterEnd(yearOf(date), quarterOfDate(date));

export interface CalendarQuarter {
  readonly year: number;
  readonly quarter: Quarter;
  /** '2025-Q1'. */
  readonly label: string;
  readonly start: BusinessDate;
  readonly end: BusinessDate;
}

export const calendarQuarter = (year: number, quarter: Quarter): CalendarQuarter => ({
  year,
  quarter,
  label: `${year}-Q${quarter}`,
  start: quarterStart(year, quarter),
  end: quarterEnd(year, quarter),
});

/** The `count` quarters ending with the one that contains `date`, oldest first (12 for return on lending). */
export const quartersEndingWith = (date: BusinessDate, count = 12): CalendarQuarter[] => {
  const last = yearOf(date) * 4 + (quarterOfDate(date) - 1);
  return Array.from({ length: count }, (_, i) => {
    const index = last - (count - 1) + i;
    return calendarQuarter(Math.floor(index / 4), ((index % 4) + 1) as Quarter);
  });
};

export interface IsoWeek {
  /** The ISO week-numbering year, which differs from the calendar year around New Year. */
  readonly isoYear: number;
  readonly week: number;
  /** '2025-W03'. */
  readonly label: string;
  readonly monday: BusinessDate;
  readonly sunday: BusinessDate;
}

/** ISO 8601 week: weeks start on Monday; week 1 is the one with the year's first Thursday. */
export const isoWeekOf = (date: BusinessDate): IsoWeek => {
  const day = dayNumber(date);
  const weekday = (((day + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday: Monday = 0
  const monday = day - weekday;
  const thursday = monday + 3;
  const isoYear = yearOf(fromDayNumber(thursday));
  const week = Math.floor((thursday - dayNumber(dateOf(isoYear, 1, 1))) / 7) + 1;
  return { isoYear, week, label: `${isoYear}-W${pad2(week)}`, monday: fromDayNumber(monday), sunday: fromDayNumber(monday + 6) };
};

export interface Bucket {
  /** '2025-W03', '2025-03', '2025-Q1' or '2025'. */
  readonly key: string;
  /** First day of the whole week, month, quarter or year (what SQL's date_trunc gives). */
  readonly start: BusinessDate;
  /** The days of the bucket inside the period: the first and last bucket may be cut. */
  readonly from: BusinessDate;
  readonly to: BusinessDate;
}

const bucketOf = (date: BusinessDate, granularity: Granularity): { key: string; start: BusinessDate; end: BusinessDate } => {
  const year = yearOf(date);
  switch (granularity) {
    case 'week': {
      const week = isoWeekOf(date);
      return { key: week.label, start: week.monday, end: week.sunday };
    }
    case 'month':
      return { key: date.slice(0, 7), start: monthStart(year, monthOf(date)), end: monthEnd(year, monthOf(date)) };
    case 'quarter': {
      const q = calendarQuarter(year, quarterOfDate(date));
      return { key: q.label, start: q.start, end: q.end };
    }
    case 'year':
      return { key: String(year), start: dateOf(year, 1, 1), end: dateOf(year, 12, 31) };
    default: {
      const exhaustive: never = granularity;
      return exhaustive;
    }
  }
};

/** The weeks, months, quarters or years across a period, in order, each cut to the period. */
export const bucketsOf = (period: Pick<Period, 'from' | 'to'>, granularity: Granularity): Bucket[] => {
  const buckets: Bucket[] = [];
  for (let day = period.from; day <= period.to;) {
    const { key, start, end } = bucketOf(day, granularity);
    buckets.push({ key, start, from: day, to: end < period.to ? end : period.to });
    day = addDays(end, 1);
  }
  return buckets;
};

/** Starts on a month's first day and ends on a month's last day: monthly rollups cover it exactly. */
export const isWholeMonths = (period: Pick<Period, 'from' | 'to'>): boolean => period.from.endsWith('-01') && period.to === monthEnd(yearOf(period.to), monthOf(period.to));

const invalid = (field: string, code: string, message: string): never => refuse('invalid', code, message, field);

/** A whole number given as a number or as query-string text. */
const wholeNumber = (value: unknown, field: string, min: number, max: number): number => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,4}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : invalid(field, `invalid-${field}`, `${field} must be a whole number from ${min} to ${max}`);
};

const businessDate = (value: unknown, field: string): BusinessDate => (isBusinessDate(value) ? value : invalid(field, 'invalid-date', `${field} must be a date YYYY-MM-DD`));

const given = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

const yearPeriod = (year: number): Period => ({ kind: 'year', from: dateOf(year, 1, 1), to: dateOf(year, 12, 31), label: String(year), year });

const quarterPeriod = (year: number, quarter: Quarter): Period => {
  const q = calendarQuarter(year, quarter);
  return { kind: 'quarter', from: q.start, to: q.end, label: q.label, year, quarter };
};

const monthPeriod = (year: number, month: number): Period => ({
  kind: 'month',
  from: monthStart(year, month),
  to: monthEnd(year, month),
  label: `${year}-${pad2(month)}`,
  year,
  month,
});

const rangePeriod = (from: BusinessDate, to: BusinessDate): Period => {
  const year = yearOf(to);
  if (yearOf(from) === year) {
    if (from === dateOf(year, 1, 1) && to === dateOf(year, 12, 31)) return yearPeriod(year);
    const quarter = quarterOfDate(from);
    if (from === quarterStart(year, quarter) && to === quarterEnd(year, quarter)) return quarterPeriod(year, quarter);
    const month = monthOf(from);
    if (from === monthStart(year, month) && to === monthEnd(year, month)) return monthPeriod(year, month);
  }
  return { kind: 'range', from, to, label: `${from}..${to}`, year };
};

/**
 * Exactly one of: year; year + quarter; year + month; from + to (ISO dates, from ≤ to, both
 * included). Anything else is refused as invalid (HTTP 400), naming the field.
 */
export function parsePeriod(input: PeriodInput): Period {
  const has = { year: given(input.year), quarter: given(input.quarter), month: given(input.month), from: given(input.from), to: given(input.to) };
  if (has.from || has.to) {
    if (has.year || has.quarter || has.month) {
      invalid(has.year ? 'year' : has.quarter ? 'quarter' : 'month', 'invalid-period', 'Give either year (with quarter or month) or from and to, not both');
    }
    if (!has.from) invalid('from', 'invalid-period', 'from is required with to');
    if (!has.to) invalid('to', 'invalid-period', 'to is required with from');
    const from = businessDate(input.from, 'from');
    const to = businessDate(input.to, 'to');
    if (from > to) invalid('to', 'invalid-period', 'to must be on or after from');
    const last = lastDayWithin(from, MAX_PERIOD_YEARS);
    if (to > last) invalid('to', 'period-too-long', `A period covers at most ${MAX_PERIOD_YEARS} years: from ${from}, to may be ${last} at the latest`);
    return rangePeriod(from, to);
  }
  if (!has.year) {
    return invalid(has.quarter || has.month ? 'year' : 'period', 'invalid-period', 'Give a period: year, year and quarter, year and month, or from and to');
  }
  const year = wholeNumber(input.year, 'year', 1900, 2999);
  if (has.quarter && has.month) invalid('month', 'invalid-period', 'Give quarter or month, not both');
  if (has.quarter) return quarterPeriod(year, wholeNumber(input.quarter, 'quarter', 1, 4) as Quarter);
  if (has.month) return monthPeriod(year, wholeNumber(input.month, 'month', 1, 12));
  return yearPeriod(year);
}

/** The longest period any figure covers (whole years from `from`, both ends included). */
export const MAX_PERIOD_YEARS = 10;
/** The longest period that may be split into ISO weeks (about 105 buckets). */
export const MAX_WEEK_PERIOD_YEARS = 2;

/** The last day of `years` whole years starting on `from` (2016-01-01 + 10 years: 2025-12-31; 29 Feb + 1 year: 28 Feb). */
export const lastDayWithin = (from: BusinessDate, years: number): BusinessDate => {
  const year = yearOf(from) + years;
  const month = monthOf(from);
  const day = Math.min(Number(from.slice(8, 10)), Number(monthEnd(year, month).slice(8, 10)));
  return addDays(dateOf(year, month, day), -1);
};

/**
 * A granularity the period can be split into: weeks over at most two years. Bounds the buckets of
 * one answer (at most about 105 weeks, or 120 months over the 10-year limit).
 */
export function parseGranularity(value: unknown, period: Pick<Period, 'from' | 'to'>, fallback: Granularity = 'month'): Granularity {
  if (!given(value)) return fallback;
  if (!(GRANULARITIES as readonly unknown[]).includes(value)) invalid('granularity', 'invalid-granularity', `granularity must be one of ${GRANULARITIES.join(', ')}`);
  const granularity = value as Granularity;
  if (granularity === 'week') {
    const last = lastDayWithin(period.from, MAX_WEEK_PERIOD_YEARS);
    if (period.to > last) {
      invalid('granularity', 'period-too-long', `Weeks cover at most ${MAX_WEEK_PERIOD_YEARS} years (from ${period.from} to ${last}): ask for a shorter period or for months`);
    }
  }
  return granularity;
}

export function parseRegion(value: unknown): Region | undefined {
  if (!given(value)) return undefined;
  return (REGIONS as readonly unknown[]).includes(value) ? (value as Region) : invalid('region', 'invalid-region', `region must be one of ${REGIONS.join(', ')}`);
}

export function parseFilter(input: PeriodInput & { readonly region?: unknown }): FigureFilter {
  const period = parsePeriod(input);
  const region = parseRegion(input.region);
  return region === undefined ? { period } : { period, region };
}

/**
 * The target scope a period matches exactly: a year (quarter 0) or a quarter. A month or any other
 * range has none.
 */
export const targetScopeOf = (period: Period): { year: number; quarter: 0 | Quarter } | undefined =>
  period.kind === 'year' ? { year: period.year, quarter: 0 } : period.kind === 'quarter' && period.quarter ? { year: period.year, quarter: period.quarter } : undefined;
