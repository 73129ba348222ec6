import { refuse } from '#libs/decider';

/**
 * A Swedish organisationsnummer normalised to its 10 digits: the customer's id. The brand keeps a raw
 * user input from being used as an id (or a stream name) before it has been parsed.
 */
export type OrganisationNumber = string & { readonly __brand: 'OrganisationNumber' };

/** Six digits, an optional hyphen, four digits: `5560360793` or `556036-0793`. */
const INPUT = /^(\d{6})-?(\d{4})$/;
const NORMALISED = /^\d{10}$/;

/** Luhn over all the digits (for an organisationsnummer the 10th digit is the check digit). */
export const hasValidLuhnCheckDigit = (digits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    const digit = Number(digits[digits.length - 1 - i]);
    const weighted = i % 2 === 1 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum % 10 === 0;
};

export const parseOrganisationNumber = (input: string): OrganisationNumber | undefined => {
  const match = INPUT.exec(input.trim());
  if (!match) return undefined;
  const digits = `${match[1]}${match[2]}`;
  return hasValidLuhnCheckDigit(digits) ? (digits as OrganisationNumber) : undefined;
};

/** True for an already normalised number (10 digits, valid check digit). */
export const isOrganisationNumber = (value: unknown): value is OrganisationNumber => typeof value === 'string' && NORMALISED.test(value) && hasValidLuhnCheckDigit(value);

/** Parses or refuses with kind 'invalid' (HTTP 400) on the given field. */
export const requireOrganisationNumber = (input: unknown, field = 'customerId'): OrganisationNumber => {
  const parsed = typeof input === 'string' ? parseOrganisationNumber(input) : undefined;
  return parsed ?? refuse('invalid', 'invalid-organisation-number', `${field} must be a 10-digit organisationsnummer with a valid check digit`, field);
};

/** The conventional written form `NNNNNN-NNNN`. */
export const formatOrganisationNumber = (id: OrganisationNumber): string => `${id.slice(0, 6)}-${id.slice(6)}`;
