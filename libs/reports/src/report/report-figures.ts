// Over 400 lines on purpose: the report's whole catalogue of figures, goal by goal, in one place, so a
// controller's question "where does this line of the report come from?" has one file to read.
import { defaultAdvisoryModules } from '#libs/advisory';
import type { Region } from '#libs/decider';
import {
  diversityFigures,
  engagementFigures,
  focusGroupIndexFigures,
  freeEquityFigures,
  growthIndexFigures,
  municipalitiesFigures,
  parseFilter,
  specialAssignmentApprovalsFigures,
  sustainabilityFigures,
  type DiversityResponse,
  type EngagementResponse,
  type FocusGroupIndexResponse,
  type FreeEquityResponse,
  type GrowthIndexResponse,
  type MunicipalitiesResponse,
  type SpecialAssignmentApprovalsResponse,
  type SustainabilityResponse,
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
  /** The cohort of the year before the report's year: its end year E = Y + 1 is the report's year. */
  readonly growth: GrowthIndexResponse;
  readonly focusIndex: FocusGroupIndexResponse;
  readonly engagement: EngagementResponse;
  readonly diversity: DiversityResponse;
  readonly equity: FreeEquityResponse;
  readonly sustainability: SustainabilityResponse;
  readonly municipalities: MunicipalitiesResponse;
  readonly approvals: SpecialAssignmentApprovalsResponse;
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
  const cohort = parseFilter({ year: filter.period.year - 1, ...(filter.region ? { region: filter.region } : {}) });
  const [growth, focusIndex, engagement, diversity, equity, sustainability, municipalities, approvals] = await Promise.all([
    growthIndexFigures(sql, cohort),
    focusGroupIndexFigures(sql, filter),
    engagementFigures(sql, filter),
    diversityFigures(sql, filter),
    freeEquityFigures(sql, filter),
    sustainabilityFigures(sql, filter),
    municipalitiesFigures(sql, filter),
    specialAssignmentApprovalsFigures(sql, filter),
  ]);
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
  return { loans, customers, targetGroups, time, focus, recommendations, special, mentors, growth, focusIndex, engagement, diversity, equity, sustainability, municipalities, approvals };
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
  growth_index: label('Index tillväxt (100 = som kontrollgruppen)', 'Growth index (100 = as the control group)'),
  focus_group_index: label('Index fokusgrupper (100 = som näringslivet)', 'Focus-group index (100 = as the business population)'),
  employee_total_score: label('Medarbetarundersökning: totalbetyg (1–5)', 'Employee survey: total score (1–5)'),
  employee_engagement_index: label('Medarbetarundersökning: engagemangsindex', 'Employee survey: engagement index'),
  free_equity_months: label('Fritt eget kapital i månader av rörelsekostnader (mål 3–6)', 'Free equity in months of operating costs (goal 3–6)'),
  sustainability_share: label('Andel kundmöten där hållbarhet diskuterades', 'Share of customer meetings where sustainability was discussed'),
  sustainability_workshops: label('Hållbarhetsworkshoppar levererade', 'Sustainability workshops delivered'),
  employee_women_share: label('Andel kvinnor bland medarbetarna', 'Share of women among employees'),
  employee_foreign_background_share: label('Andel medarbetare med utländsk bakgrund', 'Share of employees with foreign background'),
  employee_under_30_share: label('Andel medarbetare under 30 år', 'Share of employees under 30'),
  employee_from_50_share: label('Andel medarbetare 50 år och äldre', 'Share of employees 50 or older'),
  special_assignments_flagged: label('Särskilda uppdrag med verksamhet före fullt godkännande', 'Special assignments with activity before full approval'),
};

/**
 * The directive's goals (appendices 2 and 3) by scorecard perspective. `goal` is the directive's own
 * level where it sets one; the board's target for the report's scope replaces it when entered.
 */
type Perspective = 'goals_financial' | 'goals_customer' | 'goals_process' | 'goals_employee' | 'goals_sustainability';
const DIRECTIVE_GOALS: readonly { perspective: Perspective; metric: ScorecardMetricKey; goal: number | null }[] = [
  { perspective: 'goals_financial', metric: 'return_on_lending', goal: 2 },
  { perspective: 'goals_financial', metric: 'free_equity_months', goal: 3 },
  { perspective: 'goals_customer', metric: 'recommendation_share', goal: 0.9 },
  { perspective: 'goals_customer', metric: 'growth_index', goal: 100 },
  { perspective: 'goals_customer', metric: 'focus_group_index', goal: 100 },
  { perspective: 'goals_customer', metric: 'women_led_share_loans', goal: null },
  { perspective: 'goals_customer', metric: 'foreign_background_share_loans', goal: null },
  { perspective: 'goals_customer', metric: 'women_led_share_advisory', goal: null },
  { perspective: 'goals_customer', metric: 'foreign_background_share_advisory', goal: null },
  { perspective: 'goals_process', metric: 'customer_time_share', goal: 0.8 },
  { perspective: 'goals_process', metric: 'unique_customers_advisory', goal: null },
  { perspective: 'goals_process', metric: 'delivery_modules', goal: null },
  { perspective: 'goals_process', metric: 'loans_granted', goal: null },
  { perspective: 'goals_process', metric: 'new_lending_volume', goal: null },
  { perspective: 'goals_process', metric: 'interventions_bredd', goal: null },
  { perspective: 'goals_process', metric: 'interventions_ideal', goal: null },
  { perspective: 'goals_process', metric: 'interventions_spets', goal: null },
  { perspective: 'goals_process', metric: 'special_assignments_flagged', goal: 0 },
  { perspective: 'goals_employee', metric: 'employee_total_score', goal: 4 },
  { perspective: 'goals_employee', metric: 'employee_engagement_index', goal: null },
  { perspective: 'goals_employee', metric: 'employee_women_share', goal: null },
  { perspective: 'goals_employee', metric: 'employee_foreign_background_share', goal: null },
  { perspective: 'goals_employee', metric: 'employee_under_30_share', goal: null },
  { perspective: 'goals_employee', metric: 'employee_from_50_share', goal: null },
  { perspective: 'goals_sustainability', metric: 'sustainability_share', goal: 1 },
  { perspective: 'goals_sustainability', metric: 'sustainability_workshops', goal: null },
];

/** Each scorecard metric's outcome from the report's sources. */
const goalOutcome = (s: ReportSources, metric: ScorecardMetricKey): number | null => {
  const group = (g: string) => s.targetGroups.groups.find((x) => x.targetGroup === g)?.total.count ?? 0;
  const outcomes: Record<ScorecardMetricKey, () => number | null> = {
    unique_customers_advisory: () => s.customers.uniqueCustomers.advisory,
    unique_customers_total: () => s.customers.uniqueCustomers.total,
    delivery_modules: () => s.customers.deliveryModules.total,
    loans_granted: () => s.loans.totals.loansGranted,
    granted_volume: () => s.loans.totals.grantedVolumeOre,
    new_lending_volume: () => s.loans.totals.newLendingVolumeOre,
    return_on_lending: () => s.loans.returnOnLending.returnPercent,
    customer_time_share: () => s.time.total.share,
    recommendation_share: () => s.recommendations.share,
    women_led_share_loans: () => s.focus.loans.womenLed.share,
    foreign_background_share_loans: () => s.focus.loans.foreignBackground.share,
    women_led_share_advisory: () => s.focus.advisory.womenLed.share,
    foreign_background_share_advisory: () => s.focus.advisory.foreignBackground.share,
    early_stage_share_loans: () => s.focus.loans.earlyStage.share,
    early_stage_share_advisory: () => s.focus.advisory.earlyStage.share,
    interventions_bredd: () => group('bredd'),
    interventions_ideal: () => group('ideal'),
    interventions_spets: () => group('spets'),
    growth_index: () => s.growth.index,
    focus_group_index: () => s.focusIndex.index,
    employee_total_score: () => s.engagement.result?.totalScore ?? null,
    employee_engagement_index: () => s.engagement.result?.engagementIndex ?? null,
    free_equity_months: () => s.equity.atPeriodEnd?.months ?? null,
    sustainability_share: () => s.sustainability.share,
    sustainability_workshops: () => s.sustainability.workshops,
    employee_women_share: () => s.diversity.result?.shares.women ?? null,
    employee_foreign_background_share: () => s.diversity.result?.shares.foreignBackground ?? null,
    employee_under_30_share: () => s.diversity.result?.shares.under30 ?? null,
    employee_from_50_share: () => s.diversity.result?.shares.from50 ?? null,
    special_assignments_flagged: () => s.approvals.flaggedProjects,
  };
  return outcomes[metric]();
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

  // The directive's goals first, by perspective: the board's target where entered, else the directive's level.
  for (const { perspective, metric: key, goal } of DIRECTIVE_GOALS) {
    const outcome = goalOutcome(sources, key);
    const target = scope.targets.get(key) ?? goal;
    figures.push({
      metric: `goal.${key}`,
      section: perspective,
      label: key === 'growth_index' ? label(`${METRIC_LABELS[key].sv}, kohort ${sources.growth.cohortYear}`, `${METRIC_LABELS[key].en}, cohort ${sources.growth.cohortYear}`) : METRIC_LABELS[key],
      unit: METRIC_UNITS.get(key) ?? 'count',
      outcome,
      target,
      ...deviationOf(outcome, target),
      comment: scope.comments.get(key) ?? null,
    });
  }

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

  scorecardAdditions(sources, add, metric);
  return figures;
}

type Add = (section: ReportSection, metric: string, name: FigureLabel, unit: FigureUnit, outcome: number | null) => void;
type Metric = (section: ReportSection, key: ScorecardMetricKey, outcome: number | null) => void;

/** The figures the scorecard adds (issue 12), each with its terms or cuts beside it. */
function scorecardAdditions(s: ReportSources, add: Add, metric: Metric): void {
  const { growth, focusIndex, engagement, diversity, equity, sustainability, municipalities, approvals } = s;
  const c = growth.cohortYear;
  metric('growth_index', 'growth_index', growth.index);
  add('growth_index', 'growth_index.cohort_customers', label(`Kohort ${c}: kunder med insats`, `Cohort ${c}: customers with an intervention`), 'count', growth.cohortCustomers);
  add('growth_index', 'growth_index.revenue_growth', label(`Omsättningstillväxt ${growth.baseYear}–${growth.endYear}`, `Revenue growth ${growth.baseYear}–${growth.endYear}`), 'share', growth.revenue.growth);
  add('growth_index', 'growth_index.revenue_control', label('Omsättningstillväxt, kontrollgrupp', 'Revenue growth, control group'), 'share', growth.revenue.control);
  add('growth_index', 'growth_index.value_added_growth', label(`Förädlingsvärdets tillväxt ${growth.baseYear}–${growth.endYear}`, `Value-added growth ${growth.baseYear}–${growth.endYear}`), 'share', growth.valueAdded.growth);
  add('growth_index', 'growth_index.value_added_control', label('Förädlingsvärdets tillväxt, kontrollgrupp', 'Value-added growth, control group'), 'share', growth.valueAdded.control);
  add('growth_index', 'growth_index.survival', label(`Överlevnad till ${growth.endYear}`, `Survival to ${growth.endYear}`), 'share', growth.survival.rate);
  add('growth_index', 'growth_index.survival_control', label('Överlevnad, kontrollgrupp', 'Survival, control group'), 'share', growth.survival.control);

  metric('focus_group_index', 'focus_group_index', focusIndex.index);
  const ATTRIBUTE_NAMES: Record<string, FigureLabel> = {
    women_led: label('kvinnoledda', 'women-led'),
    foreign_background: label('utländsk bakgrund', 'foreign background'),
    early_stage: label('tidiga skeden', 'early stage'),
  };
  for (const t of focusIndex.terms) {
    const n = ATTRIBUTE_NAMES[t.attribute]!;
    add('focus_group_index', `focus_group_index.${t.attribute}.share`, label(`Andel ${n.sv} bland unika kunder`, `Share ${n.en} among unique customers`), 'share', t.share);
    add('focus_group_index', `focus_group_index.${t.attribute}.benchmark`, label(`Andel ${n.sv} i näringslivet ${focusIndex.benchmarkYear}`, `Share ${n.en} in the business population ${focusIndex.benchmarkYear}`), 'share', t.benchmark);
  }

  metric('employees', 'employee_total_score', engagement.result?.totalScore ?? null);
  metric('employees', 'employee_engagement_index', engagement.result?.engagementIndex ?? null);
  for (const r of engagement.byRegion) {
    const name = REGION_NAMES[r.region!];
    add('employees', `employee_total_score.${r.region}`, label(`Totalbetyg: ${name.sv}`, `Total score: ${name.en}`), 'number', r.totalScore);
  }
  const d = diversity.result;
  add('employees', 'employees.headcount', label(`Medarbetare ${diversity.year} (HR)`, `Employees ${diversity.year} (HR)`), 'count', d?.headcount ?? null);
  metric('employees', 'employee_women_share', d?.shares.women ?? null);
  metric('employees', 'employee_foreign_background_share', d?.shares.foreignBackground ?? null);
  metric('employees', 'employee_under_30_share', d?.shares.under30 ?? null);
  metric('employees', 'employee_from_50_share', d?.shares.from50 ?? null);

  metric('free_equity', 'free_equity_months', equity.atPeriodEnd?.months ?? null);
  add('free_equity', 'free_equity.equity', label(`Fritt eget kapital ${equity.atPeriodEnd?.quarterEnd ?? ''}`.trim(), `Free equity ${equity.atPeriodEnd?.quarterEnd ?? ''}`.trim()), 'ore', equity.atPeriodEnd?.freeEquityOre ?? null);
  add('free_equity', 'free_equity.operating_costs', label('Rörelsekostnader, fyra kvartal', 'Operating costs, four quarters'), 'ore', equity.atPeriodEnd?.operatingCostsOre ?? null);
  for (const q of equity.quarters) {
    add('free_equity', `free_equity_months.${q.quarter}`, label(`Månader av rörelsekostnader ${q.quarter}`, `Months of operating costs ${q.quarter}`), 'number', q.months);
  }

  metric('sustainability', 'sustainability_share', sustainability.share);
  metric('sustainability', 'sustainability_workshops', sustainability.workshops);
  add('sustainability', 'sustainability.sessions', label('Rådgivningstillfällen', 'Advisory sessions'), 'count', sustainability.sessions);
  for (const r of sustainability.byRegion) {
    add('sustainability', `sustainability_share.${r.region}`, label(`Hållbarhet i kundmöten: ${REGION_NAMES[r.region].sv}`, `Sustainability in meetings: ${REGION_NAMES[r.region].en}`), 'share', r.share);
  }

  for (const m of municipalities.municipalities) {
    const key = `municipality.${m.region}.${m.municipality}`;
    add('municipalities', `${key}.unique_customers`, label(`${m.municipality}: unika kunder`, `${m.municipality}: unique customers`), 'count', m.uniqueCustomers);
    add('municipalities', `${key}.interventions`, label(`${m.municipality}: insatser`, `${m.municipality}: interventions`), 'count', m.interventions);
    add('municipalities', `${key}.loans_granted`, label(`${m.municipality}: beviljade lån`, `${m.municipality}: loans granted`), 'count', m.loansGranted);
    add('municipalities', `${key}.new_lending_volume`, label(`${m.municipality}: nyutlåningsvolym`, `${m.municipality}: new lending volume`), 'ore', m.newLendingVolumeOre);
  }

  metric('special_assignment_approvals', 'special_assignments_flagged', approvals.flaggedProjects);
  for (const p of approvals.projects) {
    const name = p.name ?? p.projectId;
    const when = p.approvedOn ?? (p.requiredApprovals.length === 0 ? 'godkännanden ej registrerade' : 'ej fullt godkänt');
    const whenEn = p.approvedOn ?? (p.requiredApprovals.length === 0 ? 'approvals not recorded' : 'not fully approved');
    add(
      'special_assignment_approvals',
      `special_assignment.${p.projectId}.activity_before_approval`,
      label(`${name}${p.flagged ? ' ⚑' : ''}: verksamhet före godkännande (${when})`, `${name}${p.flagged ? ' ⚑' : ''}: activity before approval (${whenEn})`),
      'count',
      p.activitiesBeforeApproval,
    );
  }
}
