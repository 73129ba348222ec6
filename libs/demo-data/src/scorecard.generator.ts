import type { BusinessDate, Region } from '#libs/decider';
import { BENCHMARK_ATTRIBUTES, BENCHMARK_POPULATIONS, scorecardMetrics, type BenchmarkAttribute, type BenchmarkPopulation, type ScorecardMetricKey } from '#libs/targets';
import { addDays, addMonths, addWorkingDays, dateOf, daysBetween, maxDate, onOrNextWorkingDay, yearOf } from './calendar.js';
import type { CustomerIndex } from './customers.generator.js';
import { groupOn, latestRegion, type Customer, type Employee, type Outcomes } from './demo-world.js';
import type { Prng } from './prng.js';
import { PRIORITY, type PlanBuilder } from './seed-plan.js';
import { actorOf } from './staff.generator.js';

type Scope = Region | undefined;
type Quarter = 1 | 2 | 3 | 4;
const SCOPES: readonly Scope[] = [undefined, 'vastmanland', 'orebro'];
const QUARTERLY: readonly ScorecardMetricKey[] = ['loans_granted', 'delivery_modules', 'new_lending_volume', 'customer_time_share'];

/** Policy levels from the directive and the board (shares 0..1, return in percent). */
const POLICY: Partial<Record<ScorecardMetricKey, number>> = {
  return_on_lending: 2,
  customer_time_share: 0.8,
  recommendation_share: 0.9,
  women_led_share_loans: 0.3,
  foreign_background_share_loans: 0.2,
  women_led_share_advisory: 0.32,
  foreign_background_share_advisory: 0.22,
  early_stage_share_loans: 0.3,
  early_stage_share_advisory: 0.32,
  growth_index: 100,
  focus_group_index: 100,
  employee_total_score: 4,
  employee_engagement_index: 75,
  free_equity_months: 3,
  sustainability_share: 0.9,
  sustainability_workshops: 40,
  employee_women_share: 0.5,
  employee_foreign_background_share: 0.18,
  employee_under_30_share: 0.15,
  employee_from_50_share: 0.3,
  special_assignments_flagged: 0,
};

/** Shares of a region's companies (business population) and of its new companies, from SCB-like statistics. */
const BENCHMARK_BASE: Readonly<Record<Region, Record<BenchmarkAttribute, Record<BenchmarkPopulation, number>>>> = {
  vastmanland: {
    women_led: { business_population: 0.27, new_businesses: 0.33 },
    foreign_background: { business_population: 0.17, new_businesses: 0.27 },
    early_stage: { business_population: 0.14, new_businesses: 0.92 },
  },
  orebro: {
    women_led: { business_population: 0.28, new_businesses: 0.34 },
    foreign_background: { business_population: 0.15, new_businesses: 0.24 },
    early_stage: { business_population: 0.13, new_businesses: 0.91 },
  },
};

const inPeriod = (on: BusinessDate, year: number, quarter?: Quarter): boolean =>
  yearOf(on) === year && (quarter === undefined || Math.floor((Number(on.slice(5, 7)) - 1) / 3) + 1 === quarter);

/** A board-like round number near the value. */
const roundTarget = (value: number, unit: 'count' | 'ore'): number => {
  if (unit === 'ore') return Math.max(0, Math.round(value / 100_000_00) * 100_000_00 || Math.round(value / 1_000_00) * 1_000_00);
  return Math.max(0, value >= 100 ? Math.round(value / 10) * 10 : value >= 20 ? Math.round(value / 5) * 5 : Math.round(value));
};

/**
 * The board's targets for every scorecard metric, per year (and per quarter for some), for both
 * regions and in total, set near what the year turns out to be (for a running year, what its pace
 * promises), one revised mid-year; benchmark shares per region and year; and the controller's
 * comments on the larger deviations of finished years.
 */
export function generateScorecard(
  random: Prng,
  plan: PlanBuilder,
  span: { from: BusinessDate; today: BusinessDate },
  employees: readonly Employee[],
  customers: CustomerIndex,
  outcomes: Outcomes,
): void {
  const controller = actorOf(employees.find((e) => e.kind === 'controller') as Employee);
  const byId = new Map<string, Customer>(customers.all.map((c) => [c.id, c]));
  const regionOf = (customerId: string): Region => latestRegion(byId.get(customerId) as Customer);
  const inScope = (customerId: string, scope: Scope): boolean => scope === undefined || regionOf(customerId) === scope;
  const liveDeliveries = outcomes.deliveries.filter((d) => !d.voided);

  const outcome = (metric: ScorecardMetricKey, year: number, scope: Scope, quarter?: Quarter): number => {
    const within = <T extends { on: BusinessDate; customerId: string }>(list: readonly T[]): T[] =>
      list.filter((x) => inPeriod(x.on, year, quarter) && inScope(x.customerId, scope));
    const distinct = (...lists: { customerId: string }[][]): number => new Set(lists.flatMap((l) => l.map((x) => x.customerId))).size;
    const interventions = (group: string): number =>
      [...within(outcomes.approvedLoans), ...within(liveDeliveries)].filter((x) => groupOn(byId.get(x.customerId) as Customer, x.on) === group).length;
    switch (metric) {
      case 'unique_customers_advisory':
        return distinct(within(outcomes.sessions), within(liveDeliveries));
      case 'unique_customers_total':
        return distinct(within(outcomes.sessions), within(liveDeliveries), within(outcomes.approvedLoans));
      case 'delivery_modules':
        return within(liveDeliveries).length;
      case 'loans_granted':
        return within(outcomes.approvedLoans).length;
      case 'granted_volume':
        return within(outcomes.approvedLoans).reduce((sum, l) => sum + l.amountOre, 0);
      case 'new_lending_volume':
        return within(outcomes.disbursements).reduce((sum, d) => sum + d.amountOre, 0);
      case 'interventions_bredd':
        return interventions('bredd');
      case 'interventions_ideal':
        return interventions('ideal');
      case 'interventions_spets':
        return interventions('spets');
      default:
        return POLICY[metric] ?? 0;
    }
  };

  const firstYear = yearOf(span.from);
  const lastYear = yearOf(span.today);
  for (let year = firstYear; year <= lastYear; year += 1) {
    const yearStart = maxDate(span.from, dateOf(year, 1, 1));
    const yearEnd = dateOf(year, 12, 31) < span.today ? dateOf(year, 12, 31) : span.today;
    // A running (or partly covered) year is judged by its pace: counts scale with the time covered,
    // distinct customers less than proportionally (the same customers come back).
    const covered = (daysBetween(yearStart, yearEnd) + 1) / (daysBetween(dateOf(year, 1, 1), dateOf(year, 12, 31)) + 1);
    const quarterCovered = (quarter: Quarter): number => {
      const first = dateOf(year, quarter * 3 - 2, 1);
      const last = addDays(addMonths(first, 3), -1);
      const start = maxDate(first, span.from);
      const end = last < span.today ? last : span.today;
      return Math.max(1, daysBetween(start, end) + 1) / (daysBetween(first, last) + 1);
    };
    const setOn = year === firstYear ? span.from : maxDate(span.from, onOrNextWorkingDay(dateOf(year - 1, 12, 10)));
    const ambition = 1 + random.normal(0.03, 0.05);
    const targetFor = (metric: ScorecardMetricKey, scope: Scope, quarter?: Quarter): number => {
      const unit = scorecardMetrics.find((m) => m.key === metric)?.unit;
      const measured = outcome(metric, year, scope, quarter);
      // The directive's levels stay; the focus-group ambitions rise a little each year.
      if (metric === 'sustainability_workshops' || metric === 'special_assignments_flagged') return POLICY[metric] ?? 0;
      if (unit !== 'count' && unit !== 'ore') return metric.includes('_share_') ? Math.round((measured + (year - firstYear) * 0.005) * 1000) / 1000 : measured;
      const share = quarter === undefined ? covered : quarterCovered(quarter);
      const pace = metric.startsWith('unique_') ? Math.pow(1 / share, 0.6) : 1 / share;
      return roundTarget(measured * pace * ambition * (1 + random.normal(0, 0.04)), unit);
    };
    const set = (on: BusinessDate, metric: ScorecardMetricKey, scope: Scope, value: number, quarter?: Quarter): void => {
      plan.add(on, PRIORITY.scorecard, controller, `targets:${year}`, [], {
        type: 'SetTarget',
        body: { metric, year, ...(quarter === undefined ? {} : { quarter }), ...(scope === undefined ? {} : { region: scope }), value },
      });
    };
    const yearTargets = new Map<string, number>();
    for (const { key } of scorecardMetrics) {
      for (const scope of SCOPES) {
        const value = key === 'return_on_lending' ? 2 : targetFor(key, scope);
        yearTargets.set(`${key}/${scope ?? ''}`, value);
        set(setOn, key, scope, value);
      }
    }
    for (const key of QUARTERLY) {
      for (const quarter of [1, 2, 3, 4] as const) {
        // Quarters the span does not reach get no outcome to set a target from; leave them out.
        if (dateOf(year, quarter * 3 - 2, 1) > span.today && key !== 'customer_time_share') continue;
        for (const scope of SCOPES) set(setOn, key, scope, targetFor(key, scope, quarter), quarter);
      }
    }
    // The board revises one yearly target at midsummer.
    const revisedOn = onOrNextWorkingDay(dateOf(year, 6, 15));
    const loansTarget = yearTargets.get('loans_granted/') ?? 0;
    if (revisedOn >= span.from && revisedOn <= span.today && loansTarget > 0) {
      const revised = roundTarget(loansTarget * (random.chance(0.5) ? 0.95 : 1.05), 'count');
      yearTargets.set('loans_granted/', revised);
      set(revisedOn, 'loans_granted', undefined, revised);
    }

    const benchmarkOn = maxDate(span.from, onOrNextWorkingDay(dateOf(year, 3, 15)));
    if (benchmarkOn <= span.today) {
      for (const region of ['vastmanland', 'orebro'] as const) {
        for (const attribute of BENCHMARK_ATTRIBUTES) {
          for (const population of BENCHMARK_POPULATIONS) {
            const share = Math.round((BENCHMARK_BASE[region][attribute][population] + (year - 2023) * 0.004 + random.normal(0, 0.006)) * 1000) / 1000;
            plan.add(benchmarkOn, PRIORITY.scorecard, controller, `benchmarks:${year}`, [], {
              type: 'SetBenchmark',
              body: { region, year, attribute, population, share: Math.min(1, Math.max(0, share)) },
            });
          }
        }
      }
    }

    // The written explanation of last year's larger deviations, in the yearly report.
    const reportedOn = addWorkingDays(dateOf(year + 1, 1, 20), 0);
    if (dateOf(year, 12, 31) < span.today && reportedOn <= span.today) {
      for (const metric of ['loans_granted', 'delivery_modules'] as const) {
        const target = yearTargets.get(`${metric}/`);
        const measured = outcome(metric, year, undefined);
        if (target === undefined || target === 0 || Math.abs(measured - target) / target < 0.03) continue;
        const below = measured < target;
        const comment =
          metric === 'loans_granted'
            ? below
              ? 'Färre beviljade lån än målet: efterfrågan dämpades av det höga ränteläget och bankerna tog en större del av finansieringen.'
              : 'Fler beviljade lån än målet: efterfrågan på mikrolån och företagslån var stark, särskilt i Västerås och Örebro.'
            : below
              ? 'Färre levererade moduler än målet: vakanser bland rådgivarna under hösten minskade kapaciteten.'
              : 'Fler levererade moduler än målet: projektet för grön omställning gav fler hållbarhetsworkshoppar.';
        plan.add(reportedOn, PRIORITY.scorecard, controller, `report-comments:${year}`, [], { type: 'RecordDeviationComment', body: { metric, year, comment } });
      }
    }
  }
}
