import { parseFilter } from '../../period.js';
import { readModelFixture, type ReadModelFixture } from '../../testing/read-model-fixture.js';
import { growthIndexFigures } from './growth-index.figures.js';

/**
 * Hand-computed. Cohort 2024 (B = 2023, E = 2025): A (loan 2024) and B (module 2024) in Västmanland,
 * C (module 2024) in Örebro; D's 2024 module was voided and E only had a session, so neither is in it.
 * B stopped being active in 2025 and has no revenue then. Cohort 2023 (B = 2022, E = 2024): A (a
 * module in 2023 too: the cohorts overlap) and D (loan 2023, inactive at the end of 2024).
 */
describe('growth index', () => {
  let f: ReadModelFixture;
  const figures = (input: Parameters<typeof parseFilter>[0]) => growthIndexFigures(f.dataSource, parseFilter(input));

  beforeAll(async () => {
    f = await readModelFixture('scorecard_growth_index');
    const { rows, inputs } = f;
    await rows.customer('A', { region: 'vastmanland' });
    await rows.customer('B', { region: 'vastmanland' });
    await rows.customer('C', { region: 'orebro' });
    await rows.customer('D', { region: 'orebro' });
    await rows.customer('E', { region: 'vastmanland' });
    await rows.loan('la', { customerId: 'A', approvedOn: '2024-03-01' });
    await rows.delivery('db', { customerId: 'B', advisorId: 'anna', deliveredOn: '2024-05-05' });
    await rows.delivery('dc', { customerId: 'C', advisorId: 'anna', deliveredOn: '2024-06-01' });
    await rows.delivery('dd', { customerId: 'D', advisorId: 'anna', deliveredOn: '2024-07-01', voidedOn: '2024-07-02' });
    await rows.session('se', { customerId: 'E', advisorId: 'anna', heldOn: '2024-08-01' });
    await rows.loan('ld', { customerId: 'D', approvedOn: '2023-02-02' });
    await rows.delivery('da', { customerId: 'A', advisorId: 'anna', deliveredOn: '2023-11-11' });

    await inputs.financials('A', 2022, { revenueOre: 800, valueAddedOre: 300, active: true });
    await inputs.financials('A', 2023, { revenueOre: 1000, valueAddedOre: 400, active: true });
    await inputs.financials('A', 2024, { revenueOre: 1100, valueAddedOre: 420, active: true });
    await inputs.financials('A', 2025, { revenueOre: 1300, valueAddedOre: 500, active: true });
    await inputs.financials('B', 2023, { revenueOre: 2000, valueAddedOre: 800, active: true });
    await inputs.financials('B', 2025, { active: false });
    await inputs.financials('C', 2023, { revenueOre: 500, valueAddedOre: 100, active: true });
    await inputs.financials('C', 2025, { revenueOre: 550, valueAddedOre: 90, active: true });
    await inputs.financials('D', 2022, { revenueOre: 400, valueAddedOre: 100, active: true });
    await inputs.financials('D', 2024, { revenueOre: 300, valueAddedOre: 50, active: false });
    await inputs.financials('E', 2023, { revenueOre: 9999, valueAddedOre: 9999, active: true });

    await inputs.controlGroup(2024, 'vastmanland', { revenueGrowth: 0.1, valueAddedGrowth: 0.05, survivalRate: 0.9 });
    await inputs.controlGroup(2024, 'orebro', { revenueGrowth: 0.2, valueAddedGrowth: 0.1, survivalRate: 0.8 });
    await inputs.controlGroup(2023, 'vastmanland', { revenueGrowth: 0.1, valueAddedGrowth: 0.1, survivalRate: 0.9 });
    await inputs.growthParameters(2023, { revenueWeight: 0.5, valueAddedWeight: 0.5, survivalWeight: 0, horizonYears: 2 });
  });
  afterAll(async () => {
    await f.dispose();
  });

  it('compares the cohort’s growth and survival with the control group, both regions weighted by customers in each term', async () => {
    const g = await figures({ year: 2024 });
    expect(g).toMatchObject({ cohortYear: 2024, baseYear: 2023, endYear: 2025, cohortCustomers: 3, goal: 100 });
    expect(g.parameters).toEqual({ revenueWeight: 1 / 3, valueAddedWeight: 1 / 3, survivalWeight: 1 / 3, horizonYears: 2, setForYear: false });
    // Revenue: A and C have it in both years (B has none in 2025): 1300 + 550 over 1000 + 500.
    expect(g.revenue).toMatchObject({ customers: 2, baseOre: 1500, endOre: 1850 });
    expect(g.revenue.growth).toBeCloseTo(1850 / 1500 - 1, 12);
    // One Västmanland and one Örebro customer in the term: c_r = (0.1 + 0.2) / 2.
    expect(g.revenue.control).toBeCloseTo(0.15, 12);
    expect(g.valueAdded).toMatchObject({ customers: 2, baseOre: 500, endOre: 590 });
    expect(g.valueAdded.growth).toBeCloseTo(0.18, 12);
    expect(g.valueAdded.control).toBeCloseTo(0.075, 12);
    // Survival: A, B, C have base-year financials; B is not active at the end of 2025.
    expect(g.survival).toMatchObject({ withBaseYearFinancials: 3, activeAtEnd: 2 });
    expect(g.survival.rate).toBeCloseTo(2 / 3, 12);
    expect(g.survival.control).toBeCloseTo((2 * 0.9 + 0.8) / 3, 12);
    const expected = 100 * ((1 / 3) * (1850 / 1500 / 1.15) + (1 / 3) * (1.18 / 1.075) + (1 / 3) * (2 / 3 / (2.6 / 3)));
    expect(g.index).toBeCloseTo(expected, 9);
    expect(g.index).toBeCloseTo(97.979, 2);

    const [vastmanland, orebro] = g.byRegion;
    expect(vastmanland).toMatchObject({ region: 'vastmanland', cohortCustomers: 2 });
    expect(vastmanland!.index).toBeCloseTo(100 * ((1.3 / 1.1 + 1.25 / 1.05 + 0.5 / 0.9) / 3), 9);
    expect(orebro).toMatchObject({ region: 'orebro', cohortCustomers: 1 });
    expect(orebro!.index).toBeCloseTo(100 * ((1.1 / 1.2 + 0.9 / 1.1 + 1 / 0.8) / 3), 9);
  });

  it('cuts by the customer’s region with that region’s control group', async () => {
    const g = await figures({ year: 2024, region: 'orebro' });
    expect(g.cohortCustomers).toBe(1);
    expect(g.revenue.control).toBe(0.2);
    expect(g.index).toBeCloseTo(100 * ((1.1 / 1.2 + 0.9 / 1.1 + 1 / 0.8) / 3), 9);
    expect(g.byRegion.map((r) => r.region)).toEqual(['orebro']);
  });

  it('uses the weights and horizon set for the cohort year, and is null when a weighted term lacks a control value', async () => {
    const g = await figures({ year: 2023 });
    expect(g).toMatchObject({ cohortYear: 2023, baseYear: 2022, endYear: 2024, cohortCustomers: 2 });
    expect(g.parameters).toEqual({ revenueWeight: 0.5, valueAddedWeight: 0.5, survivalWeight: 0, horizonYears: 2, setForYear: true });
    // D (Örebro) is in the revenue term but Örebro has no control group for 2023.
    expect(g.revenue).toMatchObject({ customers: 2, baseOre: 1200, endOre: 1400, control: null, ratio: null });
    expect(g.survival).toMatchObject({ withBaseYearFinancials: 2, activeAtEnd: 1, rate: 0.5, control: null });
    expect(g.index).toBeNull();

    const v = await figures({ year: 2023, region: 'vastmanland' });
    expect(v.index).toBeCloseTo(100 * (0.5 * (1.375 / 1.1) + 0.5 * (1.4 / 1.1)), 9);
  });

  it('is null without financials, with the cohort still counted', async () => {
    const g = await figures({ year: 2025 });
    expect(g).toMatchObject({ cohortCustomers: 0, index: null, revenue: { customers: 0, growth: null } });
  });
});
