import type { BusinessDate } from '#libs/decider';
import { addDays, dateOf, easterSunday, isWorkingDay, mondayOf, workingDays, yearOf } from './calendar.js';
import type { Employee } from './demo-world.js';
import type { Prng } from './prng.js';

export type DayOff = 'vacation' | 'sick' | 'half_day';
export type AbsenceCalendar = ReadonlyMap<string, ReadonlyMap<BusinessDate, DayOff>>;

/** Not away the whole day (a half day off still leaves half a day of work). */
export const isAtWork = (absences: AbsenceCalendar, userId: string, date: BusinessDate): boolean => {
  const off = absences.get(userId)?.get(date);
  return off === undefined || off === 'half_day';
};

/**
 * Who is away when: four summer weeks starting late June or early July, sometimes a winter week and
 * the days between Christmas and New Year, a bridge day, and sick days in short spells.
 */
export function planAbsences(random: Prng, employees: readonly Employee[], span: { from: BusinessDate; today: BusinessDate }): AbsenceCalendar {
  const calendar = new Map<string, Map<BusinessDate, DayOff>>();
  for (const employee of employees) {
    const days = new Map<BusinessDate, DayOff>();
    const from = employee.startsOn > span.from ? employee.startsOn : span.from;
    const inSpan = (date: BusinessDate): boolean => date >= from && date <= span.today && isWorkingDay(date);
    const away = (start: BusinessDate, length: number, kind: DayOff): void => {
      for (let i = 0; i < length; i += 1) {
        const date = addDays(start, i);
        if (inSpan(date) && !days.has(date)) days.set(date, kind);
      }
    };
    for (let year = yearOf(span.from); year <= yearOf(span.today); year += 1) {
      away(addDays(mondayOf(dateOf(year, 6, 22)), 7 * random.int(0, 3)), 28, 'vacation');
      if (random.chance(0.4)) away(addDays(mondayOf(dateOf(year, 2, 19)), 7 * random.int(0, 2)), 5, 'vacation');
      if (random.chance(0.6)) away(dateOf(year, 12, 27), 4, 'vacation');
      if (random.chance(0.5)) away(addDays(easterSunday(year), 40), 1, 'vacation');
    }
    for (const date of workingDays(from, span.today)) {
      if (days.has(date)) continue;
      if (random.chance(0.012))
        away(
          date,
          random.weighted([
            [1, 50],
            [2, 25],
            [3, 15],
            [5, 10],
          ] as const),
          'sick',
        );
      else if (random.chance(0.01)) days.set(date, 'half_day');
    }
    calendar.set(employee.userId, days);
  }
  return calendar;
}
