import type { Prng } from './prng.js';

/** The digit that makes the Luhn sum of `digits` + it a multiple of 10 (the organisationsnummer's tenth digit). */
export const luhnCheckDigit = (digits: string): number => {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    // Counted from the right of the finished number, where the check digit is position 0.
    const digit = Number(digits[digits.length - 1 - i]);
    const weighted = i % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return (10 - (sum % 10)) % 10;
};

/**
 * A new aktiebolag's organisationsnummer: 556 for companies registered before 2009 (when that series
 * ran out), 559 after, six random digits and the Luhn check digit. Never one already in `taken`.
 */
export const newOrganisationNumber = (random: Prng, foundedYear: number, taken: Set<string>): string => {
  for (;;) {
    const body = `${foundedYear < 2009 ? '556' : '559'}${String(random.int(0, 999_999)).padStart(6, '0')}`;
    const number = `${body}${luhnCheckDigit(body)}`;
    if (!taken.has(number)) {
      taken.add(number);
      return number;
    }
  }
};
