import { CommandBus } from '@nestjs/cqrs';
import { countByType, generateDemoData, runSeedPlan, seedCommandId, type DemoData, type SeedReport } from '#libs/demo-data';
import { START, type EventStore, type RecordedEvent } from '#libs/event-store';
import { EVENT_STORE } from '#libs/platform';
import { startTestApp, type TestApp } from '../support/app.js';
import { eventually } from '../support/database.js';

const readAll = async (store: EventStore): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for (let after = START; ;) {
    const page = await store.readAll({ after, maxCount: 1000 });
    events.push(...page.events);
    if (page.isEnd || page.events.length === 0) return events;
    after = page.next;
  }
};

/**
 * The demo data goes through the real handlers: a small company over one quarter is seeded without a
 * single refusal, and the store then holds exactly the streams and events the plan describes.
 */
describe('seeding demo data through the command bus', () => {
  let t: TestApp;
  let data: DemoData;
  let report: SeedReport;
  let events: RecordedEvent[];

  beforeAll(async () => {
    t = await startTestApp('seed');
    data = generateDemoData({ seed: 42, scale: 0.02, from: '2026-01-01', today: '2026-03-31' });
    report = await runSeedPlan(t.app.get(CommandBus), data, { concurrency: 8 });
    // The store shows a commit in global order only once no earlier transaction can still land before
    // it (the api's projections keep transactions open meanwhile), so the last events may take a moment.
    const store = t.app.get<EventStore>(EVENT_STORE);
    events = await eventually(async () => {
      const all = await readAll(store);
      if (all.length < data.commands.length) throw new Error(`${all.length} of ${data.commands.length} events readable so far`);
      return all;
    }, 15_000);
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  it('runs every planned command, each recording one event', () => {
    expect(data.commands.length).toBeGreaterThan(300);
    expect(report.commands).toBe(data.commands.length);
    expect(events).toHaveLength(data.commands.length);
    expect(Object.values(report.events).reduce((sum, n) => sum + n, 0)).toBe(data.commands.length);
  });

  it('records the events the plan asks for, by type', () => {
    const stored: Record<string, number> = {};
    for (const e of events) stored[e.type] = (stored[e.type] ?? 0) + 1;
    expect(stored).toEqual(report.events);
    const planned = countByType(data.commands);
    expect(stored.CustomerRegistered).toBe(planned.RegisterCustomer);
    expect(stored.EmployeeRegistered).toBe(planned.RegisterEmployee);
    expect(stored.TimeEntryRecorded).toBe(planned.RecordTimeEntry);
    expect(stored.ModuleDelivered).toBe(planned.DeliverModule);
    expect((stored.LoanGrantDecided ?? 0) + (stored.LoanRejected ?? 0)).toBe(planned.DecideLoan ?? 0);
    expect(stored.TargetSet).toBe(planned.SetTarget);
    expect(stored.FundingProjectRegistered).toBe(1);
  });

  it('writes one stream per customer, employee, loan, delivery and person-day', () => {
    const streams = new Set(events.map((e) => e.streamId));
    const count = (prefix: string): number => [...streams].filter((s) => s.startsWith(prefix)).length;
    const planned = countByType(data.commands);
    const personDays = new Set(data.commands.flatMap((c) => (c.action.type === 'RecordTimeEntry' ? [`${c.action.body.employeeId}-${c.action.body.date}`] : [])));
    expect(count('customer-')).toBe(planned.RegisterCustomer);
    expect(count('employee-')).toBe(planned.RegisterEmployee);
    expect(count('certification-')).toBe(planned.GrantCreditCertification);
    expect(count('loan-')).toBe(planned.RegisterLoanApplication ?? 0);
    expect(count('delivery-')).toBe(planned.DeliverModule);
    expect(count('time-')).toBe(personDays.size);
    expect(count('funding-project-')).toBe(1);
  });

  it('records who acted, under the seed correlation id and a command id derived from the seed', () => {
    // Up to eight independent commands run at once, so the first command's event need not be first in the store.
    const first = events.filter((e) => e.metadata.causationId === seedCommandId(42, 0));
    expect(first).toHaveLength(1);
    expect(first[0].type).toBe('EmployeeRegistered');
    expect(first[0].metadata).toMatchObject({ userId: data.commands[0].actor.userId, correlationId: 'seed-42' });
    const commandIds = new Set(data.commands.map((c) => seedCommandId(42, c.index)));
    expect(new Set(events.map((e) => e.metadata.causationId))).toEqual(commandIds);
    expect(events.every((e) => e.metadata.correlationId === 'seed-42')).toBe(true);
    const approvals = events.filter((e) => e.type === 'LoanApproved') as RecordedEvent<string, { decidedBy: string; approvedBy: string }>[];
    expect(approvals.every((e) => e.data.decidedBy !== e.data.approvedBy && e.metadata.userId === e.data.approvedBy)).toBe(true);
  });

  it('dates everything by business date inside the span', () => {
    const dated = events.flatMap((e) => {
      const data = e.data as Record<string, unknown>;
      const date = data.date ?? data.registeredOn ?? data.deliveredOn ?? data.appliedOn ?? data.paidOn;
      return typeof date === 'string' ? [date] : [];
    });
    expect(dated.length).toBeGreaterThan(100);
    expect(dated.every((d) => d >= '2026-01-01' && d <= '2026-03-31')).toBe(true);
  });
});
