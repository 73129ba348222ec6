import { parseFilter } from '../../period.js';
import { readModelFixture, type ReadModelFixture } from '../../testing/read-model-fixture.js';
import { diversityFigures, engagementFigures } from '../employee-figures/employee-figures.figures.js';
import { focusGroupIndexFigures } from '../focus-group-index/focus-group-index.figures.js';
import { freeEquityFigures } from '../free-equity/free-equity.figures.js';
import { municipalitiesFigures } from '../municipalities/municipalities.figures.js';
import { municipalitySummaryHtml } from '../municipalities/municipality-summary.js';
import { specialAssignmentApprovalsFigures } from '../special-assignment-approvals/special-assignment-approvals.figures.js';
import { sustainabilityFigures } from '../sustainability/sustainability.figures.js';

/**
 * The figures the scorecard adds (issue 12), each against hand-computed values. In 2025: A (Västerås,
 * women-led, early stage) got a loan; B (Köping) had a session; C (Örebro, women-led, foreign
 * background) a sustainability workshop; D's workshop was voided; E (Örebro, foreign background,
 * early stage) a session and a loan. 2026 holds the special assignments' activity.
 */
describe('scorecard additions', () => {
  let f: ReadModelFixture;
  const filter = (input: Parameters<typeof parseFilter>[0]) => parseFilter(input);

  beforeAll(async () => {
    f = await readModelFixture('scorecard_additions');
    const { rows, inputs } = f;
    await inputs.customerIn('A', { region: 'vastmanland', municipality: 'Västerås', womenLed: 'yes', foreignBackground: 'no', phase: 'early_stage' });
    await inputs.customerIn('B', { region: 'vastmanland', municipality: 'Köping', womenLed: 'no', phase: 'growth' });
    await inputs.customerIn('C', { region: 'orebro', municipality: 'Örebro', womenLed: 'yes', foreignBackground: 'yes', phase: 'growth' });
    await inputs.customerIn('D', { region: 'orebro', municipality: 'Örebro', foreignBackground: 'no', phase: 'early_stage' });
    await inputs.customerIn('E', { region: 'orebro', municipality: 'Örebro', womenLed: 'no', foreignBackground: 'yes', phase: 'early_stage' });
    await rows.loan('la', { customerId: 'A', approvedOn: '2025-02-01', grantedOre: 1_000_000 });
    await rows.transaction({ loanId: 'la', customerId: 'A', kind: 'disbursement', bookedOn: '2025-02-10', principalOre: 400_000 });
    await inputs.sessionWithSustainability('s1', { customerId: 'A', advisorId: 'anna', heldOn: '2025-03-01', sustainabilityDiscussed: true });
    await inputs.sessionWithSustainability('s2', { customerId: 'B', advisorId: 'anna', heldOn: '2025-04-01', sustainabilityDiscussed: false });
    await inputs.sessionWithSustainability('s3', { customerId: 'E', advisorId: 'olle', heldOn: '2025-05-01', sustainabilityDiscussed: true });
    await rows.delivery('dc', { customerId: 'C', advisorId: 'olle', deliveredOn: '2025-06-01', module: 'hallbarhetsworkshop' });
    await rows.delivery('dd', { customerId: 'D', advisorId: 'olle', deliveredOn: '2025-06-02', module: 'hallbarhetsworkshop', voidedOn: '2025-06-03' });
    await rows.loan('ld', { customerId: 'D', approvedOn: '2024-05-05' });
    await rows.loan('le', { customerId: 'E', approvedOn: '2025-09-09', grantedOre: 2_000_000 });
    for (const [region, women, foreign, early] of [
      ['vastmanland', 0.3, 0.2, 0.4],
      ['orebro', 0.34, 0.25, 0.3],
    ] as const) {
      await rows.benchmark({ region, year: 2025, attribute: 'women_led', population: 'business_population', share: women });
      await rows.benchmark({ region, year: 2025, attribute: 'foreign_background', population: 'business_population', share: foreign });
      await rows.benchmark({ region, year: 2025, attribute: 'early_stage', population: 'business_population', share: early });
    }
    await rows.benchmark({ region: 'vastmanland', year: 2025, attribute: 'women_led', population: 'new_businesses', share: 0.9 });

    await inputs.employeeSurvey(2025, { totalScore: 4.2, engagementIndex: 78, respondents: 40 });
    await inputs.employeeSurvey(2025, { region: 'orebro', totalScore: 3.8, engagementIndex: 70 });
    await inputs.diversity(2025, '', [3, 12, 9, 14, 10, 0, 4, 18, 2]);
    await rows.target({ metric: 'employee_women_share', year: 2025, unit: 'share', value: 0.5 });

    for (const [quarter, equity] of [
      [1, 1000],
      [2, 1500],
      [3, 1800],
      [4, 2000],
    ] as const) {
      await inputs.accounts(2024, quarter, equity, 1200);
    }
    await inputs.accounts(2025, 1, 1000, 2400);

    await rows.fundingProject('P1', { name: 'ERUF Tillväxt', funder: 'ERUF', startsOn: '2026-01-01', endsOn: '2027-12-31' });
    await rows.fundingProject('P2', { name: 'Inkubator', funder: 'Region', startsOn: '2026-01-01', endsOn: '2026-12-31' });
    await rows.fundingProject('P3', { name: 'Export', funder: 'EU', startsOn: '2026-01-01', endsOn: '2026-12-31' });
    await inputs.approval('P1', 'board', { approvedOn: '2026-03-01' });
    await inputs.approval('P1', 'region_orebro', { approvedOn: '2026-02-01' });
    await inputs.approval('P1', 'region_vastmanland', { required: false });
    await inputs.approval('P3', 'board', { approvedOn: '2026-01-01' });
    await inputs.approval('P3', 'region_vastmanland', { approvedOn: '2026-01-05' });
    await rows.session('p1s', { customerId: 'A', advisorId: 'anna', heldOn: '2026-02-15', fundingProjectId: 'P1' });
    await rows.delivery('p1d', { customerId: 'A', advisorId: 'anna', deliveredOn: '2026-03-01', fundingProjectId: 'P1' });
    await rows.fundingEntry('P1', 'c1', { kind: 'cost', bookedOn: '2026-01-10', amountOre: 5000 });
    await rows.session('p2s', { customerId: 'B', advisorId: 'anna', heldOn: '2026-04-01', fundingProjectId: 'P2' });
    await rows.delivery('p3d', { customerId: 'C', advisorId: 'olle', deliveredOn: '2026-02-01', fundingProjectId: 'P3' });
  });
  afterAll(async () => {
    await f.dispose();
  });

  describe('focus-group index', () => {
    it('divides each share of the unique customers by the business-population benchmark, both regions weighted by the known counts', async () => {
      const g = await focusGroupIndexFigures(f.dataSource, filter({ year: 2025 }));
      expect(g.customers).toBe(4);
      const [women, foreign, early] = g.terms;
      expect(women).toMatchObject({ attribute: 'women_led', yes: 2, known: 4, unknown: 0, share: 0.5 });
      expect(women!.benchmark).toBeCloseTo((2 * 0.3 + 2 * 0.34) / 4, 12);
      expect(foreign).toMatchObject({ attribute: 'foreign_background', yes: 2, known: 3, unknown: 1 });
      expect(foreign!.benchmark).toBeCloseTo((1 * 0.2 + 2 * 0.25) / 3, 12);
      expect(early).toMatchObject({ attribute: 'early_stage', yes: 2, known: 4, share: 0.5 });
      expect(early!.benchmark).toBeCloseTo(0.35, 12);
      expect(g.index).toBeCloseTo((100 * (0.5 / 0.32 + 2 / 0.7 + 0.5 / 0.35)) / 3, 9);
    });

    it('uses the region’s own benchmark for one region, and is null without benchmarks for the year', async () => {
      const o = await focusGroupIndexFigures(f.dataSource, filter({ year: 2025, region: 'orebro' }));
      expect(o.customers).toBe(2);
      expect(o.index).toBeCloseTo((100 * (0.5 / 0.34 + 1 / 0.25 + 0.5 / 0.3)) / 3, 9);
      const none = await focusGroupIndexFigures(f.dataSource, filter({ year: 2024 }));
      expect(none).toMatchObject({ customers: 1, index: null });
    });
  });

  it('sustainability: sessions with sustainability discussed ÷ all, and workshops not voided, by region and advisor', async () => {
    const s = await sustainabilityFigures(f.dataSource, filter({ year: 2025 }));
    expect(s).toMatchObject({ sessions: 3, sustainabilityDiscussed: 2, share: 2 / 3, workshops: 1 });
    expect(s.byRegion).toEqual([
      { region: 'vastmanland', sessions: 2, sustainabilityDiscussed: 1, share: 0.5, workshops: 0 },
      { region: 'orebro', sessions: 1, sustainabilityDiscussed: 1, share: 1, workshops: 1 },
    ]);
    expect(s.byAdvisor).toEqual([
      { advisorId: 'anna', sessions: 2, sustainabilityDiscussed: 1, share: 0.5, workshops: 0 },
      { advisorId: 'olle', sessions: 1, sustainabilityDiscussed: 1, share: 1, workshops: 1 },
    ]);
    expect(await sustainabilityFigures(f.dataSource, filter({ year: 2025, quarter: 4 }))).toMatchObject({ sessions: 0, share: null, workshops: 0 });
  });

  it('engagement: the survey as entered, against the goal 4.0', async () => {
    const e = await engagementFigures(f.dataSource, filter({ year: 2025 }));
    expect(e).toMatchObject({
      period: { label: '2025' },
      year: 2025,
      region: null,
      goal: 4,
      result: { region: null, totalScore: 4.2, engagementIndex: 78, respondents: 40, meetsGoal: true },
      byRegion: [{ region: 'orebro', totalScore: 3.8, engagementIndex: 70, respondents: null, meetsGoal: false }],
    });
    expect((await engagementFigures(f.dataSource, filter({ year: 2025, region: 'orebro' }))).result).toMatchObject({ totalScore: 3.8, meetsGoal: false });
    expect((await engagementFigures(f.dataSource, filter({ year: 2024 }))).result).toBeNull();
  });

  it('diversity: the aggregates with their shares, beside the board’s goals', async () => {
    const d = await diversityFigures(f.dataSource, filter({ year: 2025 }));
    expect(d.result).toMatchObject({ headcount: 24, gender: { women: 14, men: 10, other: 0 }, foreignBackground: { yes: 4, no: 18, unknown: 2 } });
    expect(d.result!.shares).toEqual({ women: 14 / 24, foreignBackground: 4 / 22, under30: 3 / 24, from50: 9 / 24 });
    expect(d.goals).toEqual({ employee_women_share: 0.5 });
  });

  it('free equity: equity ÷ (four quarters’ operating costs ÷ 12) at the quarter end, null when a quarter is missing', async () => {
    const y = await freeEquityFigures(f.dataSource, filter({ year: 2024 }));
    expect(y.atPeriodEnd).toEqual({ quarter: '2024-Q4', quarterEnd: '2024-12-31', freeEquityOre: 2000, operatingCostsOre: 4800, months: 5, withinBand: true });
    expect(y.quarters.map((q) => q.months)).toEqual([null, null, null, 5]);
    const q = await freeEquityFigures(f.dataSource, filter({ year: 2025, quarter: 1 }));
    expect(q.atPeriodEnd).toMatchObject({ quarter: '2025-Q1', operatingCostsOre: 6000, months: 2, withinBand: false });
    const may = await freeEquityFigures(f.dataSource, filter({ year: 2025, month: 5 }));
    expect(may.atPeriodEnd).toMatchObject({ quarter: '2025-Q1', months: 2 });
    expect((await freeEquityFigures(f.dataSource, filter({ year: 2025, quarter: 2 }))).atPeriodEnd).toMatchObject({ freeEquityOre: null, months: null, withinBand: null });
  });

  it('by municipality: each figure cut by the customer’s latest municipality, and a one-page summary', async () => {
    const m = await municipalitiesFigures(f.dataSource, filter({ year: 2025 }));
    expect(m.municipalities).toEqual([
      {
        municipality: 'Köping',
        region: 'vastmanland',
        uniqueCustomers: 1,
        uniqueCustomersAdvisory: 1,
        uniqueCustomersLoans: 0,
        interventions: 0,
        loansGranted: 0,
        deliveryModules: 0,
        grantedVolumeOre: 0,
        newLendingVolumeOre: 0,
      },
      {
        municipality: 'Västerås',
        region: 'vastmanland',
        uniqueCustomers: 1,
        uniqueCustomersAdvisory: 1,
        uniqueCustomersLoans: 1,
        interventions: 1,
        loansGranted: 1,
        deliveryModules: 0,
        grantedVolumeOre: 1_000_000,
        newLendingVolumeOre: 400_000,
      },
      {
        municipality: 'Örebro',
        region: 'orebro',
        uniqueCustomers: 2,
        uniqueCustomersAdvisory: 2,
        uniqueCustomersLoans: 1,
        interventions: 2,
        loansGranted: 1,
        deliveryModules: 1,
        grantedVolumeOre: 2_000_000,
        newLendingVolumeOre: 0,
      },
    ]);
    const one = await municipalitiesFigures(f.dataSource, filter({ year: 2025 }), 'Örebro');
    expect(one.municipalities.map((x) => x.municipality)).toEqual(['Örebro']);
    const html = municipalitySummaryHtml('Örebro', one);
    expect(html).toContain('<h1>Örebro</h1>');
    expect(html).toContain('<td>Unika kunder (Råd och Lån)</td><td class="v">2</td>');
    expect(html).toMatch(/Beviljad volym<\/td><td class="v">20\s000 kr/);
  });

  it('special assignments: approved on the latest required approval; activity before it flags the project', async () => {
    const a = await specialAssignmentApprovalsFigures(f.dataSource, filter({ year: 2026 }));
    expect(a.projects).toEqual([
      {
        projectId: 'P1',
        name: 'ERUF Tillväxt',
        funder: 'ERUF',
        requiredApprovals: [
          { party: 'board', approvedOn: '2026-03-01' },
          { party: 'region_orebro', approvedOn: '2026-02-01' },
        ],
        approvedOn: '2026-03-01',
        activities: 3,
        activitiesBeforeApproval: 2,
        firstActivityBeforeApproval: '2026-01-10',
        flagged: true,
      },
      {
        projectId: 'P2',
        name: 'Inkubator',
        funder: 'Region',
        requiredApprovals: [],
        approvedOn: null,
        activities: 1,
        activitiesBeforeApproval: 1,
        firstActivityBeforeApproval: '2026-04-01',
        flagged: true,
      },
      {
        projectId: 'P3',
        name: 'Export',
        funder: 'EU',
        requiredApprovals: [
          { party: 'board', approvedOn: '2026-01-01' },
          { party: 'region_vastmanland', approvedOn: '2026-01-05' },
        ],
        approvedOn: '2026-01-05',
        activities: 1,
        activitiesBeforeApproval: 0,
        firstActivityBeforeApproval: null,
        flagged: false,
      },
    ]);
    expect(a.flaggedProjects).toBe(2);
  });
});
