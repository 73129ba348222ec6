import { addMonths, addWorkingDays, easterSunday, isWorkingDay, swedishHolidays, weekdayOf, workingDays } from './calendar.js';

describe('business calendar', () => {
  it('knows the Swedish holidays that move with Easter and midsummer', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    const holidays = swedishHolidays(2025);
    for (const day of [
      '2025-01-01',
      '2025-01-06',
      '2025-04-18',
      '2025-04-21',
      '2025-05-01',
      '2025-05-29',
      '2025-06-06',
      '2025-06-20',
      '2025-12-24',
      '2025-12-25',
      '2025-12-26',
      '2025-12-31',
    ]) {
      expect(holidays.has(day)).toBe(true);
    }
    expect(holidays.size).toBe(12);
  });

  it('counts weekdays that are not holidays as working days', () => {
    expect(weekdayOf('2026-11-23')).toBe(0); // a Monday
    expect(isWorkingDay('2026-11-23')).toBe(true);
    expect(isWorkingDay('2026-11-22')).toBe(false); // Sunday
    expect(isWorkingDay('2025-06-20')).toBe(false); // midsummer eve
    expect(workingDays('2025-12-22', '2026-01-09')).toEqual([
      '2025-12-22',
      '2025-12-23',
      '2025-12-29',
      '2025-12-30',
      '2026-01-02',
      '2026-01-05',
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
    ]);
  });

  it('steps over weekends and holidays, also far ahead', () => {
    expect(addWorkingDays('2025-04-17', 1)).toBe('2025-04-22'); // over Good Friday, the weekend and Easter Monday
    expect(addWorkingDays('2025-04-19', 0)).toBe('2025-04-22'); // a Saturday becomes the next working day
    expect(addWorkingDays('2023-01-02', 750)).toBe(workingDays('2023-01-02', '2026-12-31')[750]);
  });

  it('adds months keeping the day, or the month’s last day', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
  });
});
