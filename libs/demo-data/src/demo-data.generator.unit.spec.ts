import { hasValidLuhnCheckDigit, parseOrganisationNumber } from '#libs/customers';
import { REGIONS } from '#libs/decider';
import { scorecardMetrics } from '#libs/targets';
import { isWorkingDay, yearOf } from './calendar.js';
import { countByType, generateDemoData, type DemoData } from './demo-data.generator.js';
import type { PlannedCommand, SeedAction, SeedActionType } from './seed-plan.js';

type Of<T extends SeedActionType> = Extract<SeedAction, { type: T }>;
const actions = <T extends SeedActionType>(data: DemoData, type: T): (PlannedCommand & { action: Of<T> })[] =>
  data.commands.filter((c): c is PlannedCommand & { action: Of<T> } => c.action.type === type);

const TODAY = '2026-11-22';

describe('demo data generator', () => {
  // The default: seed 42, scale 1, 2023-01-01 to today.
  let data: DemoData;
  beforeAll(() => {
    data = generateDemoData({ seed: 42, today: TODAY });
  });

  describe('determinism', () => {
    const small = { today: '2025-06-30', from: '2025-01-01', scale: 0.1 } as const;

    it('gives the same commands for the same seed', () => {
      expect(JSON.stringify(generateDemoData({ seed: 7, ...small }).commands)).toEqual(JSON.stringify(generateDemoData({ seed: 7, ...small }).commands));
    });

    it('gives other commands for another seed', () => {
      const a = generateDemoData({ seed: 7, ...small }).commands;
      const b = generateDemoData({ seed: 8, ...small }).commands;
      expect(JSON.stringify(a)).not.toEqual(JSON.stringify(b));
      const customers = (commands: readonly PlannedCommand[]): string[] => commands.flatMap((c) => (c.action.type === 'RegisterCustomer' ? [c.action.body.customerId] : []));
      expect(customers(a)).not.toEqual(customers(b));
    });

    it('spans the three full years before today and this year up to today by default', () => {
      expect([data.from, data.today]).toEqual(['2023-01-01', TODAY]);
      expect(data.commands[0].on).toBe('2023-01-01');
      expect(data.commands.every((c) => c.on >= data.from && c.on <= TODAY)).toBe(true);
      expect(data.commands.map((c) => c.on)).toEqual([...data.commands.map((c) => c.on)].sort());
    });

    it('refuses options that make no span', () => {
      expect(() => generateDemoData({ seed: 1, today: '2026-02-30' })).toThrow(/span/);
      expect(() => generateDemoData({ seed: 1, today: '2026-01-01', from: '2026-02-01' })).toThrow(/span/);
      expect(() => generateDemoData({ seed: 1, today: TODAY, scale: 0 })).toThrow(/scale/);
    });
  });

  describe('consistency with the rules the handlers enforce', () => {
    it('registers every stream, every customer and every referenced id before a command needs it', () => {
      const created = new Set<string>();
      const creators: Partial<Record<SeedActionType, true>> = {
        RegisterEmployee: true,
        GrantCreditCertification: true,
        RegisterCustomer: true,
        RegisterFundingProject: true,
        RegisterLoanApplication: true,
        DeliverModule: true,
        MatchMentorPair: true,
      };
      const problems: string[] = [];
      for (const c of data.commands) {
        for (const key of c.needs) if (!created.has(key)) problems.push(`#${c.index} ${c.action.type} needs ${key}`);
        const ref = 'loan' in c.action ? c.action.loan : 'delivery' in c.action ? c.action.delivery : 'pair' in c.action ? c.action.pair : undefined;
        if (ref !== undefined && !creators[c.action.type] && !created.has(ref)) problems.push(`#${c.index} ${c.action.type} refers to ${ref} before it exists`);
        if (c.action.type === 'CorrectTimeEntry' || c.action.type === 'VoidTimeEntry') {
          if (!created.has(c.action.entry)) problems.push(`#${c.index} ${c.action.type} refers to ${c.action.entry} before it exists`);
        }
        if (c.action.type === 'RecordTimeEntry' && c.action.entry !== undefined) created.add(c.action.entry);
        created.add(c.stream);
      }
      expect(problems).toEqual([]);
    });

    it('gives every customer a unique organisationsnummer with a valid Luhn check digit', () => {
      const ids = actions(data, 'RegisterCustomer').map((c) => c.action.body.customerId);
      const normalised = ids.map((id) => parseOrganisationNumber(id));
      expect(normalised.every((id) => id !== undefined && hasValidLuhnCheckDigit(id))).toBe(true);
      expect(new Set(normalised).size).toBe(ids.length);
      // Both written forms occur, as people type them.
      expect(ids.some((id) => id.includes('-'))).toBe(true);
      expect(ids.some((id) => !id.includes('-'))).toBe(true);
    });

    it('has every loan approved by a certified credit officer other than the one who decided it', () => {
      const certifiedFrom = new Map(actions(data, 'GrantCreditCertification').map((c) => [c.action.userId, c.action.body.validFrom]));
      const decidedBy = new Map(actions(data, 'DecideLoan').map((c) => [c.action.loan, c.actor.userId]));
      const approvals = actions(data, 'ApproveLoan');
      expect(approvals.length).toBeGreaterThan(1000);
      for (const approval of approvals) {
        expect(approval.actor.userId).not.toBe(decidedBy.get(approval.action.loan));
        expect(approval.actor.roles).toContain('credit_officer');
        expect(certifiedFrom.get(approval.actor.userId)! <= approval.action.body.approvedOn).toBe(true);
      }
      const loanCommands = data.commands.filter((c) => 'loan' in c.action);
      expect(loanCommands.every((c) => c.actor.roles.includes('credit_officer') && certifiedFrom.get(c.actor.userId)! <= c.on)).toBe(true);
    });

    it('never pays back or writes off more than is outstanding, and closes loans only when nothing is', () => {
      const outstanding = new Map<string, number>();
      const problems: string[] = [];
      for (const c of data.commands) {
        const a = c.action;
        if (a.type === 'DisburseLoan') outstanding.set(a.loan, (outstanding.get(a.loan) ?? 0) + a.body.amountOre);
        if (a.type === 'RecordRepayment' || a.type === 'WriteOffLoan') {
          const left = (outstanding.get(a.loan) ?? 0) - (a.type === 'RecordRepayment' ? a.body.principalOre : a.body.amountOre);
          if (left < 0) problems.push(`${a.loan} below zero on ${c.on}`);
          outstanding.set(a.loan, left);
        }
        if (a.type === 'CloseLoan' && (outstanding.get(a.loan) ?? 0) !== 0) problems.push(`${a.loan} closed with ${outstanding.get(a.loan)} outstanding`);
      }
      expect(problems).toEqual([]);
    });

    it('logs at most 24 hours per person and day, counting corrections and voids', () => {
      const minutesOf = new Map<string, number>();
      const days = new Map<string, number>();
      let anonymous = 0;
      let someoneElses = 0;
      for (const c of data.commands) {
        const a = c.action;
        if (a.type === 'RecordTimeEntry') {
          const day = `${a.body.employeeId}/${a.body.date}`;
          if (a.body.employeeId !== c.actor.userId) someoneElses += 1;
          days.set(day, (days.get(day) ?? 0) + a.body.minutes);
          minutesOf.set(a.entry ?? `anonymous-${(anonymous += 1)}`, a.body.minutes);
        } else if (a.type === 'CorrectTimeEntry' || a.type === 'VoidTimeEntry') {
          const day = `${a.body.employeeId}/${a.body.date}`;
          const now = a.type === 'CorrectTimeEntry' ? a.body.minutes : 0;
          days.set(day, (days.get(day) ?? 0) - minutesOf.get(a.entry)! + now);
          minutesOf.set(a.entry, now);
        }
      }
      expect(days.size).toBeGreaterThan(30_000);
      expect(Math.max(...days.values())).toBeLessThanOrEqual(1440);
      expect(Math.min(...days.values())).toBeGreaterThan(0);
      expect(someoneElses).toBe(0);
    });

    it('logs time only on working days: weekdays that are not Swedish public holidays', () => {
      const dates = new Set(actions(data, 'RecordTimeEntry').map((c) => c.action.body.date));
      expect([...dates].every(isWorkingDay)).toBe(true);
      expect(dates.has('2025-12-24')).toBe(false);
      expect(dates.has('2025-06-20')).toBe(false); // midsummer eve
      expect(dates.has('2025-04-18')).toBe(false); // Good Friday
    });
  });

  describe('volumes of a regional company', () => {
    const years = 3 + 326 / 365;
    const perYear = (type: SeedActionType): number => (countByType(data.commands)[type] ?? 0) / years;

    it('has about 40 employees, ~26 advisors and ~10 certified credit officers, 2 controllers and an admin', () => {
      const roles = actions(data, 'RegisterEmployee').map((c) => c.action.body.roles[0]);
      const count = (role: string): number => roles.filter((r) => r === role).length;
      expect(roles.length).toBe(40);
      expect([count('advisor'), count('credit_officer'), count('controller'), count('admin')]).toEqual([26, 11, 2, 1]);
      expect(actions(data, 'GrantCreditCertification')).toHaveLength(11);
    });

    it('registers about 1,500 customers, 55 % in Västmanland', () => {
      const customers = actions(data, 'RegisterCustomer');
      expect(customers.length).toBeGreaterThan(1300);
      expect(customers.length).toBeLessThan(1700);
      const share = customers.filter((c) => c.action.body.region === 'vastmanland').length / customers.length;
      expect(share).toBeGreaterThan(0.5);
      expect(share).toBeLessThan(0.6);
    });

    it('has owner profiles for ~70 %, with ~30 % women-led and ~20 % foreign background among the answers', () => {
      const profiles = actions(data, 'RecordOwnerProfile').map((c) => c.action.body);
      const customers = actions(data, 'RegisterCustomer').length;
      expect(profiles.length / customers).toBeGreaterThan(0.65);
      expect(profiles.length / customers).toBeLessThan(0.75);
      const share = (pick: (p: (typeof profiles)[number]) => string): number => profiles.filter((p) => pick(p) === 'yes').length / profiles.length;
      expect(share((p) => p.womenLed)).toBeGreaterThan(0.24);
      expect(share((p) => p.womenLed)).toBeLessThan(0.34);
      expect(share((p) => p.foreignBackground)).toBeGreaterThan(0.15);
      expect(share((p) => p.foreignBackground)).toBeLessThan(0.24);
      expect(profiles.some((p) => p.womenLed === 'unknown')).toBe(true);
    });

    it('reclassifies some customers later, a few with an earlier effective date', () => {
      const classifications = actions(data, 'ClassifyCustomer');
      const perCustomer = new Map<string, number>();
      for (const c of classifications) perCustomer.set(c.action.customerId, (perCustomer.get(c.action.customerId) ?? 0) + 1);
      expect([...perCustomer.values()].filter((n) => n > 1).length).toBeGreaterThan(100);
      expect(classifications.filter((c) => c.action.body.effectiveFrom < c.on).length).toBeGreaterThan(10);
      expect(new Set(classifications.map((c) => c.action.body.group))).toEqual(new Set(['bredd', 'ideal', 'spets']));
    });

    it('grants about 300 loans a year, ~85 % of decisions, mostly Mikrolån and Företagslån, with some write-offs', () => {
      const decisions = actions(data, 'DecideLoan');
      const granted = decisions.filter((d) => d.action.body.outcome === 'granted').length;
      expect(perYear('ApproveLoan')).toBeGreaterThan(260);
      expect(perYear('ApproveLoan')).toBeLessThan(340);
      expect(granted / decisions.length).toBeGreaterThan(0.8);
      expect(granted / decisions.length).toBeLessThan(0.9);
      const products = actions(data, 'RegisterLoanApplication').map((c) => c.action.body.product);
      const share = (key: string): number => products.filter((p) => p === key).length / products.length;
      expect(share('mikrolan') + share('foretagslan')).toBeGreaterThan(0.65);
      expect(share('tillvaxtlan')).toBeGreaterThan(0);
      expect(share('tillvaxtlan')).toBeLessThan(0.08);
      expect(share('garanti')).toBeGreaterThan(0.03);
      const writeOffs = actions(data, 'WriteOffLoan').length / actions(data, 'ApproveLoan').length;
      expect(writeOffs).toBeGreaterThan(0.003);
      expect(writeOffs).toBeLessThan(0.03);
      expect(actions(data, 'CloseLoan').length).toBeGreaterThan(50);
    });

    it('delivers ~1,500 modules and logs ~3,000 sessions a year, voids ~1 %, matches ~60 mentor pairs', () => {
      expect(perYear('DeliverModule')).toBeGreaterThan(1350);
      expect(perYear('DeliverModule')).toBeLessThan(1650);
      expect(perYear('LogAdvisorySession')).toBeGreaterThan(2700);
      expect(perYear('LogAdvisorySession')).toBeLessThan(3300);
      expect(perYear('VoidDelivery') / perYear('DeliverModule')).toBeGreaterThan(0.003);
      expect(perYear('VoidDelivery') / perYear('DeliverModule')).toBeLessThan(0.02);
      expect(perYear('MatchMentorPair')).toBeGreaterThan(45);
      expect(perYear('MatchMentorPair')).toBeLessThan(75);
    });

    it('keeps the customer-time share near 80 %, varying by person and month, sometimes below', () => {
      const byPersonMonth = new Map<string, { customer: number; worked: number }>();
      for (const c of actions(data, 'RecordTimeEntry')) {
        const { employeeId, date, minutes, kind } = c.action.body;
        if (kind === 'absence') continue;
        const key = `${employeeId}/${date.slice(0, 7)}`;
        const sums = byPersonMonth.get(key) ?? { customer: 0, worked: 0 };
        sums.worked += minutes;
        if (kind === 'customer') sums.customer += minutes;
        byPersonMonth.set(key, sums);
      }
      const shares = [...byPersonMonth.values()].map((s) => s.customer / s.worked);
      const total = [...byPersonMonth.values()].reduce((t, s) => ({ customer: t.customer + s.customer, worked: t.worked + s.worked }), { customer: 0, worked: 0 });
      expect(total.customer / total.worked).toBeGreaterThan(0.75);
      expect(total.customer / total.worked).toBeLessThan(0.83);
      expect(shares.filter((s) => s < 0.8).length / shares.length).toBeGreaterThan(0.2);
      expect(shares.filter((s) => s >= 0.8).length / shares.length).toBeGreaterThan(0.2);
      const absence = actions(data, 'RecordTimeEntry').filter((c) => c.action.body.kind === 'absence');
      expect(absence.filter((c) => c.action.body.date.slice(5, 7) === '07').length).toBeGreaterThan(absence.length * 0.3);
    });

    it('sets yearly targets for every scorecard metric, in total and per region, and benchmarks per region and year', () => {
      const targets = actions(data, 'SetTarget').map((c) => c.action.body);
      for (let year = 2023; year <= 2026; year += 1) {
        for (const { key } of scorecardMetrics) {
          for (const region of [undefined, ...REGIONS]) {
            expect(targets.some((t) => t.year === year && t.metric === key && t.quarter === undefined && t.region === region)).toBe(true);
          }
        }
        expect(targets.some((t) => t.year === year && t.quarter === 2 && t.metric === 'loans_granted')).toBe(true);
        expect(actions(data, 'SetBenchmark').filter((c) => c.action.body.year === year)).toHaveLength(12);
      }
    });

    it('answers surveys with 85–92 % would-recommend', () => {
      const answers = actions(data, 'RecordSurveyAnswer').map((c) => c.action.body);
      expect(answers.length).toBeGreaterThan(1000);
      const share = answers.filter((a) => a.wouldRecommend).length / answers.length;
      expect(share).toBeGreaterThan(0.84);
      expect(share).toBeLessThan(0.93);
    });

    it('runs one funding project with costs, revenues and financed sessions, modules and time', () => {
      const [project] = actions(data, 'RegisterFundingProject');
      expect(project.action.body).toMatchObject({ name: 'ERUF Grön omställning Mälardalen', funder: 'Europeiska regionala utvecklingsfonden' });
      const { startsOn, endsOn } = project.action.body;
      const bookings = [...actions(data, 'BookProjectCost'), ...actions(data, 'BookProjectRevenue')];
      expect(actions(data, 'BookProjectCost').length).toBeGreaterThan(20);
      expect(actions(data, 'BookProjectRevenue').length).toBeGreaterThan(4);
      expect(bookings.every((b) => b.action.body.bookedOn >= startsOn && b.action.body.bookedOn <= endsOn)).toBe(true);
      const financed = (type: 'LogAdvisorySession' | 'DeliverModule' | 'RecordTimeEntry'): number =>
        data.commands.filter((c) => c.action.type === type && 'fundingProject' in c.action && c.action.fundingProject === project.action.project).length;
      expect(financed('LogAdvisorySession')).toBeGreaterThan(50);
      expect(financed('DeliverModule')).toBeGreaterThan(20);
      expect(financed('RecordTimeEntry')).toBeGreaterThan(50);
      expect(yearOf(startsOn)).toBeGreaterThanOrEqual(2024);
    });
  });

  it('scales volumes down', () => {
    const small = generateDemoData({ seed: 42, today: TODAY, scale: 0.1 });
    const counts = countByType(small.commands);
    const full = countByType(data.commands);
    expect(counts.RegisterCustomer! / full.RegisterCustomer!).toBeGreaterThan(0.07);
    expect(counts.RegisterCustomer! / full.RegisterCustomer!).toBeLessThan(0.13);
    expect(counts.RegisterEmployee).toBeLessThan(12);
  });
});
