import { isBusinessDate, type BusinessDate } from '#libs/decider';
import { generateAdvisory } from './advisory.generator.js';
import { planAbsences } from './absence.generator.js';
import { dateOf, yearOf } from './calendar.js';
import { CustomerIndex, generateCustomers } from './customers.generator.js';
import type { DemoDataOptions, Outcomes, Touch } from './demo-world.js';
import { bookFundingProject, registerFundingProject } from './funding.generator.js';
import { generateLoans } from './loans.generator.js';
import { Prng } from './prng.js';
import { generateScorecard } from './scorecard.generator.js';
import { generateScorecardInputs } from './scorecard-inputs.generator.js';
import { PlanBuilder, type PlannedCommand, type SeedActionType } from './seed-plan.js';
import { generateStaff } from './staff.generator.js';
import { generateSurveys } from './surveys.generator.js';
import { generateTime } from './time.generator.js';

export interface DemoData {
  readonly seed: number;
  readonly from: BusinessDate;
  readonly today: BusinessDate;
  readonly scale: number;
  /** In the order they are to run. */
  readonly commands: readonly PlannedCommand[];
}

/** Three full calendar years before today's year, and this year up to today. */
export const defaultFrom = (today: BusinessDate): BusinessDate => dateOf(yearOf(today) - 3, 1, 1);

/**
 * A regional Almi company's activity over a span, as the ordered commands that would have recorded
 * it: the same options always give the same commands. Nothing here reads a clock or makes an id.
 */
export function generateDemoData(options: DemoDataOptions): DemoData {
  const { seed, today } = options;
  const from = options.from ?? defaultFrom(today);
  const scale = options.scale ?? 1;
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be a whole number, not ${seed}`);
  if (!isBusinessDate(today) || !isBusinessDate(from) || from > today) throw new Error(`The span ${from}..${today} is not a period of business dates`);
  if (!(scale > 0 && scale <= 20)) throw new Error(`scale must be above 0 and at most 20, not ${scale}`);

  // One generator per area, all forked before any is drawn from, so each area's data depends only on the seed.
  const root = new Prng(seed);
  const random = {
    staff: root.fork('staff'),
    absences: root.fork('absences'),
    customers: root.fork('customers'),
    funding: root.fork('funding'),
    loans: root.fork('loans'),
    advisory: root.fork('advisory'),
    surveys: root.fork('surveys'),
    time: root.fork('time'),
    scorecard: root.fork('scorecard'),
    scorecardInputs: root.fork('scorecard-inputs'),
  };
  const span = { from, today };
  const plan = new PlanBuilder();
  const touches: Touch[] = [];
  const outcomes: Outcomes = { approvedLoans: [], disbursements: [], deliveries: [], sessions: [] };

  const employees = generateStaff(random.staff, plan, span, scale);
  const absences = planAbsences(random.absences, employees, span);
  const customers = new CustomerIndex(generateCustomers(random.customers, plan, span, scale, employees));
  const project = registerFundingProject(random.funding, plan, span, employees);
  generateLoans(random.loans, plan, span, scale, employees, customers, absences, project, touches, outcomes);
  generateAdvisory(random.advisory, plan, span, { scale, idPrefix: `demo${seed}` }, employees, customers, absences, project, touches, outcomes);
  bookFundingProject(random.funding, plan, span, employees, project);
  generateSurveys(random.surveys, plan, span, employees, outcomes);
  generateTime(random.time, plan, span, options.timeEntries ?? 'detailed', employees, customers, absences, project, touches);
  generateScorecard(random.scorecard, plan, span, employees, customers, outcomes);
  generateScorecardInputs(random.scorecardInputs, plan, span, employees, customers, outcomes, project);
  return { seed, from, today, scale, commands: plan.build() };
}

/** How many commands of each type a plan holds. */
export const countByType = (commands: readonly PlannedCommand[]): Partial<Record<SeedActionType, number>> => {
  const counts: Partial<Record<SeedActionType, number>> = {};
  for (const { action } of commands) counts[action.type] = (counts[action.type] ?? 0) + 1;
  return counts;
};
