import type { BusinessDate, Region } from '#libs/decider';
import { addDays, dateOf, maxDate, onOrNextWorkingDay, yearOf } from './calendar.js';
import type { CustomerIndex } from './customers.generator.js';
import type { Employee, Outcomes } from './demo-world.js';
import type { FundingProject } from './funding.generator.js';
import type { Prng } from './prng.js';
import { customerKey, PRIORITY, type PlanBuilder, type ScorecardSeedInput } from './seed-plan.js';
import { actorOf } from './staff.generator.js';

const HEADER = 'organisationsnummer;year;revenue_ore;operating_profit_ore;personnel_costs_ore;active';
const REGIONS: readonly Region[] = ['vastmanland', 'orebro'];

/**
 * The scorecard's inputs that do not come from the activity (issue 12), so every panel is filled:
 * - customers' yearly financials, imported as one CSV file per year when the annual accounts are in
 *   (in May of the next year): revenue of 1–60 MSEK growing about 4 % a year with a wide spread, a
 *   little better in the years after an intervention; value added about a third of revenue; about 3 %
 *   a year stop being active, and have no figures after;
 * - the control group per region and cohort year (SCB-like: revenue +4 %, value added +3 %, survival 88 %);
 * - quarterly accounts: free equity around 4–5 months of operating costs;
 * - the yearly employee survey (company and regions) and HR's diversity aggregates;
 * - the special assignment's approvals (the board a few weeks after the project started: flagged);
 * - the controller's significant actions text for each finished year.
 */
export function generateScorecardInputs(
  random: Prng,
  plan: PlanBuilder,
  span: { from: BusinessDate; today: BusinessDate },
  employees: readonly Employee[],
  customers: CustomerIndex,
  outcomes: Outcomes,
  project: FundingProject,
): void {
  const controller = actorOf(employees.find((e) => e.kind === 'controller') as Employee);
  const admin = actorOf(employees.find((e) => e.kind === 'admin') as Employee);
  const firstYear = yearOf(span.from);
  const lastYear = yearOf(span.today);
  const input = (on: BusinessDate, stream: string, value: ScorecardSeedInput, by = controller, extra: { project?: string } = {}): void => {
    if (on < span.from || on > span.today) return;
    plan.add(on, PRIORITY.scorecard, by, stream, extra.project ? [extra.project] : [], {
      type: 'ScorecardInput',
      input: value,
      ...(extra.project ? { project: extra.project } : {}),
    });
  };

  // Customers' financials: one trajectory per customer from the year before its registration.
  const helpedIn = new Map<string, Set<number>>();
  for (const x of [...outcomes.approvedLoans, ...outcomes.deliveries.filter((d) => !d.voided)]) {
    const years = helpedIn.get(x.customerId) ?? new Set<number>();
    years.add(yearOf(x.on));
    helpedIn.set(x.customerId, years);
  }
  const rowsByYear = new Map<number, { line: string; customerId: string }[]>();
  for (const customer of customers.all) {
    let revenue = Math.round(Math.exp(random.normal(Math.log(8_000_000), 0.9)));
    let active = true;
    for (let year = Math.max(firstYear - 2, yearOf(customer.registeredOn) - 1); year < lastYear; year += 1) {
      const rows = rowsByYear.get(year) ?? [];
      if (!active) break;
      if (random.chance(0.03)) {
        active = false;
        rows.push({ customerId: customer.id, line: `${customer.id};${year};;;;nej` });
        rowsByYear.set(year, rows);
        break;
      }
      const boost = helpedIn.get(customer.id)?.has(year - 1) ? 0.03 : 0;
      revenue = Math.max(100_000, Math.round(revenue * (1 + random.normal(0.04 + boost, 0.15))));
      const personnel = Math.round(revenue * Math.min(0.6, Math.max(0.1, random.normal(0.28, 0.06))));
      const profit = Math.round(revenue * random.normal(0.06 + boost / 2, 0.07));
      rows.push({ customerId: customer.id, line: `${customer.id};${year};${revenue * 100};${profit * 100};${personnel * 100};ja` });
      rowsByYear.set(year, rows);
    }
  }
  // One file a year; rows of customers not registered yet wait for a later year's file.
  const registeredOn = new Map(customers.all.map((c) => [c.id, c.registeredOn]));
  let pending: { line: string; customerId: string }[] = [];
  for (let year = Math.min(...rowsByYear.keys(), lastYear); year < lastYear; year += 1) {
    pending.push(...(rowsByYear.get(year) ?? []));
    const on = maxDate(span.from, onOrNextWorkingDay(dateOf(year + 1, 5, 20)));
    if (on > span.today) break;
    const known = pending.filter((r) => (registeredOn.get(r.customerId) ?? '9999-12-31') < on);
    pending = pending.filter((r) => (registeredOn.get(r.customerId) ?? '9999-12-31') >= on);
    if (known.length === 0) continue;
    plan.add(on, PRIORITY.scorecard, controller, `financials-import:${year}`, [...new Set(known.map((r) => customerKey(r.customerId)))], {
      type: 'ImportCustomerFinancials',
      body: { csv: [HEADER, ...known.map((r) => r.line)].join('\n'), fileName: `bokslut-${year}.csv` },
    });
  }

  for (let year = firstYear; year <= lastYear; year += 1) {
    // The control group for a cohort is known once its end year's statistics are out.
    for (const region of REGIONS) {
      input(maxDate(span.from, onOrNextWorkingDay(dateOf(year, 9, 15))), `growth-index:${year - 2}`, {
        kind: 'control-group',
        body: {
          cohortYear: year - 2,
          region,
          revenueGrowth: Math.round(random.normal(0.08, 0.02) * 1000) / 1000,
          valueAddedGrowth: Math.round(random.normal(0.06, 0.02) * 1000) / 1000,
          survivalRate: Math.round(Math.min(0.97, random.normal(0.88, 0.02)) * 1000) / 1000,
        },
      });
    }
    // Quarterly accounts, entered three weeks after each quarter.
    for (const quarter of [1, 2, 3, 4] as const) {
      const on = onOrNextWorkingDay(addDays(dateOf(year, quarter * 3 + 1, 1), 20));
      const costs = Math.round(random.normal(10_500_000, 700_000)) * 100;
      const months = random.normal(4.6, 0.8);
      input(maxDate(span.from, on), `company-accounts:${year}`, {
        kind: 'accounts',
        body: { year, quarter, freeEquityOre: Math.round((costs / 3) * months), operatingCostsOre: costs },
      });
    }
    // The employee survey in November; HR's aggregates in December.
    const surveyOn = onOrNextWorkingDay(dateOf(year, 11, 20));
    const score = (base: number) => Math.round(Math.min(5, Math.max(1, random.normal(base, 0.15))) * 10) / 10;
    input(surveyOn, `hr:${year}`, {
      kind: 'survey',
      body: { year, totalScore: score(4.05), engagementIndex: Math.round(random.normal(76, 3)), respondents: employees.length - random.int(0, 3) },
    });
    for (const region of REGIONS)
      input(surveyOn, `hr:${year}`, { kind: 'survey', body: { year, region, totalScore: score(4.0), engagementIndex: Math.round(random.normal(75, 4)) } });
    const headcount = employees.length;
    const under30 = Math.round(headcount * 0.12);
    const from50 = Math.round(headcount * 0.34);
    const women = Math.round(headcount * random.normal(0.56, 0.03));
    const foreign = Math.round(headcount * 0.14);
    const unknown = random.int(0, 2);
    input(onOrNextWorkingDay(dateOf(year, 12, 10)), `hr:${year}`, {
      kind: 'diversity',
      body: {
        year,
        ageBands: { under_30: under30, from_30_to_49: headcount - under30 - from50, from_50: from50 },
        gender: { women, men: headcount - women, other: 0 },
        foreignBackground: { yes: foreign, no: headcount - foreign - unknown, unknown },
      },
    });
    if (dateOf(year, 12, 31) < span.today) {
      input(onOrNextWorkingDay(dateOf(year + 1, 2, 10)), `significant-actions:${year}`, {
        kind: 'actions',
        body: {
          year,
          text: `Under ${year} infördes hållbarhetssamtal som en stående punkt i rådgivningsmötena och en hållbarhetsworkshop erbjöds alla kunder i Ideal och Spets.\n\nSamarbetet med regionerna om tidiga skeden och företagare med utländsk bakgrund fortsatte, och kreditcertifieringen förnyades för alla kredithandläggare.`,
        },
      });
    }
  }

  // The special assignment: the owners approve before the start, the board three weeks after it.
  const requiredOn = maxDate(span.from, addDays(project.startsOn, -15));
  input(
    requiredOn,
    `approvals:${project.ref}`,
    { kind: 'required-approvals', body: { parties: ['almi_foretagspartner', 'region_vastmanland', 'region_orebro', 'board'] } },
    admin,
    { project: project.ref },
  );
  for (const party of ['almi_foretagspartner', 'region_vastmanland', 'region_orebro'] as const) {
    input(
      maxDate(requiredOn, addDays(project.startsOn, -random.int(3, 12))),
      `approvals:${project.ref}`,
      { kind: 'approval', body: { party, approvedOn: maxDate(requiredOn, addDays(project.startsOn, -random.int(3, 12))) } },
      admin,
      {
        project: project.ref,
      },
    );
  }
  const boardOn = onOrNextWorkingDay(addDays(project.startsOn, 21));
  input(boardOn, `approvals:${project.ref}`, { kind: 'approval', body: { party: 'board', approvedOn: boardOn } }, admin, { project: project.ref });
}
