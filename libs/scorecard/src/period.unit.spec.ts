import { DomainError } from '#libs/decider';
import {
  bucketsOf,
  isoWeekOf,
  isWholeMonths,
  lastDayWithin,
  parseFilter,
  parseGranularity,
  parsePeriod,
  quarterEndOf,
  quartersEndingWith,
  targetScopeOf,
  type PeriodInput,
} from './period.js';

const refusal = (input: PeriodInput & { region?: unknown }): { kind: string; code: string; field?: string } => {
  try {
    parseFilter(input);
  } catch (error) {
    if (error instanceof DomainError) return { kind: error.kind, code: error.code, field: error.field };
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(input)}`);
};

describe('the period filter', () => {
  it('takes a year as the whole calendar year', () => {
    expect(parsePeriod({ year: '2025' })).toEqual({ kind: 'year', from: '2025-01-01', to: '2025-12-31', label: '2025', year: 2025 });
  });

  it('takes a year and quarter, and a year and month (February of a leap year ends on the 29th)', () => {
    expect(parsePeriod({ year: 2025, quarter: '3' })).toEqual({ kind: 'quarter', from: '2025-07-01', to: '2025-09-30', label: '2025-Q3', year: 2025, quarter: 3 });
    expect(parsePeriod({ year: '2024', month: '2' })).toEqual({ kind: 'month', from: '2024-02-01', to: '2024-02-29', label: '2024-02', year: 2024, month: 2 });
    expect(parsePeriod({ year: 2025, month: 12 })).toMatchObject({ from: '2025-12-01', to: '2025-12-31', label: '2025-12' });
  });

  it('takes from and to, both included, a single day too; the year is that of the last day', () => {
    expect(parsePeriod({ from: '2024-11-15', to: '2025-02-14' })).toEqual({
      kind: 'range',
      from: '2024-11-15',
      to: '2025-02-14',
      label: '2024-11-15..2025-02-14',
      year: 2025,
    });
    expect(parsePeriod({ from: '2025-03-03', to: '2025-03-03' })).toMatchObject({ kind: 'range', from: '2025-03-03', to: '2025-03-03' });
  });

  it('reads a range that is exactly a calendar year, quarter or month as that year, quarter or month', () => {
    expect(parsePeriod({ from: '2025-01-01', to: '2025-12-31' })).toEqual(parsePeriod({ year: 2025 }));
    expect(parsePeriod({ from: '2025-04-01', to: '2025-06-30' })).toEqual(parsePeriod({ year: 2025, quarter: 2 }));
    expect(parsePeriod({ from: '2025-05-01', to: '2025-05-31' })).toEqual(parsePeriod({ year: 2025, month: 5 }));
    expect(parsePeriod({ from: '2025-04-01', to: '2025-06-29' }).kind).toBe('range');
    expect(parsePeriod({ from: '2024-01-01', to: '2025-12-31' }).kind).toBe('range');
  });

  it('gives the region when one is asked for, and none otherwise', () => {
    expect(parseFilter({ year: 2025, region: 'orebro' }).region).toBe('orebro');
    expect(parseFilter({ year: 2025 })).not.toHaveProperty('region');
    expect(parseFilter({ year: 2025, region: '' })).not.toHaveProperty('region');
  });

  it.each<[string, PeriodInput & { region?: unknown }, string, string]>([
    ['nothing', {}, 'invalid-period', 'period'],
    ['a quarter without a year', { quarter: 2 }, 'invalid-period', 'year'],
    ['a month without a year', { month: 2 }, 'invalid-period', 'year'],
    ['both quarter and month', { year: 2025, quarter: 1, month: 2 }, 'invalid-period', 'month'],
    ['a year with a range', { year: 2025, from: '2025-01-01', to: '2025-01-31' }, 'invalid-period', 'year'],
    ['from without to', { from: '2025-01-01' }, 'invalid-period', 'to'],
    ['to without from', { to: '2025-01-01' }, 'invalid-period', 'from'],
    ['from after to', { from: '2025-02-01', to: '2025-01-31' }, 'invalid-period', 'to'],
    ['a date that does not exist', { from: '2025-02-29', to: '2025-03-01' }, 'invalid-date', 'from'],
    ['a date not in ISO form', { from: '2025-01-01', to: '31/01/2025' }, 'invalid-date', 'to'],
    ['quarter 5', { year: 2025, quarter: 5 }, 'invalid-quarter', 'quarter'],
    ['month 13', { year: 2025, month: '13' }, 'invalid-month', 'month'],
    ['a year that is not a number', { year: 'last' }, 'invalid-year', 'year'],
    ['a fractional year', { year: 2025.5 }, 'invalid-year', 'year'],
    ['a year out of range', { year: 1800 }, 'invalid-year', 'year'],
    ['an unknown region', { year: 2025, region: 'skane' }, 'invalid-region', 'region'],
    ['a range of more than 10 years', { from: '2016-01-01', to: '2026-01-01' }, 'period-too-long', 'to'],
    ['the range that blocked the service', { from: '1900-01-01', to: '2999-12-31' }, 'period-too-long', 'to'],
  ])('refuses %s as invalid, naming the field', (_, input, code, field) => {
    expect(refusal(input)).toEqual({ kind: 'invalid', code, field });
  });
});

describe('the period bounds', () => {
  it('takes a range of exactly 10 years, both ends included, and counts a leap day as the end of February', () => {
    expect(parsePeriod({ from: '2016-01-01', to: '2025-12-31' })).toMatchObject({ kind: 'range', from: '2016-01-01', to: '2025-12-31' });
    expect(parsePeriod({ from: '2015-07-15', to: '2025-07-14' }).kind).toBe('range');
    expect(lastDayWithin('2024-02-29', 1)).toBe('2025-02-27');
    expect(lastDayWithin('2016-01-01', 10)).toBe('2025-12-31');
  });

  it('splits at most 2 years into weeks, any allowed period into months, quarters or years, and names granularity beyond', () => {
    const twoYears = parsePeriod({ from: '2024-01-01', to: '2025-12-31' });
    expect(parseGranularity('week', twoYears)).toBe('week');
    expect(parseGranularity(undefined, twoYears)).toBe('month');
    const tenYears = parsePeriod({ from: '2016-01-01', to: '2025-12-31' });
    expect(parseGranularity('month', tenYears)).toBe('month');
    expect(() => parseGranularity('week', parsePeriod({ from: '2024-01-01', to: '2026-01-01' }))).toThrow(
      expect.objectContaining({ kind: 'invalid', code: 'period-too-long', field: 'granularity' }),
    );
    expect(() => parseGranularity('day', twoYears)).toThrow(expect.objectContaining({ code: 'invalid-granularity', field: 'granularity' }));
    expect(bucketsOf(twoYears, 'week').length).toBeLessThanOrEqual(106);
  });
});

describe('calendar helpers', () => {
  it('gives the end of the quarter a date falls in', () => {
    expect(quarterEndOf('2025-01-01')).toBe('2025-03-31');
    expect(quarterEndOf('2025-05-17')).toBe('2025-06-30');
    expect(quarterEndOf('2025-09-30')).toBe('2025-09-30');
    expect(quarterEndOf('2025-12-02')).toBe('2025-12-31');
  });

  it('gives the 12 quarters ending with the one containing a date, oldest first, across years', () => {
    const quarters = quartersEndingWith('2025-05-17');
    expect(quarters).toHaveLength(12);
    expect(quarters[0]).toEqual({ year: 2022, quarter: 3, label: '2022-Q3', start: '2022-07-01', end: '2022-09-30' });
    expect(quarters.map((q) => q.end)).toEqual([
      '2022-09-30',
      '2022-12-31',
      '2023-03-31',
      '2023-06-30',
      '2023-09-30',
      '2023-12-31',
      '2024-03-31',
      '2024-06-30',
      '2024-09-30',
      '2024-12-31',
      '2025-03-31',
      '2025-06-30',
    ]);
  });

  it('numbers ISO weeks from Monday, with week 1 holding the first Thursday (so days near New Year can belong to the other year)', () => {
    expect(isoWeekOf('2025-01-01')).toEqual({ isoYear: 2025, week: 1, label: '2025-W01', monday: '2024-12-30', sunday: '2025-01-05' });
    expect(isoWeekOf('2024-12-29')).toMatchObject({ isoYear: 2024, week: 52, monday: '2024-12-23' });
    expect(isoWeekOf('2021-01-03')).toMatchObject({ isoYear: 2020, week: 53, label: '2020-W53', monday: '2020-12-28' });
    expect(isoWeekOf('2026-12-31')).toMatchObject({ isoYear: 2026, week: 53 });
    expect(isoWeekOf('2025-03-10')).toMatchObject({ week: 11, monday: '2025-03-10', sunday: '2025-03-16' });
  });

  it('splits a period into buckets cut to it: weeks, months, quarters, years', () => {
    expect(bucketsOf({ from: '2025-01-01', to: '2025-01-15' }, 'week')).toEqual([
      { key: '2025-W01', start: '2024-12-30', from: '2025-01-01', to: '2025-01-05' },
      { key: '2025-W02', start: '2025-01-06', from: '2025-01-06', to: '2025-01-12' },
      { key: '2025-W03', start: '2025-01-13', from: '2025-01-13', to: '2025-01-15' },
    ]);
    expect(bucketsOf(parsePeriod({ year: 2025 }), 'month').map((b) => b.key)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
    expect(bucketsOf({ from: '2024-11-15', to: '2025-02-14' }, 'quarter')).toEqual([
      { key: '2024-Q4', start: '2024-10-01', from: '2024-11-15', to: '2024-12-31' },
      { key: '2025-Q1', start: '2025-01-01', from: '2025-01-01', to: '2025-02-14' },
    ]);
    expect(bucketsOf(parsePeriod({ year: 2025, quarter: 2 }), 'year')).toEqual([{ key: '2025', start: '2025-01-01', from: '2025-04-01', to: '2025-06-30' }]);
    expect(bucketsOf(parsePeriod({ year: 2025 }), 'week')).toHaveLength(53);
  });

  it('knows when monthly rollups cover a period exactly', () => {
    expect(isWholeMonths(parsePeriod({ year: 2025 }))).toBe(true);
    expect(isWholeMonths({ from: '2024-11-01', to: '2025-02-28' })).toBe(true);
    expect(isWholeMonths({ from: '2024-11-01', to: '2025-02-27' })).toBe(false);
    expect(isWholeMonths({ from: '2024-11-02', to: '2025-02-28' })).toBe(false);
  });

  it('matches a year to its targets (quarter 0), a quarter to its own, and a month or range to none', () => {
    expect(targetScopeOf(parsePeriod({ year: 2025 }))).toEqual({ year: 2025, quarter: 0 });
    expect(targetScopeOf(parsePeriod({ year: 2025, quarter: 4 }))).toEqual({ year: 2025, quarter: 4 });
    expect(targetScopeOf(parsePeriod({ from: '2025-10-01', to: '2025-12-31' }))).toEqual({ year: 2025, quarter: 4 });
    expect(targetScopeOf(parsePeriod({ year: 2025, month: 3 }))).toBeUndefined();
    expect(targetScopeOf(parsePeriod({ from: '2025-01-01', to: '2025-02-14' }))).toBeUndefined();
  });
});
