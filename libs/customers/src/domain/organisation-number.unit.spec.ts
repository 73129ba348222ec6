import { DomainError } from '#libs/decider';
import { formatOrganisationNumber, hasValidLuhnCheckDigit, isOrganisationNumber, parseOrganisationNumber, requireOrganisationNumber } from './organisation-number.js';

describe('OrganisationNumber', () => {
  it.each(['5560360793', '556036-0793', ' 556036-0793 ', '2021005489', '212000-0142'])('accepts the valid number %p', (input) => {
    expect(parseOrganisationNumber(input)).toBe(input.trim().replace('-', ''));
  });

  it.each([
    ['5560360794', 'wrong check digit'],
    ['5560360790', 'wrong check digit'],
    ['556036079', 'nine digits'],
    ['55603607931', 'eleven digits'],
    ['55603-60793', 'hyphen in the wrong place'],
    ['556036--0793', 'two hyphens'],
    ['556O360793', 'a letter'],
    ['', 'empty'],
  ])('refuses %p (%s)', (input) => {
    expect(parseOrganisationNumber(input)).toBeUndefined();
  });

  it('computes the Luhn check over all ten digits', () => {
    expect(hasValidLuhnCheckDigit('5560360793')).toBe(true);
    expect(hasValidLuhnCheckDigit('5560360794')).toBe(false);
    // Swapping two neighbouring digits changes the sum: the check catches a common typing error.
    expect(hasValidLuhnCheckDigit('5560360739')).toBe(false);
  });

  it('recognises only the normalised form as an id', () => {
    expect(isOrganisationNumber('5560360793')).toBe(true);
    expect(isOrganisationNumber('556036-0793')).toBe(false);
    expect(isOrganisationNumber('5560360794')).toBe(false);
    expect(isOrganisationNumber(5560360793)).toBe(false);
  });

  it('refuses an invalid number as invalid input on the named field', () => {
    expect(requireOrganisationNumber('556036-0793')).toBe('5560360793');
    let caught: unknown;
    try {
      requireOrganisationNumber('5560360794', 'orgnr');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect(caught).toMatchObject({ kind: 'invalid', code: 'invalid-organisation-number', field: 'orgnr' });
  });

  it('formats with the hyphen', () => {
    expect(formatOrganisationNumber(requireOrganisationNumber('5560360793'))).toBe('556036-0793');
  });

  it('takes nothing before or after the number (the pattern is anchored at both ends)', () => {
    for (const input of ['x556036-0793', '556036-0793x', 'AB 5560360793', '5560360793 kr']) expect([input, parseOrganisationNumber(input)]).toEqual([input, undefined]);
    // 11 digits whose first or last 10 would pass, and whose Luhn sum over all 11 is valid too.
    expect(isOrganisationNumber('05560360793')).toBe(false);
    expect(isOrganisationNumber('55603607932')).toBe(false);
  });

  it('refuses a value that is not a string as invalid input, not a crash', () => {
    for (const input of [5560360793, null, undefined, { id: '5560360793' }, ['5560360793']]) {
      expect(() => requireOrganisationNumber(input)).toThrow(DomainError);
    }
  });
});
