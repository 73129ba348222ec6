import type { BusinessDate, Region } from '#libs/decider';
import { actorOf } from './staff.generator.js';
import { addDays, addWorkingDays, workingDays, yearOf } from './calendar.js';
import { DaySampler, WEIGHTED_DAYS_PER_YEAR } from './day-sampler.js';
import type { Customer, Employee, OwnerAnswer, Phase, TargetGroup } from './demo-world.js';
import { newOrganisationNumber } from './organisation-numbers.js';
import type { Prng } from './prng.js';
import { customerKey, PRIORITY, type PlanBuilder } from './seed-plan.js';
import {
  COMPANY_FORMS,
  FOREIGN_MEN_FIRST_NAMES,
  FOREIGN_SURNAMES,
  FOREIGN_WOMEN_FIRST_NAMES,
  MEN_FIRST_NAMES,
  MUNICIPALITIES,
  PLACE_WORDS,
  SURNAMES,
  TRADE_WORDS,
  WOMEN_FIRST_NAMES,
} from './swedish-names.js';

const HOUSE_WORDS = ['Bygg', 'Plåt', 'El', 'Trä', 'Data', 'Färg', 'Glas', 'Däck', 'Verktygs', 'Kakel', 'Golv', 'Fönster'] as const;
const OTHER_GROUPS: Readonly<Record<TargetGroup, readonly TargetGroup[]>> = { bredd: ['ideal', 'spets'], ideal: ['bredd', 'spets'], spets: ['ideal', 'bredd'] };

const genitive = (name: string): string => (/[sxz]$/.test(name) ? name : `${name}s`);

const companyName = (random: Prng, region: Region, municipality: string): string => {
  const form = random.weighted(COMPANY_FORMS.map(([f, w]) => [f, w] as const));
  const trade = random.pick(TRADE_WORDS);
  return random.weighted<() => string>([
    [() => `${random.pick(PLACE_WORDS[region])} ${trade} ${form}`, 50],
    [() => `${genitive(random.pick(SURNAMES))} ${trade} ${form}`, 28],
    [() => `${random.pick(SURNAMES)} & ${random.pick(SURNAMES)} ${trade} AB`, 8],
    [() => `${random.pick(HOUSE_WORDS)}${random.pick(['huset', 'centralen', 'gruppen'])} i ${municipality} AB`, 9],
    [() => `${genitive(random.pick(FOREIGN_SURNAMES))} ${trade} ${form}`, 5],
  ])();
};

const ownerName = (random: Prng, womenLed: OwnerAnswer, foreign: OwnerAnswer): string => {
  const woman = womenLed === 'yes' || (womenLed === 'unknown' && random.chance(0.3));
  const abroad = foreign === 'yes' || (foreign === 'unknown' && random.chance(0.2));
  const first = abroad ? random.pick(woman ? FOREIGN_WOMEN_FIRST_NAMES : FOREIGN_MEN_FIRST_NAMES) : random.pick(woman ? WOMEN_FIRST_NAMES : MEN_FIRST_NAMES);
  return `${first} ${abroad ? random.pick(FOREIGN_SURNAMES) : random.pick(SURNAMES)}`;
};

/** Years of business before registering with Almi, by phase. */
const foundedBefore = (random: Prng, phase: Phase, registeredOn: BusinessDate): BusinessDate =>
  addDays(registeredOn, -(phase === 'early_stage' ? random.int(20, 1000) : phase === 'growth' ? random.int(3 * 365, 10 * 365) : random.int(10 * 365, 45 * 365)));

/**
 * The customers: a stock of existing customers registered in the first weeks, then new ones through
 * the span; each with a responsible advisor in its region, a target group (a few later, reclassified
 * or back-dated), a voluntary owner profile for ~70 %, and some phase changes and moves.
 */
export function generateCustomers(random: Prng, plan: PlanBuilder, span: { from: BusinessDate; today: BusinessDate }, scale: number, employees: readonly Employee[]): Customer[] {
  const advisors = employees.filter((e) => e.kind === 'advisor');
  const admin = employees.find((e) => e.kind === 'admin') as Employee;
  const advisorsIn = (region: Region): Employee[] => {
    const local = advisors.filter((a) => a.region === region);
    return local.length > 0 ? local : advisors;
  };
  const openingDays = workingDays(span.from, addDays(span.from, 27));
  const sampler = new DaySampler(addWorkingDays(span.from, openingDays.length), span.today);
  const dates = [
    ...Array.from({ length: random.count(500 * scale) }, () => random.pick(openingDays)),
    ...Array.from({ length: random.count((260 * scale * sampler.totalWeight) / WEIGHTED_DAYS_PER_YEAR) }, () => sampler.sample(random)),
  ].sort();

  const numbers = new Set<string>();
  const names = new Set<string>();
  const customers: Customer[] = [];
  for (const registeredOn of dates) {
    const region: Region = random.chance(0.55) ? 'vastmanland' : 'orebro';
    const municipality = random.weighted(MUNICIPALITIES[region]);
    const phase = random.weighted<Phase>([
      ['early_stage', 30],
      ['growth', 45],
      ['established', 25],
    ]);
    const foundedOn = foundedBefore(random, phase, registeredOn);
    const id = newOrganisationNumber(random, yearOf(foundedOn), numbers);
    let name = companyName(random, region, municipality);
    while (names.has(name)) name = companyName(random, region, municipality);
    names.add(name);
    const advisor = random.pick(advisorsIn(region));
    const months = random.weighted([
      [[6, 12], 35],
      [[12, 24], 35],
      [[24, 48], 25],
      [[48, 96], 5],
    ] as const);
    const activeUntil = addDays(registeredOn, random.int(months[0] * 30, months[1] * 30));
    const kind = random.weighted([
      ['both', 50],
      ['advisory', 35],
      ['loans', 15],
    ] as const);

    const classifications: Customer['classifications'] = [];
    const firstGroup = random.weighted<TargetGroup>(
      phase === 'early_stage'
        ? [
            ['bredd', 60],
            ['ideal', 32],
            ['spets', 8],
          ]
        : [
            ['bredd', 52],
            ['ideal', 33],
            ['spets', 15],
          ],
    );
    const when = random.weighted([
      ['at-registration', 88],
      ['later', 8],
      ['never', 4],
    ] as const);
    if (when !== 'never') {
      const on = when === 'later' ? addWorkingDays(registeredOn, random.int(10, 40)) : registeredOn;
      if (on <= span.today) classifications.push({ recordedOn: on, group: firstGroup, effectiveFrom: on });
    }
    if (classifications.length > 0 && random.chance(0.15)) {
      const recordedOn = addWorkingDays(registeredOn, random.int(80, 500));
      if (recordedOn <= span.today) {
        // A fifth of the changes are corrections that apply from an earlier date.
        const backDated = random.chance(0.2);
        const effectiveFrom = backDated ? addDays(recordedOn, -random.int(30, 120)) : recordedOn;
        classifications.push({
          recordedOn,
          group: random.pick(OTHER_GROUPS[firstGroup]),
          effectiveFrom: effectiveFrom < classifications[0].effectiveFrom ? classifications[0].effectiveFrom : effectiveFrom,
        });
      }
    }

    let owner: Customer['owner'];
    if (random.chance(0.7)) {
      const womenLed = random.weighted<OwnerAnswer>([
        ['yes', 28],
        ['no', 64],
        ['unknown', 8],
      ]);
      const foreignBackground = random.weighted<OwnerAnswer>([
        ['yes', 19],
        ['no', 71],
        ['unknown', 10],
      ]);
      const recordedOn = random.chance(0.8) ? registeredOn : addWorkingDays(registeredOn, random.int(1, 20));
      const erasedOn = random.chance(0.003) ? addWorkingDays(recordedOn, random.int(60, 400)) : undefined;
      if (recordedOn <= span.today) owner = { womenLed, foreignBackground, recordedOn, ...(erasedOn !== undefined && erasedOn <= span.today ? { erasedOn } : {}) };
    }

    const phaseChangeOn = addWorkingDays(registeredOn, random.int(250, 700));
    const phaseChange =
      phase !== 'established' && phaseChangeOn <= span.today && phaseChangeOn <= activeUntil && random.chance(phase === 'early_stage' ? 0.4 : 0.1)
        ? { on: phaseChangeOn, phase: (phase === 'early_stage' ? 'growth' : 'established') as Phase }
        : undefined;
    const moveOn = addWorkingDays(registeredOn, random.int(60, 600));
    const movedTo: Region = region === 'vastmanland' ? 'orebro' : 'vastmanland';
    const move = moveOn <= span.today && random.chance(0.01) ? { on: moveOn, region: movedTo, municipality: random.weighted(MUNICIPALITIES[movedTo]) } : undefined;

    const customer: Customer = {
      id,
      name,
      region,
      municipality,
      foundedOn,
      phase,
      registeredOn,
      activeUntil,
      advisorId: advisor.userId,
      advisoryWeight: kind === 'loans' ? 0 : 0.5 + random.next() * 1.5,
      loanWeight: kind === 'advisory' ? 0 : 0.5 + random.next(),
      classifications,
      ...(owner === undefined ? {} : { owner }),
      ...(phaseChange === undefined ? {} : { phaseChange }),
      ...(move === undefined ? {} : { move }),
    };
    customers.push(customer);

    // A customer who only borrows is registered by a credit officer of the region, the others by their advisor.
    const officers = employees.filter((e) => e.kind === 'credit_officer' && e.startsOn <= registeredOn);
    const localOfficers = officers.filter((o) => o.region === region);
    const by = actorOf(kind === 'loans' && officers.length > 0 ? random.pick(localOfficers.length > 0 ? localOfficers : officers) : advisor);
    const key = customerKey(id);
    plan.add(registeredOn, PRIORITY.customerRegistration, by, key, [], {
      type: 'RegisterCustomer',
      body: { customerId: random.chance(0.3) ? `${id.slice(0, 6)}-${id.slice(6)}` : id, name, region, municipality, foundedOn, phase, registeredOn },
    });
    for (const c of classifications) {
      plan.add(c.recordedOn, PRIORITY.customerChange, by, key, [], { type: 'ClassifyCustomer', customerId: id, body: { group: c.group, effectiveFrom: c.effectiveFrom } });
    }
    if (owner !== undefined) {
      const named = random.chance(0.85);
      plan.add(owner.recordedOn, PRIORITY.customerChange, by, key, [], {
        type: 'RecordOwnerProfile',
        customerId: id,
        body: {
          womenLed: owner.womenLed,
          foreignBackground: owner.foreignBackground,
          ...(named ? { ownerName: ownerName(random, owner.womenLed, owner.foreignBackground) } : {}),
          recordedOn: owner.recordedOn,
        },
      });
      if (owner.erasedOn !== undefined) {
        plan.add(owner.erasedOn, PRIORITY.customerChange, actorOf(admin), key, [], { type: 'EraseCustomerPersonalData', customerId: id, body: { requestedOn: owner.erasedOn } });
      }
    }
    if (phaseChange !== undefined) {
      plan.add(phaseChange.on, PRIORITY.customerChange, by, key, [], {
        type: 'UpdateCustomerProfile',
        customerId: id,
        body: { phase: phaseChange.phase, updatedOn: phaseChange.on },
      });
    }
    if (move !== undefined) {
      plan.add(move.on, PRIORITY.customerChange, by, key, [], {
        type: 'UpdateCustomerProfile',
        customerId: id,
        body: { region: move.region, municipality: move.municipality, updatedOn: move.on },
      });
    }
  }
  return customers;
}

/** Customers by registration date, for finding who is active on a day. */
export class CustomerIndex {
  private readonly sorted: Customer[];

  constructor(customers: readonly Customer[]) {
    this.sorted = [...customers].sort((a, b) => (a.registeredOn < b.registeredOn ? -1 : a.registeredOn > b.registeredOn ? 1 : 0));
  }

  get all(): readonly Customer[] {
    return this.sorted;
  }

  /** Registered on or before the date and still in contact then. */
  activeOn(date: BusinessDate, filter: (customer: Customer) => boolean = () => true): Customer[] {
    const active: Customer[] = [];
    for (const customer of this.sorted) {
      if (customer.registeredOn > date) break;
      if (customer.activeUntil >= date && filter(customer)) active.push(customer);
    }
    return active;
  }

  /** Picks an active customer by weight, or undefined when none is active. */
  pick(random: Prng, date: BusinessDate, weight: (customer: Customer) => number, filter?: (customer: Customer) => boolean): Customer | undefined {
    const candidates: Customer[] = [];
    const weights: number[] = [];
    let total = 0;
    for (const customer of this.sorted) {
      if (customer.registeredOn > date) break;
      if (customer.activeUntil < date || (filter !== undefined && !filter(customer))) continue;
      const w = weight(customer);
      if (w <= 0) continue;
      candidates.push(customer);
      weights.push(w);
      total += w;
    }
    if (candidates.length === 0) return undefined;
    let point = random.next() * total;
    for (let i = 0; i < candidates.length; i += 1) {
      point -= weights[i];
      if (point < 0) return candidates[i];
    }
    return candidates[candidates.length - 1];
  }
}

export const regionOn = (customer: Customer, date: BusinessDate): Region => (customer.move !== undefined && customer.move.on <= date ? customer.move.region : customer.region);
export const phaseOn = (customer: Customer, date: BusinessDate): Phase =>
  customer.phaseChange !== undefined && customer.phaseChange.on <= date ? customer.phaseChange.phase : customer.phase;
