import { parseFilter } from '../../period.js';
import { readModelFixture, type ReadModelFixture } from '../../testing/read-model-fixture.js';
import { focusGroupsFigures } from './focus-groups.figures.js';

/**
 * Customers (latest answers):   women-led  foreign background  phase
 *   A  Västmanland              yes        no                  early_stage
 *   B  Västmanland              no         unknown             growth
 *   C  Örebro (data erased)     unknown    unknown             early_stage
 *   D  Örebro                   yes        yes                 established
 * 2025: loans granted to A (two), B and C; advisory for A (two sessions, a module) and D (a module);
 * B's module voided; C's only session in 2024.
 */
describe('focus-group shares (figure 9)', () => {
  let f: ReadModelFixture;
  const figures = (input: Parameters<typeof parseFilter>[0]) => focusGroupsFigures(f.dataSource, parseFilter(input));

  beforeAll(async () => {
    f = await readModelFixture('scorecard_focus_groups');
    const { rows } = f;
    await rows.customer('A', { region: 'vastmanland', womenLed: 'yes', foreignBackground: 'no', phase: 'early_stage' });
    await rows.customer('B', { region: 'vastmanland', womenLed: 'no', foreignBackground: 'unknown', phase: 'growth' });
    await rows.customer('C', { region: 'orebro', womenLed: 'unknown', foreignBackground: 'unknown', phase: 'early_stage', erased: true });
    await rows.customer('D', { region: 'orebro', womenLed: 'yes', foreignBackground: 'yes', phase: 'established' });
    await rows.loan('LA1', { customerId: 'A', approvedOn: '2025-02-01' });
    await rows.loan('LA2', { customerId: 'A', approvedOn: '2025-09-01' });
    await rows.loan('LB', { customerId: 'B', approvedOn: '2025-03-01' });
    await rows.loan('LC', { customerId: 'C', approvedOn: '2025-12-31' });
    await rows.loan('LD', { customerId: 'D', approvedOn: '2024-12-31' });
    await rows.session('sA1', { customerId: 'A', advisorId: 'anna', heldOn: '2025-01-10' });
    await rows.session('sA2', { customerId: 'A', advisorId: 'anna', heldOn: '2025-04-10' });
    await rows.delivery('dA', { customerId: 'A', advisorId: 'anna', deliveredOn: '2025-05-10' });
    await rows.delivery('dD', { customerId: 'D', advisorId: 'anna', deliveredOn: '2025-06-10' });
    await rows.delivery('dB', { customerId: 'B', advisorId: 'anna', deliveredOn: '2025-06-11', voidedOn: '2025-07-01' });
    await rows.session('sC', { customerId: 'C', advisorId: 'anna', heldOn: '2024-11-11' });
    await rows.benchmark({ region: 'vastmanland', year: 2025, attribute: 'women_led', population: 'business_population', share: 0.3 });
    await rows.benchmark({ region: 'vastmanland', year: 2025, attribute: 'women_led', population: 'new_businesses', share: 0.35 });
    await rows.benchmark({ region: 'orebro', year: 2025, attribute: 'women_led', population: 'business_population', share: 0.28 });
    await rows.benchmark({ region: 'vastmanland', year: 2025, attribute: 'foreign_background', population: 'new_businesses', share: 0.2 });
    await rows.benchmark({ region: 'orebro', year: 2025, attribute: 'early_stage', population: 'new_businesses', share: 0.6 });
    await rows.benchmark({ region: 'vastmanland', year: 2024, attribute: 'women_led', population: 'business_population', share: 0.29 });
  });
  afterAll(async () => {
    await f.dispose();
  });

  it('counts each loan granted (A twice): shares of those known, unknowns beside, early stage of all', async () => {
    const { loans } = await figures({ year: 2025 });
    expect(loans.count).toBe(4);
    expect(loans.womenLed).toMatchObject({ yes: 2, no: 1, unknown: 1, share: 2 / 3 });
    expect(loans.foreignBackground).toMatchObject({ yes: 0, no: 2, unknown: 2, share: 0 });
    expect(loans.earlyStage).toMatchObject({ earlyStage: 3, all: 4, share: 3 / 4 });
  });

  it('counts each unique advisory customer once, leaving out a voided module', async () => {
    const { advisory } = await figures({ year: 2025 });
    expect(advisory.count).toBe(2); // A and D
    expect(advisory.womenLed).toMatchObject({ yes: 2, no: 0, unknown: 0, share: 1 });
    expect(advisory.foreignBackground).toMatchObject({ yes: 1, no: 1, unknown: 0, share: 1 / 2 });
    expect(advisory.earlyStage).toMatchObject({ earlyStage: 1, all: 2, share: 1 / 2 });
  });

  it('reports the benchmarks of both regions for the period’s year beside each share', async () => {
    const result = await figures({ year: 2025 });
    expect(result.benchmarkYear).toBe(2025);
    expect(result.loans.womenLed.benchmarks).toEqual([
      { region: 'orebro', population: 'business_population', share: 0.28 },
      { region: 'vastmanland', population: 'business_population', share: 0.3 },
      { region: 'vastmanland', population: 'new_businesses', share: 0.35 },
    ]);
    expect(result.advisory.foreignBackground.benchmarks).toEqual([{ region: 'vastmanland', population: 'new_businesses', share: 0.2 }]);
    expect(result.advisory.earlyStage.benchmarks).toEqual([{ region: 'orebro', population: 'new_businesses', share: 0.6 }]);
  });

  it('cuts by the customer’s region, with that region’s benchmarks only', async () => {
    const vastmanland = await figures({ year: 2025, region: 'vastmanland' });
    expect(vastmanland.loans.count).toBe(3);
    expect(vastmanland.loans.womenLed).toMatchObject({ yes: 2, no: 1, unknown: 0, share: 2 / 3 });
    expect(vastmanland.loans.foreignBackground).toMatchObject({ yes: 0, no: 2, unknown: 1, share: 0 });
    expect(vastmanland.loans.womenLed.benchmarks.map((b) => b.region)).toEqual(['vastmanland', 'vastmanland']);
    expect(vastmanland.advisory.count).toBe(1);
    const orebro = await figures({ year: 2025, region: 'orebro' });
    expect(orebro.loans.womenLed).toMatchObject({ yes: 0, no: 0, unknown: 1, share: null });
    expect(orebro.loans.earlyStage).toMatchObject({ earlyStage: 1, all: 1, share: 1 });
  });

  it('answers shares null when nothing was granted or delivered', async () => {
    const empty = await figures({ year: 2023 });
    expect(empty.loans).toMatchObject({ count: 0, womenLed: { share: null }, foreignBackground: { share: null }, earlyStage: { share: null } });
    expect(empty.benchmarkYear).toBe(2023);
    expect(empty.loans.womenLed.benchmarks).toEqual([]);
  });
});
