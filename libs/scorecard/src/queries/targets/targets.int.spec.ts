import { parseFilter } from '../../period.js';
import { readModelFixture, type ReadModelFixture } from '../../testing/read-model-fixture.js';
import { targetsFigures } from './targets.figures.js';

/**
 * 2025 outcome: loans granted to A (Västmanland, bredd) on 02-01 for 5 000 000 öre, disbursed 02-10,
 * and to C (Örebro, no group) on 08-01 for 3 000 000; a module for A on 03-03; anna (Västmanland)
 * logged 300 customer and 100 internal minutes; no survey answers.
 */
describe('targets against outcome (figure 13)', () => {
  let f: ReadModelFixture;
  const figures = (input: Parameters<typeof parseFilter>[0]) => targetsFigures(f.dataSource, parseFilter(input));

  beforeAll(async () => {
    f = await readModelFixture('scorecard_targets');
    const { rows } = f;
    await rows.customer('A', { region: 'vastmanland' });
    await rows.customer('C', { region: 'orebro' });
    await rows.classification('A', '2020-01-01', 'bredd');
    await rows.loan('LA', { customerId: 'A', approvedOn: '2025-02-01', grantedOre: 5_000_000 });
    await rows.loan('LC', { customerId: 'C', approvedOn: '2025-08-01', grantedOre: 3_000_000 });
    await rows.transaction({ loanId: 'LA', customerId: 'A', kind: 'disbursement', bookedOn: '2025-02-10', principalOre: 5_000_000 });
    await rows.delivery('dA', { customerId: 'A', advisorId: 'anna', deliveredOn: '2025-03-03' });
    await rows.employee('anna', 'vastmanland');
    await rows.timeEntry('t1', { employeeId: 'anna', workedOn: '2025-01-10', minutes: 300, kind: 'customer' });
    await rows.timeEntry('t2', { employeeId: 'anna', workedOn: '2025-01-10', minutes: 100, kind: 'internal' });
    await rows.refreshTimeRollups();

    await rows.target({ metric: 'loans_granted', year: 2025, unit: 'count', value: 4 });
    await rows.target({ metric: 'new_lending_volume', year: 2025, unit: 'ore', value: 0 });
    await rows.target({ metric: 'unique_customers_total', year: 2025, unit: 'count', value: 3 });
    await rows.target({ metric: 'customer_time_share', year: 2025, unit: 'share', value: 0.8 });
    await rows.target({ metric: 'recommendation_share', year: 2025, unit: 'share', value: 0.9 });
    await rows.target({ metric: 'interventions_bredd', year: 2025, unit: 'count', value: 1 });
    await rows.target({ metric: 'return_on_lending', year: 2025, unit: 'percent', value: 2 });
    await rows.target({ metric: 'loans_granted', year: 2025, quarter: 1, unit: 'count', value: 1 });
    await rows.target({ metric: 'loans_granted', year: 2025, region: 'orebro', unit: 'count', value: 2 });
    await rows.deviationComment({ metric: 'loans_granted', year: 2025, comment: 'Two applications moved to 2026', recordedBy: 'ctrl-carl' });
    await rows.deviationComment({ metric: 'loans_granted', year: 2025, quarter: 1, comment: 'On target', recordedBy: 'ctrl-carl' });
    await rows.deviationComment({ metric: 'loans_granted', year: 2025, region: 'orebro', comment: 'One customer withdrew', recordedBy: 'ctrl-cia' });
  });
  afterAll(async () => {
    await f.dispose();
  });

  it('sets each of the year’s targets for both regions against its outcome, with deviation, deviation % and the comment, in catalogue order', async () => {
    const year = await figures({ year: 2025 });
    expect(year.scope).toEqual({ year: 2025, quarter: 0, region: '' });
    expect(year.targets.map((t) => t.metric)).toEqual([
      'unique_customers_total',
      'loans_granted',
      'new_lending_volume',
      'return_on_lending',
      'customer_time_share',
      'recommendation_share',
      'interventions_bredd',
    ]);
    const row = (metric: string) => year.targets.find((t) => t.metric === metric);
    expect(row('loans_granted')).toEqual({
      metric: 'loans_granted',
      unit: 'count',
      target: 4,
      outcome: 2,
      deviation: -2,
      deviationPercent: -50,
      comment: { comment: 'Two applications moved to 2026', recordedBy: 'ctrl-carl' },
    });
    expect(row('unique_customers_total')).toMatchObject({ target: 3, outcome: 2, deviation: -1, comment: null });
    expect(row('unique_customers_total')!.deviationPercent).toBeCloseTo((-1 / 3) * 100, 10);
    // A target of 0 has no deviation %.
    expect(row('new_lending_volume')).toMatchObject({ target: 0, outcome: 5_000_000, deviation: 5_000_000, deviationPercent: null });
    expect(row('customer_time_share')!.outcome).toBeCloseTo(0.75, 12);
    expect(row('customer_time_share')!.deviation).toBeCloseTo(-0.05, 12);
    expect(row('customer_time_share')!.deviationPercent).toBeCloseTo(-6.25, 10);
    // No answers: no outcome, so no deviation.
    expect(row('recommendation_share')).toMatchObject({ target: 0.9, outcome: null, deviation: null, deviationPercent: null });
    // A's loan and A's module, both while A was bredd.
    expect(row('interventions_bredd')).toMatchObject({ target: 1, outcome: 2, deviation: 1, deviationPercent: 100 });
    // Outstanding 5 000 000 at the four 2025 quarter ends and 0 before; no income: 0 %.
    expect(row('return_on_lending')).toMatchObject({ target: 2, outcome: 0, deviation: -2, deviationPercent: -100 });
  });

  it('takes a quarter’s own targets and comments for a quarter query, and a region’s for a region', async () => {
    const q1 = await figures({ year: 2025, quarter: 1 });
    expect(q1.scope).toEqual({ year: 2025, quarter: 1, region: '' });
    expect(q1.targets).toEqual([
      { metric: 'loans_granted', unit: 'count', target: 1, outcome: 1, deviation: 0, deviationPercent: 0, comment: { comment: 'On target', recordedBy: 'ctrl-carl' } },
    ]);
    const orebro = await figures({ year: 2025, region: 'orebro' });
    expect(orebro.scope).toEqual({ year: 2025, quarter: 0, region: 'orebro' });
    expect(orebro.targets).toEqual([
      {
        metric: 'loans_granted',
        unit: 'count',
        target: 2,
        outcome: 1,
        deviation: -1,
        deviationPercent: -50,
        comment: { comment: 'One customer withdrew', recordedBy: 'ctrl-cia' },
      },
    ]);
    expect((await figures({ year: 2025, quarter: 2 })).targets).toEqual([]);
    expect((await figures({ year: 2025, region: 'vastmanland' })).targets).toEqual([]);
  });

  it('takes no targets for a month or another range, but a range that is exactly the year or a quarter takes those', async () => {
    expect(await figures({ year: 2025, month: 2 })).toMatchObject({ scope: null, targets: [] });
    expect(await figures({ from: '2025-01-01', to: '2025-06-30' })).toMatchObject({ scope: null, targets: [] });
    expect((await figures({ from: '2025-01-01', to: '2025-12-31' })).targets).toHaveLength(7);
    expect((await figures({ from: '2025-01-01', to: '2025-03-31' })).targets.map((t) => [t.metric, t.target, t.outcome])).toEqual([['loans_granted', 1, 1]]);
  });
});
