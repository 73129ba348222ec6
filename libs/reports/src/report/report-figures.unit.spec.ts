import { parseFilter } from '#libs/scorecard';
import type { ReportFigure } from '../domain/report-figure.js';
import { reportFigures, type ReportSources } from './report-figures.js';

const scope = { period: parseFilter({ year: 2026, quarter: 2 }).period, region: null };
const time = (customer: number, internal: number) => ({ customerMinutes: customer, internalMinutes: internal, workedMinutes: customer + internal, share: customer + internal === 0 ? null : customer / (customer + internal) });
const amounts = { loansGranted: 3, grantedVolumeOre: 90_000_000, newLendingVolumeOre: 40_000_000, repaidPrincipalOre: 0, interestOre: 150_000, feesOre: 5_000, writtenOffOre: 0 };
const counts = (n: number, all: number) => ({ count: n, share: all === 0 ? null : n / all });

/** 2026-Q2 for both regions: the figure groups as the scorecard functions answer them. */
const sources: ReportSources = {
  loans: {
    ...scope,
    totals: amounts,
    outstandingPrincipalOre: 120_000_000,
    byProduct: [],
    byRegion: [],
    byTargetGroup: [],
    returnOnLending: { from: '2023-07-01', to: '2026-06-30', quarters: [], interestOre: 150_000, feesOre: 5_000, writtenOffOre: 0, incomeOre: 155_000, meanOutstandingPrincipalOre: 10_000_000, returnPercent: 0.5166, goalPercent: 2 },
  },
  customers: {
    ...scope,
    uniqueCustomers: { advisory: 5, loans: 3, total: 7, byRegion: [], byAdvisor: [] },
    deliveryModules: { total: 6, byModule: [{ module: 'behovssamtal', count: 4 }, { module: 'ny_modul', count: 2 }], byRegion: [], byAdvisor: [] },
  },
  targetGroups: {
    ...scope,
    interventions: { loans: 3, modules: 6, total: 9 },
    groups: [
      { targetGroup: 'bredd', loans: counts(1, 3), modules: counts(2, 6), total: counts(3, 9) },
      { targetGroup: 'ideal', loans: counts(2, 3), modules: counts(1, 6), total: counts(3, 9) },
      { targetGroup: 'spets', loans: counts(0, 3), modules: counts(0, 6), total: counts(0, 9) },
      { targetGroup: 'unclassified', loans: counts(0, 3), modules: counts(3, 6), total: counts(3, 9) },
    ],
  },
  time: {
    ...scope,
    granularity: 'month',
    goal: 0.8,
    total: time(700, 300),
    byRegion: [
      { region: 'vastmanland', ...time(400, 100) },
      { region: 'orebro', ...time(300, 200) },
    ],
    byEmployee: [],
    buckets: [{ key: '2026-04', from: '2026-04-01', to: '2026-04-30', total: time(700, 300), byRegion: [], byEmployee: [] }],
  },
  focus: {
    ...scope,
    benchmarkYear: 2026,
    loans: {
      count: 3,
      womenLed: { yes: 1, no: 1, unknown: 1, share: 0.5, benchmarks: [{ region: 'orebro', population: 'new_businesses', share: 0.35 }] },
      foreignBackground: { yes: 0, no: 2, unknown: 1, share: 0, benchmarks: [] },
      earlyStage: { earlyStage: 1, all: 3, share: 1 / 3, benchmarks: [] },
    },
    advisory: {
      count: 5,
      womenLed: { yes: 0, no: 0, unknown: 5, share: null, benchmarks: [{ region: 'orebro', population: 'new_businesses', share: 0.35 }] },
      foreignBackground: { yes: 1, no: 3, unknown: 1, share: 0.25, benchmarks: [] },
      earlyStage: { earlyStage: 2, all: 5, share: 0.4, benchmarks: [{ region: 'vastmanland', population: 'business_population', share: 0.2 }] },
    },
  },
  recommendations: { ...scope, answers: 10, wouldRecommend: 9, share: 0.9, goal: 0.9, byRegion: [] },
  special: {
    ...scope,
    projects: [
      {
        projectId: 'eruf-1',
        name: 'ERUF Grön omställning',
        funder: 'Tillväxtverket',
        startsOn: '2025-01-01',
        endsOn: '2027-12-31',
        costsOre: 1_250_000,
        revenuesOre: 2_000_000,
        advisorySessions: 4,
        deliveryModules: 2,
        loansGranted: 1,
        grantedVolumeOre: 30_000_000,
        disbursedOre: 10_000_000,
        timeMinutes: { customer: 600, internal: 120, absence: 0 },
      },
    ],
  },
  mentors: { ...scope, total: { matched: 2, active: 5 }, byProgramme: [{ programme: 'mentor_starta_foretag', matched: 2, active: 5 }] },
  growth: (() => {
    const terms = {
      cohortCustomers: 10,
      revenue: { customers: 8, baseOre: 100, endOre: 120, growth: 0.2, control: 0.1, ratio: 1.2 / 1.1 },
      valueAdded: { customers: 8, baseOre: 50, endOre: 55, growth: 0.1, control: 0.1, ratio: 1 },
      survival: { withBaseYearFinancials: 9, activeAtEnd: 9, rate: 1, control: 0.9, ratio: 1 / 0.9 },
      index: 105,
    };
    return { ...scope, cohortYear: 2025, baseYear: 2024, endYear: 2026, parameters: { revenueWeight: 1 / 3, valueAddedWeight: 1 / 3, survivalWeight: 1 / 3, horizonYears: 2, setForYear: false }, goal: 100, ...terms, byRegion: [] };
  })(),
  focusIndex: {
    ...scope,
    benchmarkYear: 2026,
    customers: 4,
    terms: [
      { attribute: 'women_led', yes: 2, known: 4, unknown: 0, share: 0.5, benchmark: 0.25, ratio: 2 },
      { attribute: 'foreign_background', yes: 1, known: 4, unknown: 0, share: 0.25, benchmark: 0.25, ratio: 1 },
      { attribute: 'early_stage', yes: 0, known: 4, unknown: 0, share: 0, benchmark: 0.5, ratio: 0 },
    ],
    index: 100,
    goal: 100,
  },
  engagement: { period: scope.period, year: 2026, region: null, goal: 4, result: { region: null, totalScore: 3.9, engagementIndex: 74, respondents: 30, meetsGoal: false }, byRegion: [] },
  diversity: { period: scope.period, year: 2026, region: null, result: null, byRegion: [], goals: {} },
  equity: {
    period: scope.period,
    region: null,
    band: { min: 3, max: 6 },
    atPeriodEnd: { quarter: '2026-Q2', quarterEnd: '2026-06-30', freeEquityOre: 2000, operatingCostsOre: 4800, months: 5, withinBand: true },
    quarters: [],
  },
  sustainability: { ...scope, sessions: 4, sustainabilityDiscussed: 3, share: 0.75, workshops: 2, byRegion: [], byAdvisor: [] },
  municipalities: { ...scope, municipalities: [] },
  approvals: {
    period: scope.period,
    region: null,
    flaggedProjects: 1,
    projects: [
      { projectId: 'p1', name: 'ERUF', funder: 'EU', requiredApprovals: [], approvedOn: null, activities: 2, activitiesBeforeApproval: 2, firstActivityBeforeApproval: '2026-04-02', flagged: true },
    ],
  },
};

const figureOf = (figures: ReportFigure[], metric: string): ReportFigure => {
  const found = figures.find((f) => f.metric === metric);
  if (!found) throw new Error(`no ${metric}`);
  return found;
};

describe('the figures of a report', () => {
  const targets = new Map([
    ['delivery_modules', 8],
    ['women_led_share_advisory', 0.4],
    ['return_on_lending', 0],
  ]);
  const comments = new Map([['delivery_modules', { comment: 'Två tjänster vakanta', recordedBy: 'carl' }]]);
  const figures = reportFigures(sources, { targets, comments });

  it('hold every scorecard metric once, with the target, deviation and comment set for the scope', () => {
    expect(figureOf(figures, 'delivery_modules')).toEqual({
      metric: 'delivery_modules',
      section: 'advisory',
      label: { sv: 'Levererade moduler', en: 'Delivery modules' },
      unit: 'count',
      outcome: 6,
      target: 8,
      deviation: -2,
      deviationPercent: -25,
      comment: { comment: 'Två tjänster vakanta', recordedBy: 'carl' },
    });
    // No outcome (no known answers): no deviation. A target of 0: no deviation %.
    expect(figureOf(figures, 'women_led_share_advisory')).toMatchObject({ outcome: null, target: 0.4, deviation: null, deviationPercent: null });
    expect(figureOf(figures, 'return_on_lending')).toMatchObject({ unit: 'percent', outcome: 0.5166, target: 0, deviation: 0.5166, deviationPercent: null });
    expect(figureOf(figures, 'loans_granted')).toMatchObject({ outcome: 3, target: null, deviation: null, comment: null });
    expect(new Set(figures.map((f) => f.metric)).size).toBe(figures.length);
  });

  it('show every goal of the directive first, by perspective, against the board’s target or else the directive’s level', () => {
    const goals = figures.filter((f) => f.section.startsWith('goals_'));
    expect([...new Set(goals.map((f) => f.section))]).toEqual(['goals_financial', 'goals_customer', 'goals_process', 'goals_employee', 'goals_sustainability']);
    expect(figures.slice(0, goals.length)).toEqual(goals);
    expect(figureOf(figures, 'goal.return_on_lending')).toMatchObject({ section: 'goals_financial', outcome: 0.5166, target: 0 });
    expect(figureOf(figures, 'goal.free_equity_months')).toMatchObject({ section: 'goals_financial', unit: 'number', outcome: 5, target: 3, deviation: 2 });
    expect(figureOf(figures, 'goal.growth_index')).toMatchObject({ section: 'goals_customer', outcome: 105, target: 100, deviation: 5, label: { sv: 'Index tillväxt (100 = som kontrollgruppen), kohort 2025' } });
    expect(figureOf(figures, 'goal.delivery_modules')).toMatchObject({ section: 'goals_process', outcome: 6, target: 8, comment: { comment: 'Två tjänster vakanta' } });
    expect(figureOf(figures, 'goal.employee_total_score')).toMatchObject({ section: 'goals_employee', outcome: 3.9, target: 4 });
    expect(figureOf(figures, 'goal.employee_total_score').deviation).toBeCloseTo(-0.1, 12);
    expect(figureOf(figures, 'goal.sustainability_share')).toMatchObject({ section: 'goals_sustainability', outcome: 0.75, target: 1, deviation: -0.25 });
    expect(figureOf(figures, 'goal.special_assignments_flagged')).toMatchObject({ outcome: 1, target: 0 });
    expect(figureOf(figures, 'special_assignment.p1.activity_before_approval')).toMatchObject({ outcome: 2, label: { sv: 'ERUF ⚑: verksamhet före godkännande (godkännanden ej registrerade)' } });
  });

  it('explain them with the supporting figures: money in öre, shares as fractions, modules by name', () => {
    expect(figureOf(figures, 'outstanding_principal')).toMatchObject({ unit: 'ore', outcome: 120_000_000, label: { sv: 'Utestående kapital 2026-06-30' } });
    expect(figureOf(figures, 'return_on_lending.income').outcome).toBe(155_000);
    expect(figureOf(figures, 'delivery_modules.behovssamtal')).toMatchObject({ outcome: 4, label: { sv: 'Levererade moduler: Behovssamtal' } });
    // A module the catalogue does not name is shown by its key.
    expect(figureOf(figures, 'delivery_modules.ny_modul').label.sv).toBe('Levererade moduler: ny_modul');
    expect(figureOf(figures, 'interventions_unclassified')).toMatchObject({ outcome: 3, target: null });
    expect(figureOf(figures, 'interventions_ideal.loans').outcome).toBe(2);
    expect(figureOf(figures, 'interventions_bredd.share').outcome).toBeCloseTo(1 / 3, 12);
    expect(figureOf(figures, 'customer_time_share.orebro').outcome).toBe(0.6);
    expect(figureOf(figures, 'customer_time_share.2026-04').outcome).toBe(0.7);
  });

  it('show focus-group unknowns and each benchmark entered beside its share', () => {
    expect(figureOf(figures, 'women_led_share_advisory.unknown').outcome).toBe(5);
    expect(figureOf(figures, 'women_led_share_loans.benchmark.orebro.new_businesses')).toMatchObject({
      unit: 'share',
      outcome: 0.35,
      label: { sv: 'Andel lån till kvinnoledda företag: jämförelsevärde Örebro län, nyföretagandet 2026' },
    });
    expect(figureOf(figures, 'early_stage_share_advisory.benchmark.vastmanland.business_population').outcome).toBe(0.2);
    expect(figures.filter((f) => f.metric.includes('.benchmark.'))).toHaveLength(3);
  });

  it('list each special assignment’s costs, revenues and activities, and the mentor pairs per programme', () => {
    expect(figures.filter((f) => f.section === 'special_assignments').map((f) => [f.metric, f.outcome])).toEqual([
      ['special_assignment.eruf-1.costs', 1_250_000],
      ['special_assignment.eruf-1.revenues', 2_000_000],
      ['special_assignment.eruf-1.advisory_sessions', 4],
      ['special_assignment.eruf-1.delivery_modules', 2],
      ['special_assignment.eruf-1.loans_granted', 1],
      ['special_assignment.eruf-1.granted_volume', 30_000_000],
      ['special_assignment.eruf-1.disbursed', 10_000_000],
      ['special_assignment.eruf-1.customer_minutes', 600],
      ['special_assignment.eruf-1.internal_minutes', 120],
      ['special_assignment.eruf-1.absence_minutes', 0],
    ]);
    expect(figureOf(figures, 'special_assignment.eruf-1.costs').label.sv).toBe('ERUF Grön omställning: kostnader');
    expect(figureOf(figures, 'mentor_pairs.mentor_starta_foretag.active')).toMatchObject({ outcome: 5, label: { sv: 'Mentor Starta Företag: aktiva' } });
  });
});
