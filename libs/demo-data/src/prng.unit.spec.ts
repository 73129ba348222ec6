import { hasValidLuhnCheckDigit } from '#libs/customers';
import { luhnCheckDigit, newOrganisationNumber } from './organisation-numbers.js';
import { Prng } from './prng.js';

describe('seeded random numbers', () => {
  it('repeats the same sequence for the same seed, and not for another', () => {
    const draw = (seed: number): number[] => {
      const random = new Prng(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('draws within the asked bounds, roughly evenly', () => {
    const random = new Prng(1);
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 60_000; i += 1) counts[random.int(0, 5)] += 1;
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('forks generators that do not depend on what the parent draws later', () => {
    const parent = new Prng(9);
    const loans = parent.fork('loans');
    parent.next();
    parent.next();
    expect(loans.next()).toBe(new Prng(9).fork('loans').next());
    expect(new Prng(9).fork('loans').next()).not.toBe(new Prng(9).fork('advisory').next());
  });
});

describe('organisation numbers', () => {
  it('computes the Luhn check digit of a known organisationsnummer', () => {
    expect(luhnCheckDigit('556036079')).toBe(3);
    expect(luhnCheckDigit('202100548')).toBe(9);
  });

  it('makes unique numbers of the AB series that pass the check', () => {
    const random = new Prng(5);
    const taken = new Set<string>();
    const numbers = Array.from({ length: 2000 }, (_, i) => newOrganisationNumber(random, i % 2 === 0 ? 1995 : 2019, taken));
    expect(new Set(numbers).size).toBe(2000);
    expect(numbers.every((n) => /^55[69]\d{7}$/.test(n) && hasValidLuhnCheckDigit(n))).toBe(true);
    expect(numbers.filter((n) => n.startsWith('556'))).toHaveLength(1000);
  });
});
