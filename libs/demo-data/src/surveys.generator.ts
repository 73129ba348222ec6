import type { BusinessDate } from '#libs/decider';
import { addWorkingDays, yearOf } from './calendar.js';
import type { Employee, Outcomes } from './demo-world.js';
import type { Prng } from './prng.js';
import { customerKey, PRIORITY, type PlanBuilder } from './seed-plan.js';
import { actorOf } from './staff.generator.js';

/**
 * Customer survey answers: about a fifth of the delivered modules and a third of the granted loans
 * are followed by an answer a few weeks later; 85–92 % would recommend Almi, varying by year.
 */
export function generateSurveys(random: Prng, plan: PlanBuilder, span: { today: BusinessDate }, employees: readonly Employee[], outcomes: Outcomes): void {
  const controller = actorOf(employees.find((e) => e.kind === 'controller') as Employee);
  const recommendShare = new Map<number, number>();
  const shareIn = (year: number): number => {
    let share = recommendShare.get(year);
    if (share === undefined) {
      share = 0.85 + random.next() * 0.07;
      recommendShare.set(year, share);
    }
    return share;
  };
  const interventions = [
    ...outcomes.deliveries.filter((d) => !d.voided).map((d) => ({ ...d, probability: 0.2 })),
    ...outcomes.approvedLoans.map((l) => ({ ...l, probability: 0.33 })),
  ];
  for (const { on, customerId, probability } of interventions) {
    if (!random.chance(probability)) continue;
    const answeredOn = addWorkingDays(on, random.int(5, 25));
    if (answeredOn > span.today) continue;
    const wouldRecommend = random.chance(shareIn(yearOf(answeredOn)));
    const score = wouldRecommend
      ? random.weighted([
          [7, 10],
          [8, 30],
          [9, 35],
          [10, 25],
        ] as const)
      : random.weighted([
          [2, 5],
          [3, 10],
          [4, 20],
          [5, 35],
          [6, 30],
        ] as const);
    plan.add(answeredOn, PRIORITY.survey, controller, `survey:${plan.size}`, [customerKey(customerId)], {
      type: 'RecordSurveyAnswer',
      body: { customerId, wouldRecommend, ...(random.chance(0.9) ? { score } : {}), answeredOn },
    });
  }
}
