import { parseFilter } from '../../period.js';
import { readModelFixture, type ReadModelFixture } from '../../testing/read-model-fixture.js';
import { uniqueCustomersFigures } from './unique-customers.figures.js';

/**
 * A and B in Västmanland, C and D in Örebro. In 2025:
 *   A  session (anna) 02-01 [Q1], module framtidsdialog (anna) 08-01 [Q3]
 *   B  module (bertil) 05-05 [Q2], voided on 2026-01-10; loan granted 05-10
 *   C  module behovssamtal (bertil) 03-03 [Q1], session (anna) 11-11 [Q4]
 *   D  loan granted 01-20; module affarsutveckling (anna) 12-01 [Q4]
 * and A had a module on 2024-12-31, outside 2025.
 */
describe('unique customers and delivery modules (figures 5–6)', () => {
  let f: ReadModelFixture;
  const figures = (input: Parameters<typeof parseFilter>[0]) => uniqueCustomersFigures(f.dataSource, parseFilter(input));

  beforeAll(async () => {
    f = await readModelFixture('scorecard_unique_customers');
    const { rows } = f;
    await rows.customer('A', { region: 'vastmanland' });
    await rows.customer('B', { region: 'vastmanland' });
    await rows.customer('C', { region: 'orebro' });
    await rows.customer('D', { region: 'orebro' });
    await rows.session('s1', { customerId: 'A', advisorId: 'anna', heldOn: '2025-02-01' });
    await rows.delivery('d1', { customerId: 'A', advisorId: 'anna', deliveredOn: '2025-08-01', module: 'framtidsdialog' });
    await rows.delivery('d0', { customerId: 'A', advisorId: 'anna', deliveredOn: '2024-12-31', module: 'framtidsdialog' });
    await rows.delivery('d2', { customerId: 'B', advisorId: 'bertil', deliveredOn: '2025-05-05', voidedOn: '2026-01-10' });
    await rows.loan('L1', { customerId: 'B', approvedOn: '2025-05-10' });
    await rows.delivery('d3', { customerId: 'C', advisorId: 'bertil', deliveredOn: '2025-03-03', module: 'behovssamtal' });
    await rows.session('s2', { customerId: 'C', advisorId: 'anna', heldOn: '2025-11-11' });
    await rows.loan('L2', { customerId: 'D', approvedOn: '2025-01-20' });
    await rows.delivery('d4', { customerId: 'D', advisorId: 'anna', deliveredOn: '2025-12-01', module: 'affarsutveckling' });
  });
  afterAll(async () => {
    await f.dispose();
  });

  it('counts a year’s unique customers once over the year, not as the sum of its quarters', async () => {
    const year = await figures({ year: 2025 });
    expect(year.uniqueCustomers).toMatchObject({ advisory: 3, loans: 2, total: 4 }); // {A, C, D}, {B, D}, {A, B, C, D}

    const quarters = await Promise.all([1, 2, 3, 4].map((quarter) => figures({ year: 2025, quarter })));
    expect(quarters.map((q) => q.uniqueCustomers.advisory)).toEqual([2, 0, 1, 2]); // {A, C}, {} (B's module voided), {A}, {C, D}
    expect(quarters.reduce((sum, q) => sum + q.uniqueCustomers.advisory, 0)).toBe(5);
    expect(quarters.map((q) => q.uniqueCustomers.total)).toEqual([3, 1, 1, 2]); // Q1 {A, C, D}; Q2 {B}; Q3 {A}; Q4 {C, D}
  });

  it('leaves out a delivery voided later, also from the unique customers it alone made', async () => {
    const q2 = await figures({ year: 2025, quarter: 2 });
    expect(q2.deliveryModules.total).toBe(0);
    expect(q2.uniqueCustomers).toMatchObject({ advisory: 0, loans: 1, total: 1 });
    expect(q2.uniqueCustomers.byAdvisor).toEqual([]);
  });

  it('cuts unique customers by the customer’s region and by advisor (advisory only)', async () => {
    const year = await figures({ year: 2025 });
    expect(year.uniqueCustomers.byRegion).toEqual([
      { region: 'vastmanland', advisory: 1, loans: 1, total: 2 },
      { region: 'orebro', advisory: 2, loans: 1, total: 2 },
    ]);
    // anna: A (session and module), C (session), D (module); bertil: C (module); B's voided module does not count.
    expect(year.uniqueCustomers.byAdvisor).toEqual([
      { advisorId: 'anna', advisory: 3 },
      { advisorId: 'bertil', advisory: 1 },
    ]);
  });

  it('counts delivery modules by module, region and advisor', async () => {
    const { deliveryModules } = await figures({ year: 2025 });
    expect(deliveryModules).toEqual({
      total: 3,
      byModule: [
        { module: 'affarsutveckling', count: 1 },
        { module: 'behovssamtal', count: 1 },
        { module: 'framtidsdialog', count: 1 },
      ],
      byRegion: [
        { region: 'vastmanland', count: 1 },
        { region: 'orebro', count: 2 },
      ],
      byAdvisor: [
        { advisorId: 'anna', count: 2 },
        { advisorId: 'bertil', count: 1 },
      ],
    });
  });

  it('filters to one region', async () => {
    const orebro = await figures({ year: 2025, region: 'orebro' });
    expect(orebro.uniqueCustomers).toEqual({
      advisory: 2,
      loans: 1,
      total: 2,
      byRegion: [{ region: 'orebro', advisory: 2, loans: 1, total: 2 }],
      byAdvisor: [
        { advisorId: 'anna', advisory: 2 },
        { advisorId: 'bertil', advisory: 1 },
      ],
    });
    expect(orebro.deliveryModules.total).toBe(2);
  });

  it('counts the period’s ends: a date range over New Year takes the 2024-12-31 module and the 2025 session', async () => {
    const range = await figures({ from: '2024-12-31', to: '2025-02-01' });
    expect(range.uniqueCustomers).toMatchObject({ advisory: 1, loans: 1, total: 2 }); // A twice; D's loan on 01-20
    expect(range.deliveryModules.total).toBe(1);
  });
});
