import { parseFilter } from '../../period.js';
import { readModelFixture, type ReadModelFixture } from '../../testing/read-model-fixture.js';
import { loanVolumeFigures } from './loan-volume.figures.js';

/**
 * Customers: A in Västmanland (bredd, then ideal from 2025-05-01), B in Örebro (never classified),
 * C in Örebro (spets). Amounts are öre.
 *
 * Money movements, booked:
 *   2022-06-10  L0 (C) disbursed 10 000 000
 *   2022-12-31  L0 repaid 1 000 000 principal, 50 000 interest        (before every window below)
 *   2023-06-30  L0 repaid 1 000 000 principal, 100 000 interest, 5 000 fees
 *   2024-03-31  L0 written off 300 000
 *   2024-12-22  L4 (C) disbursed 20 000 000
 *   2025-02-20  L1 (A) disbursed 60 000 000
 *   2025-04-01  L1 disbursed 40 000 000
 *   2025-09-15  L1 repaid 5 000 000 principal, 2 000 000 interest, 10 000 fees
 *   2026-01-15  L1 repaid 1 000 000 principal, 300 000 interest        (after 2025: in no 2025 figure)
 */
describe('loan volume, outstanding principal and return on lending (figures 1–4)', () => {
  let f: ReadModelFixture;
  const figures = (input: Parameters<typeof parseFilter>[0]) => loanVolumeFigures(f.dataSource, parseFilter(input));

  beforeAll(async () => {
    f = await readModelFixture('scorecard_loan_volume');
    const { rows } = f;
    await rows.customer('A', { region: 'vastmanland' });
    await rows.customer('B', { region: 'orebro' });
    await rows.customer('C', { region: 'orebro' });
    await rows.classification('A', '2020-01-01', 'bredd');
    await rows.classification('A', '2025-05-01', 'ideal');
    await rows.classification('C', '2019-01-01', 'spets');

    await rows.loan('L0', { customerId: 'C', approvedOn: '2022-06-01', grantedOre: 10_000_000 });
    await rows.loan('L1', { customerId: 'A', approvedOn: '2025-02-10', grantedOre: 100_000_000, product: 'foretagslan' });
    await rows.loan('L2', { customerId: 'A', approvedOn: '2025-06-15', grantedOre: 20_000_000, product: 'mikrolan' });
    await rows.loan('L3', { customerId: 'B', approvedOn: '2025-03-01', grantedOre: 50_000_000, product: 'garanti', productKind: 'guarantee' });
    await rows.loan('L4', { customerId: 'C', approvedOn: '2024-12-20', grantedOre: 20_000_000 });
    await rows.loan('L5', { customerId: 'C', approvedOn: null, grantedOre: 7_000_000 });

    await rows.transaction({ loanId: 'L0', customerId: 'C', kind: 'disbursement', bookedOn: '2022-06-10', principalOre: 10_000_000 });
    await rows.transaction({ loanId: 'L0', customerId: 'C', kind: 'repayment', bookedOn: '2022-12-31', principalOre: 1_000_000, interestOre: 50_000 });
    await rows.transaction({ loanId: 'L0', customerId: 'C', kind: 'repayment', bookedOn: '2023-06-30', principalOre: 1_000_000, interestOre: 100_000, feesOre: 5_000 });
    await rows.transaction({ loanId: 'L0', customerId: 'C', kind: 'write_off', bookedOn: '2024-03-31', principalOre: 300_000 });
    await rows.transaction({ loanId: 'L4', customerId: 'C', kind: 'disbursement', bookedOn: '2024-12-22', principalOre: 20_000_000 });
    await rows.transaction({ loanId: 'L1', customerId: 'A', kind: 'disbursement', bookedOn: '2025-02-20', principalOre: 60_000_000 });
    await rows.transaction({ loanId: 'L1', customerId: 'A', kind: 'disbursement', bookedOn: '2025-04-01', principalOre: 40_000_000 });
    await rows.transaction({ loanId: 'L1', customerId: 'A', kind: 'repayment', bookedOn: '2025-09-15', principalOre: 5_000_000, interestOre: 2_000_000, feesOre: 10_000 });
    await rows.transaction({ loanId: 'L1', customerId: 'A', kind: 'repayment', bookedOn: '2026-01-15', principalOre: 1_000_000, interestOre: 300_000 });
  });
  afterAll(async () => {
    await f.dispose();
  });

  it('counts the loans approved in the year and their granted amounts, guarantees included, by product, region and target group on the approval date', async () => {
    const year = await figures({ year: 2025 });

    expect(year.totals).toMatchObject({ loansGranted: 3, grantedVolumeOre: 100_000_000 + 20_000_000 + 50_000_000 });
    expect(year.byProduct).toEqual([
      expect.objectContaining({ product: 'foretagslan', productKind: 'loan', loansGranted: 1, grantedVolumeOre: 100_000_000 }),
      expect.objectContaining({ product: 'garanti', productKind: 'guarantee', loansGranted: 1, grantedVolumeOre: 50_000_000 }),
      expect.objectContaining({ product: 'mikrolan', productKind: 'loan', loansGranted: 1, grantedVolumeOre: 20_000_000 }),
    ]);
    expect(year.byRegion.map((r) => [r.region, r.loansGranted, r.grantedVolumeOre])).toEqual([
      ['vastmanland', 2, 120_000_000],
      ['orebro', 1, 50_000_000],
    ]);
    // L1 (2025-02-10) while A was bredd, L2 (2025-06-15) after A became ideal, L3 for B who has no group.
    expect(year.byTargetGroup).toEqual([
      { targetGroup: 'bredd', loansGranted: 1, grantedVolumeOre: 100_000_000 },
      { targetGroup: 'ideal', loansGranted: 1, grantedVolumeOre: 20_000_000 },
      { targetGroup: 'spets', loansGranted: 0, grantedVolumeOre: 0 },
      { targetGroup: 'unclassified', loansGranted: 1, grantedVolumeOre: 50_000_000 },
    ]);

    const q1 = await figures({ year: 2025, quarter: 1 });
    expect(q1.totals).toMatchObject({ loansGranted: 2, grantedVolumeOre: 150_000_000 });
  });

  it('sums the disbursements, repayments and write-offs booked in the period', async () => {
    const year = await figures({ year: 2025 });
    expect(year.totals).toMatchObject({
      newLendingVolumeOre: 60_000_000 + 40_000_000,
      repaidPrincipalOre: 5_000_000,
      interestOre: 2_000_000,
      feesOre: 10_000,
      writtenOffOre: 0,
    });
    expect(year.byRegion.map((r) => [r.region, r.newLendingVolumeOre])).toEqual([
      ['vastmanland', 100_000_000],
      ['orebro', 0],
    ]);
    const y2024 = await figures({ year: 2024 });
    expect(y2024.totals).toMatchObject({ loansGranted: 1, newLendingVolumeOre: 20_000_000, writtenOffOre: 300_000, repaidPrincipalOre: 0 });
  });

  it('gives the outstanding principal at the period’s last day: disbursed − repaid − written off up to it', async () => {
    expect((await figures({ year: 2025 })).outstandingPrincipalOre).toBe(10_000_000 - 1_000_000 - 1_000_000 - 300_000 + 20_000_000 + 100_000_000 - 5_000_000);
    expect((await figures({ year: 2025, month: 2 })).outstandingPrincipalOre).toBe(7_700_000 + 20_000_000 + 60_000_000);
    // The repayment booked on 2022-12-31 counts at that day's end.
    expect((await figures({ from: '2022-12-31', to: '2022-12-31' })).outstandingPrincipalOre).toBe(9_000_000);
    expect((await figures({ from: '2022-06-09', to: '2022-06-09' })).outstandingPrincipalOre).toBe(0);
  });

  it('works out return on lending over the 12 quarters ending with the period: a worked example', async () => {
    const { returnOnLending: r } = await figures({ year: 2025 });

    // 2023-Q1 … 2025-Q4, balances by hand from the movements above.
    const balances = [
      9_000_000, // 2023-03-31
      8_000_000, // 2023-06-30: repayment booked on the quarter's last day
      8_000_000,
      8_000_000,
      7_700_000, // 2024-03-31: write-off
      7_700_000,
      7_700_000,
      27_700_000, // 2024-12-31: L4 disbursed
      87_700_000, // 2025-03-31: L1 60 M
      127_700_000, // 2025-06-30: L1 40 M
      122_700_000, // 2025-09-30: 5 M repaid
      122_700_000, // 2025-12-31: the 2026 repayment is later
    ];
    expect(r.from).toBe('2023-01-01');
    expect(r.to).toBe('2025-12-31');
    expect(r.quarters.map((q) => q.quarter)).toEqual([
      '2023-Q1',
      '2023-Q2',
      '2023-Q3',
      '2023-Q4',
      '2024-Q1',
      '2024-Q2',
      '2024-Q3',
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
    ]);
    expect(r.quarters.map((q) => q.outstandingPrincipalOre)).toEqual(balances);

    // Income: interest and fees of 2023-06-30 and 2025-09-15 less the 2024 write-off; the 2022 interest is outside.
    const income = 100_000 + 5_000 + 2_000_000 + 10_000 - 300_000;
    const mean = balances.reduce((a, b) => a + b, 0) / 12;
    expect(r).toMatchObject({ interestOre: 2_100_000, feesOre: 15_000, writtenOffOre: 300_000, incomeOre: income, goalPercent: 2 });
    expect(r.meanOutstandingPrincipalOre).toBeCloseTo(544_600_000 / 12, 6);
    expect(r.returnPercent).toBeCloseTo((income / mean / 3) * 100, 10);
    expect(r.returnPercent).toBeCloseTo(1.3332, 3);
  });

  it('takes the 12 quarters ending with the quarter of the period’s last day, quarter ends before any activity counting 0', async () => {
    // A month query: Q0 is 2023-Q2, so the window is 2020-Q3 … 2023-Q2.
    const { returnOnLending: r, outstandingPrincipalOre } = await figures({ year: 2023, month: 5 });
    expect(r.from).toBe('2020-07-01');
    expect(r.to).toBe('2023-06-30');
    expect(r.quarters.map((q) => q.outstandingPrincipalOre)).toEqual([0, 0, 0, 0, 0, 0, 0, 10_000_000, 10_000_000, 9_000_000, 9_000_000, 8_000_000]);
    // Income in the window includes the 2022-12-31 and 2023-06-30 payments, though the latter is after the month.
    expect(r.incomeOre).toBe(50_000 + 100_000 + 5_000);
    expect(r.returnPercent).toBeCloseTo((155_000 / (46_000_000 / 12) / 3) * 100, 10);
    expect(outstandingPrincipalOre).toBe(9_000_000);
  });

  it('answers return on lending null when nothing was outstanding at any of the 12 quarter ends', async () => {
    const { returnOnLending: r } = await figures({ year: 2019 });
    expect(r.quarters.every((q) => q.outstandingPrincipalOre === 0)).toBe(true);
    expect(r).toMatchObject({ incomeOre: 0, meanOutstandingPrincipalOre: 0, returnPercent: null });
  });

  it('cuts every figure by the customer’s region, return on lending included', async () => {
    const orebro = await figures({ year: 2025, region: 'orebro' });
    expect(orebro.region).toBe('orebro');
    expect(orebro.totals).toMatchObject({ loansGranted: 1, grantedVolumeOre: 50_000_000, newLendingVolumeOre: 0 });
    expect(orebro.byRegion.map((r) => r.region)).toEqual(['orebro']);
    expect(orebro.byProduct.map((p) => p.product)).toEqual(['garanti']);
    expect(orebro.outstandingPrincipalOre).toBe(7_700_000 + 20_000_000);

    const balances = [9_000_000, 8_000_000, 8_000_000, 8_000_000, 7_700_000, 7_700_000, 7_700_000, 27_700_000, 27_700_000, 27_700_000, 27_700_000, 27_700_000];
    expect(orebro.returnOnLending.quarters.map((q) => q.outstandingPrincipalOre)).toEqual(balances);
    const income = 100_000 + 5_000 - 300_000;
    expect(orebro.returnOnLending.incomeOre).toBe(income);
    expect(orebro.returnOnLending.returnPercent).toBeCloseTo((income / (balances.reduce((a, b) => a + b, 0) / 12) / 3) * 100, 10);

    const vastmanland = await figures({ year: 2025, region: 'vastmanland' });
    expect(vastmanland.totals).toMatchObject({ loansGranted: 2, newLendingVolumeOre: 100_000_000, interestOre: 2_000_000 });
    expect(vastmanland.outstandingPrincipalOre).toBe(95_000_000);
  });

  it('counts a range that starts or ends inside a month by its own days only, whole months between', async () => {
    // From the day after L4's disbursement to the day before L1's repayment: L1's two disbursements.
    const inner = await figures({ from: '2024-12-23', to: '2025-09-14' });
    expect(inner.totals).toMatchObject({ newLendingVolumeOre: 100_000_000, repaidPrincipalOre: 0, interestOre: 0, feesOre: 0 });
    expect(inner.outstandingPrincipalOre).toBe(7_700_000 + 20_000_000 + 100_000_000);

    // One day more at each end takes in L4's disbursement and L1's repayment.
    const wider = await figures({ from: '2024-12-22', to: '2025-09-15' });
    expect(wider.totals).toMatchObject({ newLendingVolumeOre: 120_000_000, repaidPrincipalOre: 5_000_000, interestOre: 2_000_000, feesOre: 10_000 });
    expect(wider.byRegion.map((r) => [r.region, r.newLendingVolumeOre, r.repaidPrincipalOre])).toEqual([
      ['vastmanland', 100_000_000, 5_000_000],
      ['orebro', 20_000_000, 0],
    ]);
    expect(wider.outstandingPrincipalOre).toBe(7_700_000 + 20_000_000 + 100_000_000 - 5_000_000);
    expect((await figures({ from: '2024-12-22', to: '2025-09-15', region: 'orebro' })).outstandingPrincipalOre).toBe(7_700_000 + 20_000_000);

    // Inside one month, and a single day.
    expect((await figures({ from: '2025-02-02', to: '2025-02-27' })).totals.newLendingVolumeOre).toBe(60_000_000);
    expect((await figures({ from: '2025-04-01', to: '2025-04-01' })).totals.newLendingVolumeOre).toBe(40_000_000);
    expect((await figures({ from: '2025-04-02', to: '2025-04-30' })).totals.newLendingVolumeOre).toBe(0);
  });

  it('reports a period without activity as zeros, every target group and region still listed', async () => {
    const empty = await figures({ year: 2021, quarter: 1 });
    expect(empty.totals).toEqual({
      loansGranted: 0,
      grantedVolumeOre: 0,
      newLendingVolumeOre: 0,
      repaidPrincipalOre: 0,
      interestOre: 0,
      feesOre: 0,
      writtenOffOre: 0,
    });
    expect(empty.byProduct).toEqual([]);
    expect(empty.byRegion).toHaveLength(2);
    expect(empty.byTargetGroup.map((g) => g.loansGranted)).toEqual([0, 0, 0, 0]);
  });
});
