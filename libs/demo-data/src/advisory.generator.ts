import type { BusinessDate } from '#libs/decider';
import { isAtWork, type AbsenceCalendar } from './absence.generator.js';
import { addMonths, addWorkingDays, onOrNextWorkingDay } from './calendar.js';
import { phaseOn, regionOn, type CustomerIndex } from './customers.generator.js';
import { DaySampler, WEIGHTED_DAYS_PER_YEAR } from './day-sampler.js';
import type { Customer, Employee, Outcomes, Touch } from './demo-world.js';
import { isInProject, type FundingProject } from './funding.generator.js';
import type { Prng } from './prng.js';
import { customerKey, employeeKey, PRIORITY, type PlanBuilder } from './seed-plan.js';
import { actorOf } from './staff.generator.js';
import { MEN_FIRST_NAMES, SURNAMES, WOMEN_FIRST_NAMES } from './swedish-names.js';

const MODULE_MIX = [
  ['behovssamtal', 36],
  ['affarsutveckling', 26],
  ['framtidsdialog', 13],
  ['hallbarhetsworkshop', 11],
  ['internationalisering_een', 8],
] as const;
const VOID_REASONS = ['Registrerad på fel kund', 'Dubbelregistrering', 'Modulen genomfördes inte', 'Fel modul vald'];
const DURATIONS = [
  [30, 10],
  [45, 15],
  [60, 35],
  [90, 25],
  [120, 10],
  [180, 5],
] as const;

/**
 * Advisory activity: ~3,000 sessions and ~1,500 delivered modules a year by the advisors (mostly the
 * customer's own advisor, a colleague when they are away), about 1 % of deliveries voided later,
 * ~60 mentor pairs a year (with their programme's module) concluded after 6–12 months, and a share
 * of the project advisors' work financed by the funding project.
 */
export function generateAdvisory(
  random: Prng,
  plan: PlanBuilder,
  span: { from: BusinessDate; today: BusinessDate },
  options: { scale: number; idPrefix: string },
  employees: readonly Employee[],
  customers: CustomerIndex,
  absences: AbsenceCalendar,
  project: FundingProject | undefined,
  touches: Touch[],
  outcomes: Outcomes,
): void {
  const advisors = employees.filter((e) => e.kind === 'advisor');
  const sampler = new DaySampler(span.from, span.today);
  const perYear = (volume: number): number => random.count((volume * options.scale * sampler.totalWeight) / WEIGHTED_DAYS_PER_YEAR);
  /** The customer's advisor most of the time; a colleague in the region when they are away or help out. */
  const advisorFor = (customer: Customer, date: BusinessDate): Employee | undefined => {
    const own = advisors.find((a) => a.userId === customer.advisorId);
    if (own !== undefined && isAtWork(absences, own.userId, date) && random.chance(0.85)) return own;
    const region = regionOn(customer, date);
    const present = advisors.filter((a) => isAtWork(absences, a.userId, date));
    const local = present.filter((a) => a.region === region);
    const pool = local.length > 0 ? local : present;
    return pool.length > 0 ? random.pick(pool) : undefined;
  };
  const fundedFor = (advisor: Employee, date: BusinessDate, probability: number): FundingProject | undefined =>
    isInProject(project, date) && project.advisorIds.has(advisor.userId) && random.chance(probability) ? project : undefined;

  let deliveries = 0;
  const deliver = (date: BusinessDate, advisor: Employee, customer: Customer, module: string, funding: FundingProject | undefined): void => {
    deliveries += 1;
    const delivery = `delivery:${deliveries}`;
    const by = actorOf(advisor);
    plan.add(date, PRIORITY.advisory, by, delivery, [customerKey(customer.id), employeeKey(advisor.userId), ...(funding ? [funding.ref] : [])], {
      type: 'DeliverModule',
      delivery,
      ...(funding ? { fundingProject: funding.ref } : {}),
      body: { customerId: customer.id, module, advisorId: advisor.userId, deliveredOn: date },
    });
    touches.push({ employeeId: advisor.userId, date, customerId: customer.id, funded: funding !== undefined });
    const voidedOn = addWorkingDays(date, random.int(1, 15));
    const voided = random.chance(0.01) && voidedOn <= span.today;
    if (voided) plan.add(voidedOn, PRIORITY.advisory, by, delivery, [], { type: 'VoidDelivery', delivery, body: { reason: random.pick(VOID_REASONS), voidedOn } });
    outcomes.deliveries.push({ on: date, customerId: customer.id, voided });
  };

  const sessions = perYear(3000);
  for (let n = 1; n <= sessions; n += 1) {
    const date = sampler.sample(random);
    const customer = customers.pick(random, date, (c) => c.advisoryWeight);
    const advisor = customer && advisorFor(customer, date);
    if (customer === undefined || advisor === undefined) continue;
    const funding = fundedFor(advisor, date, 0.35);
    plan.add(date, PRIORITY.advisory, actorOf(advisor), `session:${n}`, [customerKey(customer.id), ...(funding ? [funding.ref] : [])], {
      type: 'LogAdvisorySession',
      ...(funding ? { fundingProject: funding.ref } : {}),
      body: {
        sessionId: `${options.idPrefix}-s${n}`,
        customerId: customer.id,
        advisorId: advisor.userId,
        date,
        durationMinutes: random.weighted(DURATIONS),
        sustainabilityDiscussed: random.chance(funding ? 0.8 : 0.35),
      },
    });
    touches.push({ employeeId: advisor.userId, date, customerId: customer.id, funded: funding !== undefined });
    outcomes.sessions.push({ on: date, customerId: customer.id });
  }

  const pairs = perYear(60);
  const modules = Math.max(0, perYear(1500) - pairs);
  for (let n = 0; n < modules; n += 1) {
    const date = sampler.sample(random);
    const customer = customers.pick(random, date, (c) => c.advisoryWeight);
    const advisor = customer && advisorFor(customer, date);
    if (customer === undefined || advisor === undefined) continue;
    const module = random.weighted(MODULE_MIX);
    deliver(date, advisor, customer, module, fundedFor(advisor, date, module === 'hallbarhetsworkshop' ? 0.7 : 0.15));
  }

  for (let n = 1; n <= pairs; n += 1) {
    const date = sampler.sample(random);
    const starta = random.chance(0.4);
    const customer =
      customers.pick(
        random,
        date,
        (c) => c.advisoryWeight,
        (c) => (phaseOn(c, date) === 'early_stage') === starta,
      ) ?? customers.pick(random, date, (c) => c.advisoryWeight);
    const advisor = customer && advisorFor(customer, date);
    if (customer === undefined || advisor === undefined) continue;
    const programme = phaseOn(customer, date) === 'early_stage' ? 'mentor_starta_foretag' : 'mentor_utveckla_foretag';
    const pair = `pair:${n}`;
    const funding = fundedFor(advisor, date, 0.2);
    const mentorName = `${random.chance(0.4) ? random.pick(WOMEN_FIRST_NAMES) : random.pick(MEN_FIRST_NAMES)} ${random.pick(SURNAMES)}`;
    plan.add(date, PRIORITY.advisory, actorOf(advisor), pair, [customerKey(customer.id), ...(funding ? [funding.ref] : [])], {
      type: 'MatchMentorPair',
      pair,
      ...(funding ? { fundingProject: funding.ref } : {}),
      body: { programme, mentorName, customerId: customer.id, matchedOn: date },
    });
    deliver(date, advisor, customer, programme, funding);
    const concludedOn = onOrNextWorkingDay(addMonths(date, random.int(6, 12)));
    if (concludedOn <= span.today) plan.add(concludedOn, PRIORITY.advisory, actorOf(advisor), pair, [], { type: 'ConcludeMentorPair', pair, body: { concludedOn } });
  }
}
