import { parseFilter } from '../../period.js';
import { readModelFixture, type ReadModelFixture } from '../../testing/read-model-fixture.js';
import { targetGroupsFigures } from './target-groups.figures.js';

/**
 * A (Västmanland): bredd from 2024-01-01, ideal from 2025-06-01.
 * B (Västmanland): no group until spets from 2025-09-01.
 * C (Örebro): spets from 2020-01-01.
 * Interventions in 2025:
 *   A module 03-01 → bredd; A module 06-01 → ideal (the day it took effect); A loan 07-01 → ideal
 *   B module 04-01 → unclassified; B module 08-31 → unclassified; B loan 10-01 → spets
 *   C loan 02-03 → spets; C module 02-02 voided → not counted
 */
describe('interventions per target group (figure 7)', () => {
  let f: ReadModelFixture;
  const figures = (input: Parameters<typeof parseFilter>[0]) => targetGroupsFigures(f.dataSource, parseFilter(input));
  const counts = (result: Awaited<ReturnType<typeof figures>>) => Object.fromEntries(result.groups.map((g) => [g.targetGroup, g.total.count]));

  beforeAll(async () => {
    f = await readModelFixture('scorecard_target_groups');
    const { rows } = f;
    await rows.customer('A', { region: 'vastmanland' });
    await rows.customer('B', { region: 'vastmanland' });
    await rows.customer('C', { region: 'orebro' });
    await rows.classification('A', '2024-01-01', 'bredd');
    await rows.classification('A', '2025-06-01', 'ideal');
    await rows.classification('B', '2025-09-01', 'spets');
    await rows.classification('C', '2020-01-01', 'spets');
    await rows.delivery('a1', { customerId: 'A', advisorId: 'anna', deliveredOn: '2025-03-01' });
    await rows.delivery('a2', { customerId: 'A', advisorId: 'anna', deliveredOn: '2025-06-01' });
    await rows.loan('LA', { customerId: 'A', approvedOn: '2025-07-01' });
    await rows.delivery('b1', { customerId: 'B', advisorId: 'anna', deliveredOn: '2025-04-01' });
    await rows.delivery('b2', { customerId: 'B', advisorId: 'anna', deliveredOn: '2025-08-31' });
    await rows.loan('LB', { customerId: 'B', approvedOn: '2025-10-01' });
    await rows.loan('LC', { customerId: 'C', approvedOn: '2025-02-03' });
    await rows.delivery('c1', { customerId: 'C', advisorId: 'anna', deliveredOn: '2025-02-02', voidedOn: '2025-02-05' });
  });
  afterAll(async () => {
    await f.dispose();
  });

  it('counts each intervention for the group its customer had on that date, with shares of all interventions, loans and modules', async () => {
    const year = await figures({ year: 2025 });
    expect(year.interventions).toEqual({ loans: 3, modules: 4, total: 7 });
    expect(year.groups).toEqual([
      { targetGroup: 'bredd', loans: { count: 0, share: 0 }, modules: { count: 1, share: 1 / 4 }, total: { count: 1, share: 1 / 7 } },
      { targetGroup: 'ideal', loans: { count: 1, share: 1 / 3 }, modules: { count: 1, share: 1 / 4 }, total: { count: 2, share: 2 / 7 } },
      { targetGroup: 'spets', loans: { count: 2, share: 2 / 3 }, modules: { count: 0, share: 0 }, total: { count: 2, share: 2 / 7 } },
      { targetGroup: 'unclassified', loans: { count: 0, share: 0 }, modules: { count: 2, share: 2 / 4 }, total: { count: 2, share: 2 / 7 } },
    ]);
  });

  it('cuts by the customer’s region', async () => {
    const vastmanland = await figures({ year: 2025, region: 'vastmanland' });
    expect(vastmanland.interventions).toEqual({ loans: 2, modules: 4, total: 6 });
    expect(counts(vastmanland)).toEqual({ bredd: 1, ideal: 2, spets: 1, unclassified: 2 });
    const orebro = await figures({ year: 2025, region: 'orebro' });
    expect(counts(orebro)).toEqual({ bredd: 0, ideal: 0, spets: 1, unclassified: 0 });
  });

  it('applies a classification recorded later with an earlier effective date to the past figures', async () => {
    await f.rows.classification('A', '2025-02-15', 'spets');
    const year = await figures({ year: 2025 });
    expect(counts(year)).toEqual({ bredd: 0, ideal: 2, spets: 3, unclassified: 2 });
    // Recorded again for the same effective date, the later one wins (the projection keeps only it).
    await f.rows.classification('A', '2025-02-15', 'bredd');
    expect(counts(await figures({ year: 2025 }))).toEqual({ bredd: 1, ideal: 2, spets: 2, unclassified: 2 });
  });

  it('answers shares null when the period has no interventions', async () => {
    const empty = await figures({ year: 2024 });
    expect(empty.interventions).toEqual({ loans: 0, modules: 0, total: 0 });
    expect(empty.groups.map((g) => [g.total.share, g.loans.share, g.modules.share])).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
  });
});
