import type { BusinessDate } from '#libs/decider';
import { isAtWork, type AbsenceCalendar } from './absence.generator.js';
import { addMonths, addWorkingDays, dateOf, monthOf, onOrNextWorkingDay, yearOf } from './calendar.js';
import { phaseOn, regionOn, type CustomerIndex } from './customers.generator.js';
import { DaySampler, WEIGHTED_DAYS_PER_YEAR } from './day-sampler.js';
import type { Employee, Outcomes, Phase, Touch } from './demo-world.js';
import { isInProject, type FundingProject } from './funding.generator.js';
import type { Prng } from './prng.js';
import { certificationKey, customerKey, PRIORITY, type PlanBuilder, type SeedAction, type SeedRef } from './seed-plan.js';
import { actorOf, isCertifiedOn } from './staff.generator.js';

const SEK = 100;

interface ProductProfile {
  /** Applied amount in SEK, drawn log-uniformly, rounded to `step`. */
  readonly minSek: number;
  readonly maxSek: number;
  readonly step: number;
  readonly termMonths: readonly number[];
  /** Margin over the year's base rate, in basis points (a guarantee charges a yearly fee instead). */
  readonly marginBp: number;
  readonly purposes: readonly string[];
}

/** Amounts within `defaultLoanProducts`' limits (Mikrolån ≤ 200,000; Innovationslån 50,000–500,000; Tillväxtlån ≤ 10 million). */
const PRODUCTS: Readonly<Record<string, ProductProfile>> = {
  mikrolan: {
    minSek: 50_000,
    maxSek: 200_000,
    step: 5_000,
    termMonths: [24, 36, 48, 60],
    marginBp: 150,
    purposes: ['Inköp av maskiner', 'Rörelsekapital vid uppstart', 'Marknadsföring och lansering', 'Inventarier till ny lokal', 'Fordon till verksamheten'],
  },
  foretagslan: {
    minSek: 250_000,
    maxSek: 3_000_000,
    step: 10_000,
    termMonths: [36, 48, 60, 72, 84],
    marginBp: 50,
    purposes: ['Investering i ny produktionslinje', 'Förvärv av verksamhet', 'Utbyggnad av lokal', 'Rörelsekapital för ökad orderstock', 'Ny CNC-maskin'],
  },
  innovationslan: {
    minSek: 100_000,
    maxSek: 500_000,
    step: 10_000,
    termMonths: [36, 48, 60, 72],
    marginBp: 200,
    purposes: ['Prototyp och verifiering', 'Utveckling av digital tjänst', 'Patentansökan och tester', 'Pilotkund och produktanpassning'],
  },
  grontlan: {
    minSek: 200_000,
    maxSek: 2_500_000,
    step: 10_000,
    termMonths: [60, 84, 120],
    marginBp: 0,
    purposes: ['Solcellsanläggning', 'Energieffektivisering av fastighet', 'Elektrifiering av fordonsflotta', 'Omställning till fossilfri produktion'],
  },
  tillvaxtlan: {
    minSek: 2_000_000,
    maxSek: 10_000_000,
    step: 100_000,
    termMonths: [60, 84, 120],
    marginBp: 250,
    purposes: ['Expansion till ny marknad', 'Kapacitetsökning i produktionen', 'Förvärv för tillväxt'],
  },
  exportlan: {
    minSek: 300_000,
    maxSek: 4_000_000,
    step: 10_000,
    termMonths: [12, 24, 36, 48],
    marginBp: 100,
    purposes: ['Exportorder till Tyskland', 'Etablering i Norge', 'Förfinansiering av exportleverans'],
  },
  garanti: {
    minSek: 300_000,
    maxSek: 5_000_000,
    step: 50_000,
    termMonths: [24, 36, 48, 60],
    marginBp: 0,
    purposes: ['Garanti för banklån till investering', 'Garanti för rörelsekredit i bank', 'Garanti vid ägarskifte'],
  },
};

const PRODUCT_MIX: Readonly<Record<Phase, readonly (readonly [string, number])[]>> = {
  early_stage: [
    ['mikrolan', 58],
    ['foretagslan', 20],
    ['innovationslan', 12],
    ['grontlan', 5],
    ['garanti', 5],
  ],
  growth: [
    ['mikrolan', 25],
    ['foretagslan', 44],
    ['innovationslan', 7],
    ['grontlan', 7],
    ['tillvaxtlan', 5],
    ['exportlan', 4],
    ['garanti', 8],
  ],
  established: [
    ['mikrolan', 10],
    ['foretagslan', 54],
    ['grontlan', 9],
    ['tillvaxtlan', 6],
    ['exportlan', 8],
    ['garanti', 13],
  ],
};

/** Almi's lending rate followed the market: high in 2023–2024, lower after. */
const baseRateBp = (year: number): number => (year <= 2022 ? 450 : year === 2023 ? 750 : year === 2024 ? 775 : year === 2025 ? 625 : 600);

const REJECTIONS = [
  'Bristande återbetalningsförmåga',
  'Otillräckliga säkerheter',
  'Verksamheten bedöms inte ha tillräcklig bärkraft',
  'Kompletterande underlag har inte inkommit',
  'Finansieringen kan ordnas i bank utan Almi',
];
const WRITE_OFF_REASONS = ['Konkurs', 'Ackord efter rekonstruktion', 'Fordran bedöms inte kunna drivas in', 'Likvidation utan tillgångar'];

const roundTo = (value: number, step: number): number => Math.round(value / step) * step;
const logUniform = (random: Prng, min: number, max: number): number => Math.exp(Math.log(min) + random.next() * (Math.log(max) - Math.log(min)));

/** The 25th of the month, or the next working day (when instalments fall due). */
const dueDate = (month: BusinessDate): BusinessDate => onOrNextWorkingDay(dateOf(yearOf(month), monthOf(month), 25));

/**
 * About 350 applications a year (≈ 300 granted), over the products of `defaultLoanProducts`, each
 * through the credit process: application and decision by the customer's credit officer, four-eyes
 * approval by another certified officer, one to three disbursements, an opening fee, instalments with
 * interest and fees (monthly or quarterly, sometimes after an interest-only period), early payoffs,
 * a few write-offs, and closing once nothing is outstanding. Guarantees pay a yearly fee and close
 * when they run out.
 */
export function generateLoans(
  random: Prng,
  plan: PlanBuilder,
  span: { from: BusinessDate; today: BusinessDate },
  scale: number,
  employees: readonly Employee[],
  customers: CustomerIndex,
  absences: AbsenceCalendar,
  project: FundingProject | undefined,
  touches: Touch[],
  outcomes: Outcomes,
): void {
  const officers = employees.filter((e) => e.kind === 'credit_officer');
  const sampler = new DaySampler(span.from, span.today);
  const applications = random.count((350 * scale * sampler.totalWeight) / WEIGHTED_DAYS_PER_YEAR);
  const dates = Array.from({ length: applications }, () => sampler.sample(random)).sort();
  const certifiedOn = (date: BusinessDate, except?: string): Employee[] => officers.filter((o) => o.userId !== except && isCertifiedOn(o, date));
  /** The preferred officer when certified and at work, else a certified colleague at work (else any certified one). */
  const officerFor = (date: BusinessDate, preferred: Employee | undefined, except?: string): Employee => {
    if (preferred !== undefined && preferred.userId !== except && isCertifiedOn(preferred, date) && isAtWork(absences, preferred.userId, date)) return preferred;
    const certified = certifiedOn(date, except);
    const present = certified.filter((o) => isAtWork(absences, o.userId, date));
    const local = present.filter((o) => o.region === preferred?.region);
    const pool = local.length > 0 ? local : present.length > 0 ? present : certified;
    if (pool.length === 0) throw new Error(`No certified credit officer on ${date}: the staff plan needs at least two`);
    return random.pick(pool);
  };

  dates.forEach((appliedOn, n) => {
    const customer = customers.pick(random, appliedOn, (c) => c.loanWeight);
    if (customer === undefined) return;
    const region = regionOn(customer, appliedOn);
    const local = officers.filter((o) => o.region === region);
    const handler = officerFor(appliedOn, local.length > 0 ? random.pick(local) : officers[0]);
    const loan: SeedRef = `loan:${n + 1}`;
    const product = random.weighted(PRODUCT_MIX[phaseOn(customer, appliedOn)]);
    const profile = PRODUCTS[product];
    const appliedOre = roundTo(logUniform(random, profile.minSek, profile.maxSek), profile.step) * SEK;
    const funded = product === 'grontlan' && isInProject(project, appliedOn) && random.chance(0.5);
    const add = (on: BusinessDate, by: Employee, action: SeedAction, extraNeeds: readonly string[] = []): void =>
      plan.add(on, PRIORITY.loan, actorOf(by), loan, [certificationKey(by.userId), ...extraNeeds], action);
    const touch = (on: BusinessDate, by: Employee): void => {
      touches.push({ employeeId: by.userId, date: on, customerId: customer.id, funded });
    };

    add(
      appliedOn,
      handler,
      {
        type: 'RegisterLoanApplication',
        loan,
        ...(funded && project !== undefined ? { fundingProject: project.ref } : {}),
        body: { customerId: customer.id, product, amountOre: appliedOre, purpose: random.pick(profile.purposes), appliedOn },
      },
      [customerKey(customer.id), ...(funded && project !== undefined ? [project.ref] : [])],
    );
    touch(appliedOn, handler);

    const decidedOn = addWorkingDays(appliedOn, random.int(3, 15));
    if (decidedOn > span.today) return;
    const decider = officerFor(decidedOn, handler);
    touch(decidedOn, decider);
    if (random.chance(0.15)) {
      add(decidedOn, decider, { type: 'DecideLoan', loan, body: { outcome: 'rejected', reason: random.pick(REJECTIONS), decidedOn } });
      return;
    }
    const reduced = random.chance(0.15);
    const grantedOre = reduced ? Math.max(roundTo(appliedOre * (0.6 + random.next() * 0.3), profile.step * SEK), profile.minSek * SEK) : appliedOre;
    const termMonths = random.pick(profile.termMonths);
    const guarantee = product === 'garanti';
    const rateBp = guarantee ? 0 : baseRateBp(yearOf(decidedOn)) + profile.marginBp + random.int(-2, 4) * 25;
    add(decidedOn, decider, { type: 'DecideLoan', loan, body: { outcome: 'granted', amountOre: grantedOre, interestRateBasisPoints: rateBp, termMonths, decidedOn } });

    const approvedOn = addWorkingDays(decidedOn, random.int(0, 4));
    if (approvedOn > span.today) return;
    const approver = officerFor(approvedOn, undefined, decider.userId);
    add(approvedOn, approver, { type: 'ApproveLoan', loan, body: { approvedOn } });
    outcomes.approvedLoans.push({ on: approvedOn, customerId: customer.id, amountOre: grantedOre });

    let payments = 0;
    const pay = (paidOn: BusinessDate, principalOre: number, interestOre: number, feesOre: number): void => {
      payments += 1;
      add(paidOn, officerFor(paidOn, handler), {
        type: 'RecordRepayment',
        loan,
        body: { principalOre, interestOre, feesOre, repaymentId: `${loan.replace(':', '-')}-r${payments}`, paidOn },
      });
    };
    const close = (closedOn: BusinessDate): void => {
      if (closedOn <= span.today) add(closedOn, officerFor(closedOn, handler), { type: 'CloseLoan', loan, body: { closedOn } });
    };

    if (guarantee) {
      const endsOn = addMonths(approvedOn, termMonths);
      let lastFeeOn = approvedOn;
      for (let year = 0; year * 12 < termMonths; year += 1) {
        const feeOn = onOrNextWorkingDay(addMonths(approvedOn, year * 12));
        if (feeOn > span.today || feeOn > endsOn) break;
        pay(feeOn, 0, 0, roundTo(grantedOre * 0.012, SEK));
        lastFeeOn = feeOn;
      }
      const closedOn = onOrNextWorkingDay(endsOn);
      if (closedOn >= lastFeeOn) close(closedOn);
      return;
    }

    // Disbursements: the whole grant, in one to three tranches.
    const tranches = random.weighted([
      [1, 70],
      [2, 22],
      [3, 8],
    ] as const);
    const shares = tranches === 1 ? [1] : tranches === 2 ? [0.5, 0.5] : [0.4, 0.3, 0.3];
    const disbursements: { on: BusinessDate; amountOre: number }[] = [];
    let on = addWorkingDays(approvedOn, random.int(2, 20));
    let left = grantedOre;
    shares.forEach((share, i) => {
      const amountOre = i === shares.length - 1 ? left : roundTo(grantedOre * share, SEK);
      left -= amountOre;
      disbursements.push({ on, amountOre });
      on = addWorkingDays(on, random.int(20, 90));
    });

    const monthly = random.chance(0.65);
    const periodMonths = monthly ? 1 : 3;
    const graceMonths = random.weighted([
      [0, 60],
      [3, 15],
      [6, 20],
      [12, 5],
    ] as const);
    const periods = Math.max(1, Math.floor((termMonths - graceMonths) / periodMonths));
    const instalmentOre = Math.ceil(grantedOre / periods / SEK) * SEK;
    const feePerInstalment = monthly ? 50 * SEK : 75 * SEK;
    const fate = random.weighted([
      ['regular', 87.5],
      ['early_payoff', 8],
      ['default', 4.5],
    ] as const);
    // Instalments paid before the loan defaults or is paid off early.
    const stopAfter =
      fate === 'default' ? Math.ceil(random.int(3, 18) / periodMonths) : fate === 'early_payoff' ? Math.ceil(random.int(12, 40) / periodMonths) : Number.POSITIVE_INFINITY;

    let outstanding = 0;
    let disbursed = 0;
    let instalments = 0;
    const firstOn = disbursements[0].on;
    // Events in date order on this loan: tranches interleave with instalments.
    let next = 0;
    const disburseUpTo = (date: BusinessDate): void => {
      while (next < disbursements.length && disbursements[next].on <= date && disbursements[next].on <= span.today) {
        const d = disbursements[next];
        const by = officerFor(d.on, handler);
        next += 1;
        add(d.on, by, { type: 'DisburseLoan', loan, body: { amountOre: d.amountOre, disbursementId: `${loan.replace(':', '-')}-d${next}`, disbursedOn: d.on } });
        touch(d.on, by);
        outcomes.disbursements.push({ on: d.on, customerId: customer.id, amountOre: d.amountOre });
        outstanding += d.amountOre;
        disbursed += d.amountOre;
        if (next === 1) {
          pay(d.on, 0, 0, Math.min(Math.max(roundTo(grantedOre * 0.01, SEK), 1_000 * SEK), 15_000 * SEK));
        }
      }
    };
    for (let k = 1; ; k += 1) {
      const due = dueDate(addMonths(firstOn, k * periodMonths));
      disburseUpTo(due);
      if (due > span.today) break;
      if (instalments >= stopAfter) {
        if (fate === 'early_payoff') {
          const interestOre = roundTo((outstanding * rateBp * periodMonths) / 120_000, 1);
          pay(due, outstanding, interestOre, feePerInstalment);
          outstanding = 0;
          disbursements.length = next; // the customer needed no more tranches
          close(addWorkingDays(due, random.int(0, 10)));
        } else {
          // In default: payments stop; the rest is written off months later, and the loan closed.
          disbursements.length = next;
          const writtenOffOn = addWorkingDays(due, random.int(60, 200));
          if (writtenOffOn <= span.today && outstanding > 0) {
            add(writtenOffOn, officerFor(writtenOffOn, handler), {
              type: 'WriteOffLoan',
              loan,
              body: { amountOre: outstanding, reason: random.pick(WRITE_OFF_REASONS), writtenOffOn },
            });
            outstanding = 0;
            close(writtenOffOn);
          }
        }
        return;
      }
      const interestOre = roundTo((outstanding * rateBp * periodMonths) / 120_000, 1);
      const inGrace = k * periodMonths <= graceMonths;
      const principalOre = inGrace ? 0 : Math.min(instalmentOre, outstanding);
      if (principalOre + interestOre + feePerInstalment > 0) pay(due, principalOre, interestOre, feePerInstalment);
      instalments += 1;
      outstanding -= principalOre;
      if (outstanding === 0 && next === disbursements.length && disbursed === grantedOre) {
        close(addWorkingDays(due, random.int(0, 10)));
        return;
      }
    }
  });
}
