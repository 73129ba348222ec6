import { defaultAdvisoryModules } from '#libs/advisory';
import type { Region } from '#libs/decider';
import {
  customerTimeFigures,
  focusGroupsFigures,
  loanVolumeFigures,
  mentorPairsFigures,
  recommendationsFigures,
  specialAssignmentsFigures,
  targetGroupsFigures,
  targetScopeOf,
  uniqueCustomersFigures,
  type BenchmarkShareDto,
  type CustomerTimeResponse,
  type FigureFilter,
  type FocusGroupsResponse,
  type LoanVolumeResponse,
  type MentorPairsResponse,
  type OwnerAttributeShareDto,
  type ReadModelSql,
  type RecommendationsResponse,
  type SpecialAssignmentsResponse,
  type TargetGroupsResponse,
  type UniqueCustomersResponse,
} from '#libs/scorecard';
import { scorecardMetrics, type MetricUnit, type ScorecardMetricKey } from '#libs/targets';
import { deviationOf, type DeviationComment, type FigureLabel, type FigureUnit, type ReportFigure, type ReportSection } from '../domain/report-figure.js';

/** Every figure group a report shows, computed for one period and region. */
export interface ReportSources {
  readonly loans: LoanVolumeResponse;
  readonly customers: UniqueCustomersResponse;
  readonly targetGroups: TargetGroupsResponse;
  readonly time: CustomerTimeResponse;
  readonly focus: FocusGroupsResponse;
  readonly recommendations: RecommendationsResponse;
  readonly special: SpecialAssignmentsResponse;
  readonly mentors: MentorPairsResponse;
}

/** The board's targets and the controller's comments for exactly the report's scope, by metric. */
export interface ReportTargets {
  readonly targets: ReadonlyMap<string, number>;
  readonly comments: ReadonlyMap<string, DeviationComment>;
}

/**
 * The same figure functions the /figures routes answer with. A yearly report shows customer time
 * by quarter, a quarterly one by month.
 */
export async function reportSources(sql: ReadModelSql, filter: FigureFilter): Promise<ReportSources> {
  const [loans, customers, targetGroups, time, focus, recommendations, special, mentors] = await Promise.all([
    loanVolumeFigures(sql, filter),
    uniqueCustomersFigures(sql, filter),
    targetGroupsFigures(sql, filter),
    customerTimeFigures(sql, filter, filter.period.kind === 'year' ? 'quarter' : 'month'),
    focusGroupsFigures(sql, filter),
    recommendationsFigures(sql, filter),
    specialAssignmentsFigures(sql, filter),
    mentorPairsFigures(sql, filter),
  ]);
  return { loans, customers, targetGroups, time, focus, recommendations, special, mentors };
}

/** Figure 13's scope rule: a year takes quarter 0, a quarter its own; region '' for both together. */
export async function reportTargets(sql: ReadModelSql, filter: FigureFilter): Promise<ReportTargets> {
  const scope = targetScopeOf(filter.period);
  if (scope === undefined) return { targets: new Map(), comments: new Map() };
  const parameters = [scope.year, scope.quarter, filter.region ?? ''];
  const [targets, comments] = await Promise.all([
    sql.query('SELECT metric, value FROM rm_targets WHERE year = $1::int AND quarter = $2::int AND region = $3::text', parameters) as Promise<{ metric: string; value: number }[]>,
    sql.query('SELECT metric, comment, recorded_by FROM rm_deviation_comments WHERE year = $1::int AND quarter = $2::int AND region = $3::text', parameters) as Promise<
      { metric: string; comment: string; recorded_by: string }[]
    >,
  ]);
  return {
    targets: new Map(targets.map((t) => [t.metric, Number(t.value)])),
    comments: new Map(comments.map((c) => [c.metric, { comment: c.comment, recordedBy: c.recorded_by }])),
  };
}

const label = (sv: string, en: string): FigureLabel => ({ sv, en });

const REGION_NAMES: Record<Region, FigureLabel> = { vastmanland: label('Västmanland', 'Västmanland'), orebro: label('Örebro län', 'Örebro County') };
const GROUP_NAMES: Record<string, FigureLabel> = {
  bredd: label('Bredd', 'Broad'),
  ideal: label('Ideal', 'Ideal'),
  spets: label('Spets', 'Spearhead'),
  unclassified: label('Ej klassificerad', 'Unclassified'),
};
const POPULATION_NAMES: Record<string, FigureLabel> = {
  business_population: label('näringslivet', 'business population'),
  new_businesses: label('nyföretagandet', 'new businesses'),
};
const PROGRAMME_NAMES: Record<string, FigureLabel> = {
  mentor_starta_foretag: label('Mentor Starta Företag', 'Mentor Start a Business'),
  mentor_utveckla_foretag: label('Mentor Utveckla Företag', 'Mentor Develop a Business'),
};
const MODULE_NAMES = new Map<string, string>(defaultAdvisoryModules.map((m) => [m.key, m.name]));
const nameOf = (names: Record<string, FigureLabel>, key: string): FigureLabel => names[key] ?? label(key, key);

/** The scorecard metrics' labels; their units and order come from the catalogue in libs/targets. */
const METRIC_LABELS: Record<ScorecardMetricKey, FigureLabel> = {
  unique_customers_advisory: label('Unika kunder, Råd', 'Unique customers, Advisory'),
  unique_customers_total: label('Unika kunder, totalt', 'Unique customers, total'),
  delivery_modules: label('Levererade moduler', 'Delivery modules'),
  loans_granted: label('Beviljade lån (antal)', 'Loans granted (number)'),
  granted_volume: label('Beviljad volym', 'Granted volume'),
  new_lending_volume: label('Nyutlåningsvolym', 'New lending volume'),
  return_on_lending: label('Avkastning i låneverksamheten, rullande 12 kvartal (% per år)', 'Return on lending, rolling 12 quarters (annual %)'),
  customer_time_share: label('Andel kundtid', 'Customer-time share'),
  recommendation_share: label('Andel kunder som skulle rekommendera Almi', 'Share of customers who would recommend Almi'),
  women_led_share_loans: label('Andel lån till kvinnoledda företag', 'Share of loans to women-led companies'),
  foreign_background_share_loans: label('Andel lån till företag med utländsk bakgrund', 'Share of loans to companies with foreign background'),
  women_led_share_advisory: label('Andel rådgivningskunder som är kvinnoledda', 'Share of advisory customers that are women-led'),
  foreign_background_share_advisory: label('Andel rådgivningskunder med utländsk bakgrund', 'Share of advisory customers with foreign background'),
  early_stage_share_loans: label('Andel lån till företag i tidiga skeden', 'Share of loans to early-stage companies'),
  early_stage_share_advisory: label('Andel rådgivningskunder i tidiga skeden', 'Share of advisory customers in an early stage'),
  interventions_bredd: label('Insatser, målgrupp Bredd', 'Interventions, target group Broad'),
  interventions_ideal: label('Insatser, målgrupp Ideal', 'Interventions, target group Ideal'),
  interventions_spets: label('Insatser, målgrupp Spets', 'Interventions, target group Spearhead'),
};

const METRIC_UNITS = new Map<string, MetricUnit>(scorecardMetrics.map((m) => [m.key, m.unit]));

/**
 * Every figure of the report, in reading order: each area's scorecard metrics with their targets,
 * deviations and comments, and the figures that explain them. A scorecard metric without a target
 * still shows its outcome; a comment shows wherever the controller wrote one for the scope.
 */
export function reportFigures(sources: ReportSources, scope: ReportTargets): ReportFigure[] {
  const figures: ReportFigure[] = [];
  const add = (section: ReportSection, metric: string, name: FigureLabel, unit: FigureUnit, outcome: number | null): void => {
    const target = scope.targets.get(metric) ?? null;
    figures.push({ metric, section, label: name, unit, outcome, target, ...deviationOf(outcome, target), comment: scope.comments.get(metric) ?? null });
  };
  const metric = (section: ReportSection, key: ScorecardMetricKey, outcome: number | null): void => add(section, key, METRIC_LABELS[key], METRIC_UNITS.get(key) ?? 'count', outcome);

  const { loans, customers, targetGroups, time, focus, recommendations, special, mentors } = sources;

  // Loans: figures 1–4.
  const ror = loans.returnOnLending;
  metric('loans', 'loans_granted', loans.totals.loansGranted);
  metric('loans', 'granted_volume', loans.totals.grantedVolumeOre);
  metric('loans', 'new_lending_volume', loans.totals.newLendingVolumeOre);
  add('loans', 'repaid_principal', label('Amorterat', 'Principal repaid'), 'ore', loans.totals.repaidPrincipalOre);
  add('loans', 'interest_income', label('Ränteintäkter', 'Interest income'), 'ore', loans.totals.interestOre);
  add('loans', 'fee_income', label('Avgiftsintäkter', 'Fee income'), 'ore', loans.totals.feesOre);
  add('loans', 'written_off', label('Bortskrivet (kreditförluster)', 'Written off (credit losses)'), 'ore', loans.totals.writtenOffOre);
  add('loans', 'outstanding_principal', label(`Utestående kapital ${loans.period.to}`, `Outstanding principal at ${loans.period.to}`), 'ore', loans.outstandingPrincipalOre);
  metric('loans', 'return_on_lending', ror.returnPercent);
  add('loans', 'return_on_lending.goal', label('Avkastning: mål i ägaranvisningen (%)', 'Return on lending: goal in the owners’ directive (%)'), 'percent', ror.goalPercent);
  add('loans', 'return_on_lending.income', label(`Avkastning: intäkter − kreditförluster ${ror.from}–${ror.to}`, `Return on lending: income − credit losses ${ror.from}–${ror.to}`), 'ore', ror.incomeOre);
  add(
    'loans',
    'return_on_lending.mean_outstanding',
    label('Avkastning: genomsnittligt utestående kapital vid 12 kvartalsslut', 'Return on lending: mean outstanding principal at 12 quarter ends'),
    'ore',
    ror.meanOutstandingPrincipalOre,
  );

  // Customers and advisory: figures 5 and 6.
  metric('advisory', 'unique_customers_advisory', customers.uniqueCustomers.advisory);
  add('advisory', 'unique_customers_loans', label('Unika kunder, Lån', 'Unique customers, Loans'), 'count', customers.uniqueCustomers.loans);
  metric('advisory', 'unique_customers_total', customers.uniqueCustomers.total);
  metric('advisory', 'delivery_modules', customers.deliveryModules.total);
  for (const { module, count } of customers.deliveryModules.byModule) {
    const name = MODULE_NAMES.get(module) ?? module;
    add('advisory', `delivery_modules.${module}`, label(`Levererade moduler: ${name}`, `Delivery modules: ${name}`), 'count', count);
  }

  // Target groups: figure 7.
  for (const group of targetGroups.groups) {
    const name = nameOf(GROUP_NAMES, group.targetGroup);
    const key = `interventions_${group.targetGroup}`;
    if (METRIC_UNITS.has(key)) metric('target_groups', key as ScorecardMetricKey, group.total.count);
    else add('target_groups', key, label(`Insatser, ${name.sv.toLowerCase()}`, `Interventions, ${name.en.toLowerCase()}`), 'count', group.total.count);
    add('target_groups', `${key}.share`, label(`${name.sv}: andel av alla insatser`, `${name.en}: share of all interventions`), 'share', group.total.share);
    add('target_groups', `${key}.loans`, label(`${name.sv}: beviljade lån`, `${name.en}: loans granted`), 'count', group.loans.count);
    add('target_groups', `${key}.modules`, label(`${name.sv}: levererade moduler`, `${name.en}: delivery modules`), 'count', group.modules.count);
  }
  add('target_groups', 'interventions_total', label('Insatser totalt (lån + moduler)', 'Interventions in total (loans + modules)'), 'count', targetGroups.interventions.total);

  // Customer time: figure 8.
  metric('customer_time', 'customer_time_share', time.total.share);
  add('customer_time', 'customer_time_share.goal', label('Andel kundtid: mål i ägaranvisningen', 'Customer-time share: goal in the owners’ directive'), 'share', time.goal);
  add('customer_time', 'customer_time.customer_minutes', label('Kundtid (minuter)', 'Customer time (minutes)'), 'minutes', time.total.customerMinutes);
  add('customer_time', 'customer_time.worked_minutes', label('Arbetad tid: kundtid + intern tid (minuter)', 'Worked time: customer + internal (minutes)'), 'minutes', time.total.workedMinutes);
  for (const r of time.byRegion) {
    add('customer_time', `customer_time_share.${r.region}`, label(`Andel kundtid: ${REGION_NAMES[r.region].sv}`, `Customer-time share: ${REGION_NAMES[r.region].en}`), 'share', r.share);
  }
  for (const bucket of time.buckets) {
    add('customer_time', `customer_time_share.${bucket.key}`, label(`Andel kundtid ${bucket.key}`, `Customer-time share ${bucket.key}`), 'share', bucket.total.share);
  }

  // Focus groups: figure 9, each share with its unknowns and the benchmarks beside it.
  // The benchmarks come for the region asked for (or both), for the year of the period's last day.
  const benchmarks = (key: string, list: readonly BenchmarkShareDto[], name: FigureLabel): void => {
    for (const b of list) {
      const population = nameOf(POPULATION_NAMES, b.population);
      add(
        'focus_groups',
        `${key}.benchmark.${b.region}.${b.population}`,
        label(`${name.sv}: jämförelsevärde ${REGION_NAMES[b.region].sv}, ${population.sv} ${focus.benchmarkYear}`, `${name.en}: benchmark ${REGION_NAMES[b.region].en}, ${population.en} ${focus.benchmarkYear}`),
        'share',
        b.share,
      );
    }
  };
  const attribute = (key: ScorecardMetricKey, figures: OwnerAttributeShareDto): void => {
    metric('focus_groups', key, figures.share);
    add('focus_groups', `${key}.unknown`, label(`${METRIC_LABELS[key].sv}: okänt (utanför andelen)`, `${METRIC_LABELS[key].en}: unknown (outside the share)`), 'count', figures.unknown);
    benchmarks(key, figures.benchmarks, METRIC_LABELS[key]);
  };
  for (const [population, name] of [
    ['loans', label('Beviljade lån (fokusgrupper)', 'Loans granted (focus groups)')],
    ['advisory', label('Unika rådgivningskunder (fokusgrupper)', 'Unique advisory customers (focus groups)')],
  ] as const) {
    const figures = focus[population];
    add('focus_groups', `focus_groups.${population}.count`, name, 'count', figures.count);
    attribute(`women_led_share_${population}`, figures.womenLed);
    attribute(`foreign_background_share_${population}`, figures.foreignBackground);
    const early: ScorecardMetricKey = `early_stage_share_${population}`;
    metric('focus_groups', early, figures.earlyStage.share);
    benchmarks(early, figures.earlyStage.benchmarks, METRIC_LABELS[early]);
  }

  // Recommendation share: figure 10.
  metric('recommendations', 'recommendation_share', recommendations.share);
  add('recommendations', 'recommendation_share.goal', label('Rekommendation: mål i ägaranvisningen', 'Recommendation: goal in the owners’ directive'), 'share', recommendations.goal);
  add('recommendations', 'recommendation.answers', label('Enkätsvar', 'Survey answers'), 'count', recommendations.answers);

  // Special assignments: figure 11, per funding project.
  for (const p of special.projects) {
    const name = p.name ?? p.projectId;
    const project = (key: string, sv: string, en: string, unit: FigureUnit, value: number): void =>
      add('special_assignments', `special_assignment.${p.projectId}.${key}`, label(`${name}: ${sv}`, `${name}: ${en}`), unit, value);
    project('costs', 'kostnader', 'costs', 'ore', p.costsOre);
    project('revenues', 'intäkter', 'revenues', 'ore', p.revenuesOre);
    project('advisory_sessions', 'rådgivningstillfällen', 'advisory sessions', 'count', p.advisorySessions);
    project('delivery_modules', 'levererade moduler', 'delivery modules', 'count', p.deliveryModules);
    project('loans_granted', 'beviljade lån', 'loans granted', 'count', p.loansGranted);
    project('granted_volume', 'beviljad volym', 'granted volume', 'ore', p.grantedVolumeOre);
    project('disbursed', 'utbetalt', 'disbursed', 'ore', p.disbursedOre);
    project('customer_minutes', 'kundtid (minuter)', 'customer time (minutes)', 'minutes', p.timeMinutes.customer);
    project('internal_minutes', 'intern tid (minuter)', 'internal time (minutes)', 'minutes', p.timeMinutes.internal);
    project('absence_minutes', 'frånvaro (minuter)', 'absence (minutes)', 'minutes', p.timeMinutes.absence);
  }

  // Mentor pairs: figure 12.
  add('mentor_pairs', 'mentor_pairs.matched', label('Mentorpar matchade', 'Mentor pairs matched'), 'count', mentors.total.matched);
  add('mentor_pairs', 'mentor_pairs.active', label(`Aktiva mentorpar ${mentors.period.to}`, `Active mentor pairs at ${mentors.period.to}`), 'count', mentors.total.active);
  for (const p of mentors.byProgramme) {
    const name = nameOf(PROGRAMME_NAMES, p.programme);
    add('mentor_pairs', `mentor_pairs.${p.programme}.matched`, label(`${name.sv}: matchade`, `${name.en}: matched`), 'count', p.matched);
    add('mentor_pairs', `mentor_pairs.${p.programme}.active`, label(`${name.sv}: aktiva`, `${name.en}: active`), 'count', p.active);
  }
  return figures;
}
