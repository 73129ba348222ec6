import type { Actor } from './actor.js';
import { DomainError } from './decider.js';
import {
  authorise,
  optionalText,
  requireAmountOre,
  requireAmountOreOrZero,
  requireBoolean,
  requireDate,
  requireFiniteNumber,
  requireIntegerBetween,
  requireNonNegativeInteger,
  requireOneOf,
  requireOptionalOneOf,
  requireOptionalQuarter,
  requirePositiveInteger,
  requireShare,
  requireText,
  requireYear,
} from './validation.js';

const refusalOf = (check: () => unknown): Pick<DomainError, 'kind' | 'code' | 'message' | 'field'> => {
  try {
    check();
  } catch (error) {
    if (error instanceof DomainError) return { kind: error.kind, code: error.code, message: error.message, field: error.field };
    throw error;
  }
  throw new Error('The value was not refused');
};

const invalid = (code: string, message: string, field: string) => ({ kind: 'invalid', code, message, field });

describe('authorise', () => {
  const advisor: Actor = { userId: 'anna', roles: ['advisor'] };

  it('lets an actor with one of the roles through', () => {
    expect(() => authorise(advisor, ['controller', 'advisor'])).not.toThrow();
  });

  it('refuses any other actor as forbidden, naming the roles and no field', () => {
    expect(refusalOf(() => authorise(advisor, ['controller', 'admin']))).toEqual({
      kind: 'forbidden',
      code: 'role-not-allowed',
      message: 'Requires one of the roles controller, admin',
      field: undefined,
    });
  });
});

describe('requireDate', () => {
  it('accepts a real calendar date', () => {
    expect(requireDate('2024-02-29', 'paidOn')).toBe('2024-02-29');
  });

  it.each([['2025-02-29'], ['2025-1-05'], [''], [20250105], [undefined]])('refuses %p with the code invalid-date whatever the field', (value) => {
    expect(refusalOf(() => requireDate(value, 'paidOn'))).toEqual(invalid('invalid-date', 'paidOn must be a date YYYY-MM-DD', 'paidOn'));
  });
});

describe('requireDate: the years 1900–2100', () => {
  it('accepts both ends and refuses a day beyond either as invalid', () => {
    expect([requireDate('1900-01-01', 'paidOn'), requireDate('2100-12-31', 'paidOn')]).toEqual(['1900-01-01', '2100-12-31']);
    for (const value of ['1899-12-31', '2101-01-01', '2999-12-31'])
      expect(refusalOf(() => requireDate(value, 'paidOn'))).toEqual(invalid('invalid-date', 'paidOn must be a date in the years 1900–2100', 'paidOn'));
  });
});

describe('requireText', () => {
  it('trims the text', () => {
    expect(requireText('  Konkurs \n', 'reason')).toBe('Konkurs');
  });

  it.each([[''], ['   '], [undefined], [42]])('refuses %p with the code required whatever the field', (value) => {
    expect(refusalOf(() => requireText(value, 'reason'))).toEqual(invalid('required', 'reason is required', 'reason'));
  });
});

describe('optionalText', () => {
  it('leaves an absent text absent and trims a given one', () => {
    expect([optionalText(undefined, 'note'), optionalText(' Uppföljning ', 'note')]).toEqual([undefined, 'Uppföljning']);
  });

  it('refuses a blank text that is given', () => {
    expect(refusalOf(() => optionalText(' ', 'fundingProjectId'))).toEqual(invalid('required', 'fundingProjectId is required', 'fundingProjectId'));
  });
});

describe('requireOneOf', () => {
  const regions = ['vastmanland', 'orebro'] as const;

  it('accepts an allowed value', () => {
    expect(requireOneOf('orebro', regions, 'region')).toBe('orebro');
  });

  it.each([['uppsala'], ['Orebro'], [undefined]])('refuses %p with a code made from the field in kebab case', (value) => {
    expect(refusalOf(() => requireOneOf(value, regions, 'homeRegion'))).toEqual(invalid('invalid-home-region', 'homeRegion must be one of vastmanland, orebro', 'homeRegion'));
  });
});

describe('requireOptionalOneOf', () => {
  it('leaves an absent value absent and checks a given one', () => {
    expect([requireOptionalOneOf(undefined, ['a', 'b'], 'letter'), requireOptionalOneOf('b', ['a', 'b'], 'letter')]).toEqual([undefined, 'b']);
    expect(refusalOf(() => requireOptionalOneOf('c', ['a', 'b'], 'letter'))).toEqual(invalid('invalid-letter', 'letter must be one of a, b', 'letter'));
  });
});

describe('requireBoolean', () => {
  it('accepts true and false', () => {
    expect([requireBoolean(true, 'followUp'), requireBoolean(false, 'followUp')]).toEqual([true, false]);
  });

  it.each([['true'], [1], [undefined]])('refuses %p', (value) => {
    expect(refusalOf(() => requireBoolean(value, 'followUp'))).toEqual(invalid('invalid-follow-up', 'followUp must be true or false', 'followUp'));
  });
});

describe('requirePositiveInteger', () => {
  it('accepts a positive safe integer', () => {
    expect(requirePositiveInteger(90, 'minutes')).toBe(90);
  });

  it.each([[0], [-5], [1.5], [2 ** 53], [Number.NaN], ['90']])('refuses %p', (value) => {
    expect(refusalOf(() => requirePositiveInteger(value, 'minutes'))).toEqual(invalid('invalid-minutes', 'minutes must be a positive whole number', 'minutes'));
  });
});

describe('requireNonNegativeInteger', () => {
  it('accepts zero and a positive safe integer', () => {
    expect([requireNonNegativeInteger(0, 'value'), requireNonNegativeInteger(320, 'value')]).toEqual([0, 320]);
  });

  it.each([[-1], [0.5], [2 ** 53], ['320']])('refuses %p', (value) => {
    expect(refusalOf(() => requireNonNegativeInteger(value, 'value'))).toEqual(invalid('invalid-value', 'value must be a whole number, 0 or more', 'value'));
  });
});

describe('requireIntegerBetween', () => {
  it('accepts both bounds', () => {
    expect([requireIntegerBetween(0, 0, 10, 'score'), requireIntegerBetween(10, 0, 10, 'score')]).toEqual([0, 10]);
  });

  it.each([[-1], [11], [7.5], ['7']])('refuses %p, naming the bounds', (value) => {
    expect(refusalOf(() => requireIntegerBetween(value, 0, 10, 'score'))).toEqual(invalid('invalid-score', 'score must be a whole number from 0 to 10', 'score'));
  });
});

describe('requireFiniteNumber', () => {
  it('accepts any finite number, fractions and negatives too', () => {
    expect([requireFiniteNumber(-2.5, 'value'), requireFiniteNumber(0, 'value')]).toEqual([-2.5, 0]);
  });

  it.each([[Number.POSITIVE_INFINITY], [Number.NaN], ['1']])('refuses %p', (value) => {
    expect(refusalOf(() => requireFiniteNumber(value, 'value'))).toEqual(invalid('invalid-value', 'value must be a number', 'value'));
  });
});

describe('requireShare', () => {
  it('accepts a fraction from 0 to 1, bounds included', () => {
    expect([requireShare(0, 'share'), requireShare(0.35, 'share'), requireShare(1, 'share')]).toEqual([0, 0.35, 1]);
  });

  it.each([[35], [-0.1], [Number.POSITIVE_INFINITY], ['0.35']])('refuses %p (shares are never percentages)', (value) => {
    expect(refusalOf(() => requireShare(value, 'share'))).toEqual(invalid('invalid-share', 'share must be a fraction from 0 to 1', 'share'));
  });
});

describe('requireYear', () => {
  it('accepts a year from 1900 to 2999', () => {
    expect([requireYear(1900), requireYear(2999)]).toEqual([1900, 2999]);
  });

  it.each([[1899], [3000], [2025.5], ['2025']])('refuses %p on the field year unless told otherwise', (value) => {
    expect(refusalOf(() => requireYear(value))).toEqual(invalid('invalid-year', 'year must be a year 1900–2999', 'year'));
    expect(refusalOf(() => requireYear(value, 'fromYear')).field).toBe('fromYear');
  });
});

describe('requireOptionalQuarter', () => {
  it('accepts 1 to 4 and an absent quarter', () => {
    expect([1, 2, 3, 4, undefined].map((q) => requireOptionalQuarter(q))).toEqual([1, 2, 3, 4, undefined]);
  });

  it.each([[0], [5], [1.5], ['1']])('refuses %p on the field quarter unless told otherwise', (value) => {
    expect(refusalOf(() => requireOptionalQuarter(value))).toEqual(invalid('invalid-quarter', 'quarter must be 1, 2, 3 or 4', 'quarter'));
  });
});

describe('requireAmountOre', () => {
  it('accepts a positive whole number of öre', () => {
    expect(requireAmountOre(150_000_00, 'amountOre')).toBe(150_000_00);
  });

  it.each([[0], [-100], [1.5], [Number.NaN], [2 ** 53], ['100']])('refuses %p with a code made from the field', (value) => {
    expect(refusalOf(() => requireAmountOre(value, 'amountOre'))).toEqual(invalid('invalid-amount-ore', 'amountOre must be a positive whole number of öre', 'amountOre'));
  });

  it('refuses with the code it is given (loans answer invalid-amount)', () => {
    expect(refusalOf(() => requireAmountOre(0, 'amountOre', 'invalid-amount'))).toEqual(invalid('invalid-amount', 'amountOre must be a positive whole number of öre', 'amountOre'));
  });
});

describe('requireAmountOreOrZero', () => {
  it('accepts zero and a positive whole number of öre', () => {
    expect([requireAmountOreOrZero(0, 'feesOre'), requireAmountOreOrZero(50_00, 'feesOre')]).toEqual([0, 50_00]);
  });

  it.each([[-1], [0.5], [2 ** 53], [undefined]])('refuses %p', (value) => {
    expect(refusalOf(() => requireAmountOreOrZero(value, 'feesOre'))).toEqual(invalid('invalid-fees-ore', 'feesOre must be a whole number of öre, zero or more', 'feesOre'));
    expect(refusalOf(() => requireAmountOreOrZero(value, 'feesOre', 'invalid-amount')).code).toBe('invalid-amount');
  });
});
