import type { Actor, BusinessDate, Region, Role } from '#libs/decider';
import { addDays, addWorkingDays, daysBetween, onOrNextWorkingDay } from './calendar.js';
import type { Employee } from './demo-world.js';
import type { Prng } from './prng.js';
import { certificationKey, employeeKey, PRIORITY, type PlanBuilder } from './seed-plan.js';
import { MEN_FIRST_NAMES, SURNAMES, WOMEN_FIRST_NAMES } from './swedish-names.js';

export const actorOf = (employee: Employee): Actor => ({ userId: employee.userId, roles: employee.roles });

const ascii = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');

const regionsFor = (count: number, random: Prng): Region[] => {
  // At least one of each in both regions when there are two or more, the rest ~55/45.
  const list: Region[] = count >= 2 ? ['vastmanland', 'orebro'] : ['vastmanland'];
  while (list.length < count) list.push(random.chance(0.55) ? 'vastmanland' : 'orebro');
  return list;
};

/**
 * The staff: advisors, certified credit officers (one hired during the span, certified from two
 * weeks after starting), controllers and an admin, who registers everyone and grants the certifications.
 */
export function generateStaff(random: Prng, plan: PlanBuilder, span: { from: BusinessDate; today: BusinessDate }, scale: number): Employee[] {
  const names = new Set<string>();
  const person = (): { name: string; userId: string } => {
    for (;;) {
      const first = random.chance(0.55) ? random.pick(WOMEN_FIRST_NAMES) : random.pick(MEN_FIRST_NAMES);
      const name = `${first} ${random.pick(SURNAMES)}`;
      if (!names.has(name)) {
        names.add(name);
        const [given, family] = name.split(' ');
        return { name, userId: `${ascii(given)}.${ascii(family)}` };
      }
    }
  };
  const make = (kind: Employee['kind'], region: Region, startsOn: BusinessDate, certifiedFrom?: BusinessDate): Employee => {
    const roles: Role[] = [kind];
    return { ...person(), region, roles, kind, startsOn, ...(certifiedFrom === undefined ? {} : { certifiedFrom }) };
  };
  const start = span.from;
  const admin = make('admin', 'vastmanland', start);
  const advisors = regionsFor(Math.max(2, Math.round(26 * scale)), random).map((region) => make('advisor', region, start));
  const officers = regionsFor(Math.max(3, Math.round(10 * scale)), random).map((region) => make('credit_officer', region, start, addDays(start, -random.int(120, 1500))));
  const controllers = regionsFor(Math.max(1, Math.round(2 * scale)), random).map((region) => make('controller', region, start));
  const employees = [admin, ...advisors, ...officers, ...controllers];
  const spanDays = daysBetween(span.from, span.today);
  if (spanDays >= 365) {
    const hiredOn = onOrNextWorkingDay(addDays(span.from, Math.round(spanDays * 0.6)));
    employees.push(make('credit_officer', random.chance(0.5) ? 'vastmanland' : 'orebro', hiredOn, addWorkingDays(hiredOn, 10)));
  }

  const byAdmin = actorOf(admin);
  for (const employee of employees) {
    plan.add(employee.startsOn, PRIORITY.staff, byAdmin, employeeKey(employee.userId), [], {
      type: 'RegisterEmployee',
      body: { userId: employee.userId, name: employee.name, region: employee.region, roles: employee.roles },
    });
    if (employee.certifiedFrom !== undefined) {
      // Recorded on the first day at work; validFrom says from when it counts.
      plan.add(employee.startsOn, PRIORITY.staff, byAdmin, certificationKey(employee.userId), [employeeKey(employee.userId)], {
        type: 'GrantCreditCertification',
        userId: employee.userId,
        body: { validFrom: employee.certifiedFrom },
      });
    }
  }
  return employees;
}

export const isCertifiedOn = (employee: Employee, date: BusinessDate): boolean =>
  employee.certifiedFrom !== undefined && employee.certifiedFrom <= date && employee.startsOn <= date;
