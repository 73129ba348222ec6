import type { CommandBus } from '@nestjs/cqrs';
import { businessDateOf, type CommandResponse } from '#libs/platform';
import type { DemoData } from './demo-data.generator.js';
import { receivedAtOf, runSeedPlan, SEED_BACKDATING_DAYS, seedCommandId, seedContext, SeedCommandError } from './seed-driver.js';
import type { PlannedCommand, SeedAction } from './seed-plan.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const officer = { userId: 'olle', roles: ['credit_officer' as const] };
const advisor = { userId: 'anna', roles: ['advisor' as const] };

const planned = (index: number, stream: string, needs: string[], action: SeedAction, on = '2025-03-03'): PlannedCommand => ({
  index,
  on,
  actor: action.type === 'RecordTimeEntry' || action.type === 'DeliverModule' || action.type === 'VoidDelivery' ? advisor : officer,
  stream,
  needs,
  action,
});

interface Call {
  readonly name: string;
  readonly args: Record<string, unknown>;
  started: number;
  ended: number;
}

/** A bus that answers after a random short delay, made ids included, and records when each command ran. */
const fakeBus = (fail?: (name: string) => boolean): { bus: CommandBus; calls: Call[] } => {
  const calls: Call[] = [];
  let clock = 0;
  let made = 0;
  const bus = {
    async execute(command: object): Promise<CommandResponse> {
      const call: Call = { name: command.constructor.name, args: { ...command }, started: (clock += 1), ended: 0 };
      calls.push(call);
      await new Promise((resolve) => setTimeout(resolve, (call.started * 7) % 5));
      call.ended = clock += 1;
      if (fail?.(call.name)) throw new Error('refused');
      made += 1;
      return { ids: { loanId: `L${made}`, deliveryId: `D${made}` }, position: null, revision: null, events: [call.name.replace('Command', 'ed')] };
    },
  };
  return { bus: bus as unknown as CommandBus, calls };
};

const plan = (commands: PlannedCommand[]): DemoData => ({ seed: 1, from: '2025-01-01', today: '2025-12-31', scale: 1, commands });

describe('seed driver', () => {
  it('derives a stable version-8 UUID per seed and place in the plan', () => {
    expect(seedCommandId(42, 0)).toMatch(UUID);
    expect(seedCommandId(42, 0)).toBe(seedCommandId(42, 0));
    expect(new Set([seedCommandId(42, 0), seedCommandId(42, 1), seedCommandId(43, 0)]).size).toBe(3);
  });

  it('receives each command during office hours of its business date, summer and winter', () => {
    for (const [on, index] of [
      ['2025-01-15', 0],
      ['2025-07-15', 35_999],
      ['2025-03-30', 20_000],
      ['2025-10-26', 35_999],
    ] as const) {
      const command = planned(index, 's', [], { type: 'ApproveLoan', loan: 'loan:1', body: { approvedOn: on } }, on);
      expect(businessDateOf(seedContext(7, command))).toBe(on);
      expect(receivedAtOf(command).getUTCHours()).toBeGreaterThanOrEqual(8);
    }
    const context = seedContext(7, planned(3, 's', [], { type: 'ApproveLoan', loan: 'loan:1', body: { approvedOn: '2025-03-03' } }));
    expect(context).toMatchObject({ actor: officer, correlationId: 'seed-7', commandId: seedCommandId(7, 3), backdatingDays: SEED_BACKDATING_DAYS });
  });

  it('runs one stream in order, waits for what a command needs, and fills in the ids handlers made', async () => {
    const customer = { customerId: '5560360793', product: 'mikrolan', amountOre: 1, purpose: 'x', appliedOn: '2025-03-03' };
    const commands: PlannedCommand[] = [
      planned(0, 'customer:1', [], {
        type: 'RegisterCustomer',
        body: {
          customerId: '5560360793',
          name: 'Verkstads AB',
          region: 'vastmanland',
          municipality: 'Västerås',
          foundedOn: '2019-01-01',
          phase: 'growth',
          registeredOn: '2025-03-03',
        },
      }),
    ];
    for (let n = 1; n <= 6; n += 1) {
      const loan = `loan:${n}`;
      commands.push(planned(commands.length, loan, ['customer:1'], { type: 'RegisterLoanApplication', loan, body: customer }));
      commands.push(
        planned(commands.length, `time:anna:${n}`, ['customer:1'], { type: 'RecordTimeEntry', body: { employeeId: 'anna', date: '2025-03-03', minutes: 60, kind: 'internal' } }),
      );
      commands.push(planned(commands.length, loan, [], { type: 'ApproveLoan', loan, body: { approvedOn: '2025-03-03' } }));
      commands.push(planned(commands.length, loan, [], { type: 'CloseLoan', loan, body: { closedOn: '2025-03-04' } }));
    }
    const { bus, calls } = fakeBus();
    const report = await runSeedPlan(bus, plan(commands), { concurrency: 5 });

    expect(report.commands).toBe(commands.length);
    expect(report.events).toMatchObject({ RegisterLoanApplicationed: 6, ApproveLoaned: 6, CloseLoaned: 6, RecordTimeEntryed: 6 });
    const registered = calls.find((c) => c.name === 'RegisterCustomerCommand')!;
    expect(calls.filter((c) => c !== registered).every((c) => c.started > registered.ended)).toBe(true);
    // Independent streams overlapped; commands of one loan did not.
    expect(calls.some((c, i) => i > 0 && c.started < calls[i - 1].ended)).toBe(true);
    const byLoan = new Map<unknown, Call[]>();
    for (const call of calls.filter((c) => c.name === 'ApproveLoanCommand' || c.name === 'CloseLoanCommand')) {
      byLoan.set(call.args.loanId, [...(byLoan.get(call.args.loanId) ?? []), call]);
    }
    expect(byLoan.size).toBe(6);
    for (const [loanId, [approve, close]] of byLoan) {
      expect(loanId).toMatch(/^L\d+$/);
      expect([approve.name, close.name]).toEqual(['ApproveLoanCommand', 'CloseLoanCommand']);
      expect(close.started).toBeGreaterThan(approve.ended);
    }
  });

  it('stops at the first refusal, naming the planned command', async () => {
    const commands = Array.from({ length: 20 }, (_, i) =>
      planned(i, `delivery:${i}`, [], {
        type: 'DeliverModule',
        delivery: `delivery:${i}`,
        body: { customerId: '5560360793', module: 'behovssamtal', advisorId: 'anna', deliveredOn: '2025-03-03' },
      }),
    );
    commands[3] = planned(3, 'delivery:1', [], { type: 'VoidDelivery', delivery: 'delivery:1', body: { reason: 'x', voidedOn: '2025-03-03' } });
    const { bus, calls } = fakeBus((name) => name === 'VoidDeliveryCommand');
    const error = await runSeedPlan(bus, plan(commands), { concurrency: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedCommandError);
    expect((error as SeedCommandError).planned.index).toBe(3);
    expect((error as SeedCommandError).message).toMatch(/#3 VoidDelivery on 2025-03-03 by anna failed: Error: refused/);
    expect(calls.length).toBeLessThan(20);
  });
});
