import { parseFilter } from '../../period.js';
import { readModelFixture, type ReadModelFixture } from '../../testing/read-model-fixture.js';
import { specialAssignmentsFigures } from './special-assignments.figures.js';

/** P1 runs 2024–2026, P2 ended in 2023, P3 starts in 2026. A is in Västmanland, C in Örebro. */
describe('special assignments (figure 11)', () => {
  let f: ReadModelFixture;
  const figures = (input: Parameters<typeof parseFilter>[0]) => specialAssignmentsFigures(f.dataSource, parseFilter(input));

  beforeAll(async () => {
    f = await readModelFixture('scorecard_special_assignments');
    const { rows } = f;
    await rows.customer('A', { region: 'vastmanland' });
    await rows.customer('C', { region: 'orebro' });
    await rows.employee('anna', 'vastmanland');
    await rows.employee('olof', 'orebro');
    await rows.fundingProject('P1', { name: 'Grön omställning', funder: 'ERUF', startsOn: '2024-01-01', endsOn: '2026-12-31' });
    await rows.fundingProject('P2', { name: 'Äldre projekt', funder: 'Tillväxtverket', startsOn: '2021-01-01', endsOn: '2023-12-31' });
    await rows.fundingProject('P3', { name: 'Nästa projekt', funder: 'ERUF', startsOn: '2026-01-01', endsOn: '2027-12-31' });
    await rows.fundingEntry('P1', 'e1', { kind: 'cost', bookedOn: '2025-03-01', amountOre: 1_000_000 });
    await rows.fundingEntry('P1', 'e2', { kind: 'cost', bookedOn: '2025-07-01', amountOre: 500_000 });
    await rows.fundingEntry('P1', 'e3', { kind: 'revenue', bookedOn: '2025-04-01', amountOre: 2_000_000 });
    await rows.fundingEntry('P1', 'e4', { kind: 'cost', bookedOn: '2024-12-31', amountOre: 9_999 });
    await rows.session('s1', { customerId: 'A', advisorId: 'anna', heldOn: '2025-05-05', fundingProjectId: 'P1' });
    await rows.session('s2', { customerId: 'A', advisorId: 'anna', heldOn: '2025-05-06' });
    await rows.delivery('d1', { customerId: 'A', advisorId: 'anna', deliveredOn: '2025-06-06', fundingProjectId: 'P1' });
    await rows.delivery('d2', { customerId: 'A', advisorId: 'anna', deliveredOn: '2025-06-07', fundingProjectId: 'P1', voidedOn: '2025-06-08' });
    await rows.loan('L1', { customerId: 'C', approvedOn: '2025-02-02', grantedOre: 10_000_000, fundingProjectId: 'P1' });
    await rows.loan('L2', { customerId: 'C', approvedOn: '2025-02-03', grantedOre: 3_000_000 });
    await rows.transaction({ loanId: 'L1', customerId: 'C', kind: 'disbursement', bookedOn: '2025-02-10', principalOre: 4_000_000, fundingProjectId: 'P1' });
    await rows.transaction({ loanId: 'L1', customerId: 'C', kind: 'repayment', bookedOn: '2025-05-10', principalOre: 100_000, fundingProjectId: 'P1' });
    await rows.transaction({ loanId: 'L2', customerId: 'C', kind: 'disbursement', bookedOn: '2025-02-11', principalOre: 3_000_000 });
    await rows.timeEntry('t1', { employeeId: 'anna', workedOn: '2025-05-05', minutes: 120, kind: 'customer', fundingProjectId: 'P1' });
    await rows.timeEntry('t2', { employeeId: 'anna', workedOn: '2025-05-05', minutes: 60, kind: 'internal', fundingProjectId: 'P1' });
    await rows.timeEntry('t3', { employeeId: 'anna', workedOn: '2025-05-06', minutes: 30, kind: 'customer', fundingProjectId: 'P1', voided: true });
    await rows.timeEntry('t4', { employeeId: 'anna', workedOn: '2025-05-06', minutes: 200, kind: 'customer' });
    await rows.timeEntry('t5', { employeeId: 'olof', workedOn: '2025-09-09', minutes: 45, kind: 'customer', fundingProjectId: 'P1' });
    await rows.timeEntry('t6', { employeeId: 'olof', workedOn: '2025-09-10', minutes: 240, kind: 'absence', fundingProjectId: 'P1' });
    await rows.timeEntry('t7', { employeeId: 'olof', workedOn: '2024-09-10', minutes: 90, kind: 'customer', fundingProjectId: 'P2' });
    await rows.refreshTimeRollups();
  });
  afterAll(async () => {
    await f.dispose();
  });

  it('reports per project the costs, revenues and activities booked in the period under it', async () => {
    const year = await figures({ year: 2025 });
    expect(year.projects).toEqual([
      {
        projectId: 'P1',
        name: 'Grön omställning',
        funder: 'ERUF',
        startsOn: '2024-01-01',
        endsOn: '2026-12-31',
        costsOre: 1_500_000,
        revenuesOre: 2_000_000,
        advisorySessions: 1,
        deliveryModules: 1,
        loansGranted: 1,
        grantedVolumeOre: 10_000_000,
        disbursedOre: 4_000_000,
        timeMinutes: { customer: 120 + 45, internal: 60, absence: 240 },
      },
    ]);
  });

  it('lists a project with activity in the period even after it ended, and a running one with none as zeros', async () => {
    const y2024 = await figures({ year: 2024 });
    expect(y2024.projects.map((p) => [p.projectId, p.costsOre, p.timeMinutes.customer])).toEqual([
      ['P1', 9_999, 0],
      ['P2', 0, 90],
    ]);
  });

  it('cuts the activities by region (the customer’s; for time the employee’s), not the costs and revenues', async () => {
    const orebro = await figures({ year: 2025, region: 'orebro' });
    expect(orebro.projects).toEqual([
      expect.objectContaining({
        projectId: 'P1',
        costsOre: 1_500_000,
        revenuesOre: 2_000_000,
        advisorySessions: 0,
        deliveryModules: 0,
        loansGranted: 1,
        disbursedOre: 4_000_000,
        timeMinutes: { customer: 45, internal: 0, absence: 240 },
      }),
    ]);
  });
});
