import type { BusinessDate } from '#libs/decider';
import { addDays, addMonths, addWorkingDays, dateOf, daysBetween, maxDate, minDate, monthOf, onOrNextWorkingDay, yearOf } from './calendar.js';
import type { Employee } from './demo-world.js';
import type { Prng } from './prng.js';
import { PRIORITY, type PlanBuilder, type SeedRef } from './seed-plan.js';
import { actorOf } from './staff.generator.js';

export interface FundingProject {
  readonly ref: SeedRef;
  readonly startsOn: BusinessDate;
  readonly endsOn: BusinessDate;
  /** The advisors working in the project: some of their activity is financed by it. */
  readonly advisorIds: ReadonlySet<string>;
}

export const isInProject = (project: FundingProject | undefined, date: BusinessDate): project is FundingProject =>
  project !== undefined && project.startsOn <= date && date <= project.endsOn;

const SEK = 100;

/**
 * One special assignment, an EU regional-fund project on the green transition, starting about a
 * third into the span and running three years; a few advisors work in it. Its costs are booked
 * monthly, the fund's reimbursement and the regions' co-financing quarterly.
 */
export function registerFundingProject(random: Prng, plan: PlanBuilder, span: { from: BusinessDate; today: BusinessDate }, employees: readonly Employee[]): FundingProject {
  const admin = employees.find((e) => e.kind === 'admin') as Employee;
  const advisors = employees.filter((e) => e.kind === 'advisor');
  const third = addDays(span.from, Math.round(daysBetween(span.from, span.today) * 0.35));
  const startsOn = dateOf(yearOf(third), monthOf(third), 1) < span.from ? span.from : dateOf(yearOf(third), monthOf(third), 1);
  const endsOn = addDays(addMonths(startsOn, 36), -1);
  const ref = 'project:eruf-gron-omstallning';
  const registeredOn = maxDate(span.from, addWorkingDays(addDays(startsOn, -20), 0));
  plan.add(registeredOn, PRIORITY.fundingProject, actorOf(admin), ref, [], {
    type: 'RegisterFundingProject',
    project: ref,
    body: { name: 'ERUF Grön omställning Mälardalen', funder: 'Europeiska regionala utvecklingsfonden', startsOn, endsOn },
  });
  const count = Math.max(1, Math.round(advisors.length * 0.15));
  const advisorIds = new Set(
    random
      .shuffle(advisors)
      .slice(0, count)
      .map((a) => a.userId),
  );
  return { ref, startsOn, endsOn, advisorIds };
}

export function bookFundingProject(random: Prng, plan: PlanBuilder, span: { today: BusinessDate }, employees: readonly Employee[], project: FundingProject): void {
  const controller = actorOf(employees.find((e) => e.kind === 'controller') as Employee);
  const last = minDate(span.today, project.endsOn);
  let quarterCosts = 0;
  for (let month = project.startsOn; month <= last; month = addMonths(month, 1)) {
    const monthEnd = addDays(addMonths(month, 1), -1);
    const bookedOn = minDate(onOrNextWorkingDay(addDays(monthEnd, -3)), project.endsOn);
    if (bookedOn > last) break;
    const label = month.slice(0, 7);
    const personnel = random.int(110_000, 190_000) * project.advisorIds.size * SEK;
    const other = random.int(8_000, 45_000) * SEK;
    plan.add(bookedOn, PRIORITY.fundingBooking, controller, project.ref, [], {
      type: 'BookProjectCost',
      project: project.ref,
      body: { amountOre: personnel, description: `Personalkostnader ${label}`, bookedOn },
    });
    plan.add(bookedOn, PRIORITY.fundingBooking, controller, project.ref, [], {
      type: 'BookProjectCost',
      project: project.ref,
      body: { amountOre: other, description: `Externa tjänster, lokaler och resor ${label}`, bookedOn },
    });
    quarterCosts += personnel + other;
    if (monthOf(month) % 3 === 0) {
      const quarter = `${yearOf(month)} kv ${monthOf(month) / 3}`;
      // The fund reimburses about half of the eligible costs some weeks after the quarter's report.
      const paidOn = minDate(addWorkingDays(monthEnd, random.int(25, 45)), project.endsOn);
      if (paidOn <= last) {
        const fund = Math.round((quarterCosts * 0.5) / SEK) * SEK;
        const regions = Math.round((quarterCosts * 0.2) / SEK) * SEK;
        plan.add(paidOn, PRIORITY.fundingBooking, controller, project.ref, [], {
          type: 'BookProjectRevenue',
          project: project.ref,
          body: { amountOre: fund, description: `Utbetalning ERUF-stöd ${quarter}`, bookedOn: paidOn },
        });
        plan.add(paidOn, PRIORITY.fundingBooking, controller, project.ref, [], {
          type: 'BookProjectRevenue',
          project: project.ref,
          body: { amountOre: regions, description: `Regional medfinansiering ${quarter}`, bookedOn: paidOn },
        });
      }
      quarterCosts = 0;
    }
  }
}
