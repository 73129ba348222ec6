import type { BusinessDate } from '#libs/decider';
import type { AbsenceCalendar } from './absence.generator.js';
import { addDays, addWorkingDays, monthKey, monthOf, weekdayOf, workingDays } from './calendar.js';
import { regionOn, type CustomerIndex } from './customers.generator.js';
import type { Employee, Touch } from './demo-world.js';
import { isInProject, type FundingProject } from './funding.generator.js';
import type { Prng } from './prng.js';
import { customerKey, PRIORITY, timeDayKey, type PlanBuilder, type SeedAction, type SeedRef } from './seed-plan.js';
import { actorOf } from './staff.generator.js';

const FULL_DAY = 480;
const HALF_DAY = 240;
/** Planning in January, holidays in July and December: less customer time in those months. */
const SEASON = [-0.03, 0, 0, 0, 0, -0.01, -0.06, -0.02, 0, 0, 0, -0.04] as const;

const round15 = (minutes: number): number => Math.round(minutes / 15) * 15;
const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/**
 * Every advisor's and credit officer's day on every working day (Mon–Fri, Swedish holidays off):
 * customer time spent on the customers they met or worked for, internal time, and absence for
 * vacation and sickness. The customer-time share is near 80 % but varies by person and month, and
 * sometimes falls below. A few entries are corrected days later, and a few double entries voided.
 * (Controllers and the admin do not log time: the domain lets only advisors and credit officers.)
 */
export function generateTime(
  random: Prng,
  plan: PlanBuilder,
  span: { from: BusinessDate; today: BusinessDate },
  granularity: 'detailed' | 'daily',
  employees: readonly Employee[],
  customers: CustomerIndex,
  absences: AbsenceCalendar,
  project: FundingProject | undefined,
  touches: readonly Touch[],
): void {
  const byEmployee = new Map<string, Touch[]>();
  for (const touch of touches) {
    const list = byEmployee.get(touch.employeeId) ?? [];
    list.push(touch);
    byEmployee.set(touch.employeeId, list);
  }
  let entries = 0;

  for (const employee of employees) {
    if (employee.kind !== 'advisor' && employee.kind !== 'credit_officer') continue;
    const actor = actorOf(employee);
    const own = (byEmployee.get(employee.userId) ?? []).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const base = clamp(random.normal(employee.kind === 'advisor' ? 0.81 : 0.77, 0.035), 0.68, 0.9);
    const monthOffset = new Map<string, number>();
    const offsetIn = (date: BusinessDate): number => {
      const key = monthKey(date);
      let offset = monthOffset.get(key);
      if (offset === undefined) {
        offset = random.normal(0, 0.035) + SEASON[monthOf(date) - 1];
        monthOffset.set(key, offset);
      }
      return offset;
    };
    let cursor = 0;
    const start = employee.startsOn > span.from ? employee.startsOn : span.from;

    for (const date of workingDays(start, span.today)) {
      const stream = timeDayKey(employee.userId, date);
      const record = (minutes: number, kind: 'customer' | 'internal' | 'absence', customerId?: string, funded = false, entry?: SeedRef): void => {
        const fundingProject = funded && project !== undefined ? project.ref : undefined;
        const action: SeedAction = {
          type: 'RecordTimeEntry',
          ...(entry === undefined ? {} : { entry }),
          ...(fundingProject === undefined ? {} : { fundingProject }),
          body: { employeeId: employee.userId, date, minutes, kind, ...(customerId === undefined ? {} : { customerId }) },
        };
        plan.add(
          date,
          PRIORITY.time,
          actor,
          stream,
          [...(customerId === undefined ? [] : [customerKey(customerId)]), ...(fundingProject === undefined ? [] : [fundingProject])],
          action,
        );
      };

      const off = absences.get(employee.userId)?.get(date);
      if (off === 'vacation' || off === 'sick') {
        record(FULL_DAY, 'absence');
        continue;
      }
      if (off === 'half_day') record(HALF_DAY, 'absence');

      // The customers of the day: those met or worked for, else recent ones, else the advisor's own.
      while (cursor < own.length && own[cursor].date < date) cursor += 1;
      const touchedToday: Touch[] = [];
      for (let i = cursor; i < own.length && own[i].date === date; i += 1) touchedToday.push(own[i]);
      const worked =
        off === 'half_day'
          ? HALF_DAY
          : random.weighted([
              [420, 15],
              [450, 25],
              [480, 35],
              [495, 10],
              [510, 10],
              [540, 5],
            ] as const);
      const share = clamp(base + offsetIn(date) + random.normal(0, 0.07), 0.3, 0.97);
      let customerMinutes = round15(worked * share);
      const dayCustomers: { customerId: string; funded: boolean }[] = [];
      for (const t of touchedToday) if (!dayCustomers.some((c) => c.customerId === t.customerId)) dayCustomers.push({ customerId: t.customerId, funded: t.funded });
      if (dayCustomers.length === 0) {
        const since = addDays(date, -60);
        const recent = own.slice(Math.max(0, cursor - 12), cursor).filter((t) => t.date >= since);
        const fallback =
          recent.length > 0
            ? random.pick(recent).customerId
            : (customers.pick(
                random,
                date,
                () => 1,
                (c) => c.advisorId === employee.userId,
              )?.id ??
              customers.pick(
                random,
                date,
                () => 1,
                (c) => regionOn(c, date) === employee.region,
              )?.id);
        if (fallback !== undefined) dayCustomers.push({ customerId: fallback, funded: false });
      }
      if (dayCustomers.length === 0) customerMinutes = 0;
      const internalMinutes = worked - customerMinutes;

      if (customerMinutes > 0) {
        const split = granularity === 'detailed' && dayCustomers.length >= 2 && customerMinutes >= 120;
        const parts = split ? [round15(customerMinutes * (0.3 + random.next() * 0.4)), 0] : [customerMinutes];
        if (split) parts[1] = customerMinutes - parts[0];
        parts.forEach((minutes, i) => {
          const { customerId, funded } = dayCustomers[i];
          const correctedOn = addWorkingDays(date, random.int(1, 7));
          if (random.chance(0.006) && correctedOn <= span.today) {
            entries += 1;
            const entry = `entry:${entries}`;
            record(minutes, 'customer', customerId, funded, entry);
            const toInternal = random.chance(0.2);
            const corrected = Math.max(15, minutes + random.pick([-60, -30, 30, 60]));
            plan.add(correctedOn, PRIORITY.time, actor, stream, toInternal ? [] : [customerKey(customerId)], {
              type: 'CorrectTimeEntry',
              entry,
              body: { employeeId: employee.userId, date, minutes: corrected, kind: toInternal ? 'internal' : 'customer', ...(toInternal ? {} : { customerId }) },
            });
          } else {
            record(minutes, 'customer', customerId, funded);
          }
        });
        const voidedOn = addWorkingDays(date, random.int(1, 5));
        if (random.chance(0.0025) && voidedOn <= span.today) {
          // Entered twice by mistake; the copy is voided when the week is reviewed.
          entries += 1;
          const entry = `entry:${entries}`;
          record(parts[0], 'customer', dayCustomers[0].customerId, dayCustomers[0].funded, entry);
          plan.add(voidedOn, PRIORITY.time, actor, stream, [], { type: 'VoidTimeEntry', entry, body: { employeeId: employee.userId, date, reason: 'Dubbelregistrering' } });
        }
      }
      if (internalMinutes > 0) {
        const projectAdmin = weekdayOf(date) === 4 && isInProject(project, date) && project.advisorIds.has(employee.userId);
        record(internalMinutes, 'internal', undefined, projectAdmin);
      }
    }
  }
}
