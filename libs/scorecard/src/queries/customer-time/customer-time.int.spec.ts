import type { Granularity } from '../../period.js';
import { parseFilter } from '../../period.js';
import { readModelFixture, type ReadModelFixture } from '../../testing/read-model-fixture.js';
import { customerTimeFigures } from './customer-time.figures.js';
import type { TimeShareDto } from './customer-time.response.js';

const minutes = (customerMinutes: number, internalMinutes: number): TimeShareDto => ({
  customerMinutes,
  internalMinutes,
  workedMinutes: customerMinutes + internalMinutes,
  share: customerMinutes + internalMinutes === 0 ? null : customerMinutes / (customerMinutes + internalMinutes),
});

/**
 * anna and sara work in Västmanland, olof in Örebro; ghost is not in the staff register.
 * Live entries in 2025-Q1 (minutes):
 *   anna   01-02 (Thu, W01) customer 300, internal 100
 *          01-07 (Tue, W02) customer 200 (corrected from 400), absence 480
 *          02-10 (Mon, W07) internal 60; customer 120 voided
 *   olof   01-03 (Fri, W01) customer 100, internal 300
 *          03-31 (Mon, W14) internal 100
 *   ghost  02-11 (Tue, W07) customer 50, internal 50
 *   sara   03-05 absence 480 only
 * and anna 04-01 customer 500, after the quarter.
 */
describe('customer-time share (figure 8)', () => {
  let f: ReadModelFixture;
  const figures = (input: Parameters<typeof parseFilter>[0], granularity?: Granularity) => customerTimeFigures(f.dataSource, parseFilter(input), granularity);

  beforeAll(async () => {
    f = await readModelFixture('scorecard_customer_time');
    const { rows } = f;
    await rows.employee('anna', 'vastmanland');
    await rows.employee('sara', 'vastmanland');
    await rows.employee('olof', 'orebro');
    await rows.timeEntry('a1', { employeeId: 'anna', workedOn: '2025-01-02', minutes: 300, kind: 'customer' });
    await rows.timeEntry('a2', { employeeId: 'anna', workedOn: '2025-01-02', minutes: 100, kind: 'internal' });
    await rows.timeEntry('a3', { employeeId: 'anna', workedOn: '2025-01-07', minutes: 400, kind: 'customer' });
    await rows.timeEntry('a4', { employeeId: 'anna', workedOn: '2025-01-07', minutes: 480, kind: 'absence' });
    await rows.timeEntry('a5', { employeeId: 'anna', workedOn: '2025-02-10', minutes: 60, kind: 'internal' });
    await rows.timeEntry('a6', { employeeId: 'anna', workedOn: '2025-02-10', minutes: 120, kind: 'customer', voided: true });
    await rows.timeEntry('a7', { employeeId: 'anna', workedOn: '2025-04-01', minutes: 500, kind: 'customer' });
    await rows.timeEntry('o1', { employeeId: 'olof', workedOn: '2025-01-03', minutes: 100, kind: 'customer' });
    await rows.timeEntry('o2', { employeeId: 'olof', workedOn: '2025-01-03', minutes: 300, kind: 'internal' });
    await rows.timeEntry('o3', { employeeId: 'olof', workedOn: '2025-03-31', minutes: 100, kind: 'internal' });
    await rows.timeEntry('g1', { employeeId: 'ghost', workedOn: '2025-02-11', minutes: 50, kind: 'customer' });
    await rows.timeEntry('g2', { employeeId: 'ghost', workedOn: '2025-02-11', minutes: 50, kind: 'internal' });
    await rows.timeEntry('s1', { employeeId: 'sara', workedOn: '2025-03-05', minutes: 480, kind: 'absence' });
    await rows.refreshTimeRollups();
  });
  afterAll(async () => {
    await f.dispose();
  });

  it('follows a correction: the corrected minutes replace the first ones', async () => {
    expect((await figures({ year: 2025, quarter: 1 })).byEmployee.find((e) => e.employeeId === 'anna')).toMatchObject(minutes(700, 160));
    await f.rows.timeEntry('a3', { employeeId: 'anna', workedOn: '2025-01-07', minutes: 200, kind: 'customer' });
    await f.rows.refreshTimeRollups();
    expect((await figures({ year: 2025, quarter: 1 })).byEmployee.find((e) => e.employeeId === 'anna')).toMatchObject(minutes(500, 160));
  });

  it('divides customer minutes by worked minutes (customer + internal), leaving absence and voided entries out: per employee, region and total', async () => {
    const q1 = await figures({ year: 2025, quarter: 1 });
    expect(q1.goal).toBe(0.8);
    expect(q1.total).toEqual(minutes(650, 610));
    expect(q1.byEmployee).toEqual([
      { employeeId: 'anna', region: 'vastmanland', ...minutes(500, 160) },
      { employeeId: 'ghost', region: null, ...minutes(50, 50) },
      { employeeId: 'olof', region: 'orebro', ...minutes(100, 400) },
      { employeeId: 'sara', region: 'vastmanland', ...minutes(0, 0) }, // absence only: share null
    ]);
    // ghost counts in the total only.
    expect(q1.byRegion).toEqual([
      { region: 'vastmanland', ...minutes(500, 160) },
      { region: 'orebro', ...minutes(100, 400) },
    ]);
  });

  it('splits the period into months (the default), each with its own employees, regions and total', async () => {
    const q1 = await figures({ year: 2025, quarter: 1 });
    expect(q1.granularity).toBe('month');
    expect(q1.buckets.map((b) => [b.key, b.from, b.to, b.total])).toEqual([
      ['2025-01', '2025-01-01', '2025-01-31', minutes(600, 400)],
      ['2025-02', '2025-02-01', '2025-02-28', minutes(50, 110)],
      ['2025-03', '2025-03-01', '2025-03-31', minutes(0, 100)],
    ]);
    expect(q1.buckets[1]!.byEmployee.map((e) => e.employeeId)).toEqual(['anna', 'ghost']);
    expect(q1.buckets[1]!.byRegion).toEqual([
      { region: 'vastmanland', ...minutes(0, 60) },
      { region: 'orebro', ...minutes(0, 0) },
    ]);
  });

  it('splits into ISO weeks from Monday, the first and last cut to the period, weeks without time listed empty', async () => {
    const q1 = await figures({ year: 2025, quarter: 1 }, 'week');
    expect(q1.buckets).toHaveLength(14);
    expect(q1.buckets[0]).toMatchObject({ key: '2025-W01', from: '2025-01-01', to: '2025-01-05', total: minutes(400, 400) });
    expect(q1.buckets[1]).toMatchObject({ key: '2025-W02', from: '2025-01-06', to: '2025-01-12', total: minutes(200, 0) });
    expect(q1.buckets[6]).toMatchObject({ key: '2025-W07', total: minutes(50, 110) });
    expect(q1.buckets[2]).toMatchObject({ key: '2025-W03', total: minutes(0, 0), byEmployee: [] });
    expect(q1.buckets[13]).toMatchObject({ key: '2025-W14', from: '2025-03-31', to: '2025-03-31', total: minutes(0, 100) });
    // The week of 2025-03-31 runs to 04-06; anna's 04-01 entry is outside the period and not in it.
    expect(q1.total).toEqual(minutes(650, 610));
  });

  it('gives quarters and years, and a year from the monthly rollup', async () => {
    const year = await figures({ year: 2025 }, 'quarter');
    expect(year.buckets.map((b) => [b.key, b.total.customerMinutes, b.total.internalMinutes])).toEqual([
      ['2025-Q1', 650, 610],
      ['2025-Q2', 500, 0],
      ['2025-Q3', 0, 0],
      ['2025-Q4', 0, 0],
    ]);
    const byYear = await figures({ year: 2025 }, 'year');
    expect(byYear.buckets).toEqual([expect.objectContaining({ key: '2025', from: '2025-01-01', to: '2025-12-31', total: minutes(1150, 610) })]);
  });

  it('takes a date range day by day', async () => {
    const range = await figures({ from: '2025-01-03', to: '2025-02-10' });
    // anna 01-07 and 02-10, olof 01-03; anna's 01-02 is before the range.
    expect(range.total).toEqual(minutes(300, 360));
    expect(range.buckets.map((b) => [b.key, b.from, b.to, b.total.customerMinutes])).toEqual([
      ['2025-01', '2025-01-03', '2025-01-31', 300],
      ['2025-02', '2025-02-01', '2025-02-10', 0],
    ]);
  });

  it('cuts by the employee’s region, leaving out employees the register does not know', async () => {
    const orebro = await figures({ year: 2025, quarter: 1, region: 'orebro' });
    expect(orebro.total).toEqual(minutes(100, 400));
    expect(orebro.byEmployee.map((e) => e.employeeId)).toEqual(['olof']);
    expect(orebro.byRegion).toEqual([{ region: 'orebro', ...minutes(100, 400) }]);
    const vastmanland = await figures({ year: 2025, quarter: 1, region: 'vastmanland' }, 'week');
    expect(vastmanland.total).toEqual(minutes(500, 160));
  });

  it('answers share null when nothing was worked', async () => {
    const empty = await figures({ year: 2024 });
    expect(empty.total).toEqual(minutes(0, 0));
    expect(empty.total.share).toBeNull();
    expect(empty.buckets).toHaveLength(12);
  });
});
