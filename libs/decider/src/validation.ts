import { hasRole, type Actor, type Role } from './actor.js';
import { addDays, daysBetween, isBusinessDate, type BusinessDate, type BusinessDateWindow } from './business-date.js';
import { refuse } from './decider.js';

/**
 * Checks deciders run on a command's data, each refusing with kind 'invalid' (HTTP 400) on the field it
 * names, or kind 'forbidden' for the role check. Unless a function says otherwise the code is
 * `invalid-<field in kebab case>`, e.g. `invalid-amount-ore` for `amountOre`.
 */
const invalidCode = (field: string): string => `invalid-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export const authorise = (actor: Actor, roles: readonly Role[]): void => {
  if (!hasRole(actor, ...roles)) refuse('forbidden', 'role-not-allowed', `Requires one of the roles ${roles.join(', ')}`);
};

/** Code `invalid-date` whatever the field; a business date lies in the years 1900–2100. */
export const requireDate = (value: unknown, field: string): BusinessDate => {
  if (!isBusinessDate(value)) return refuse('invalid', 'invalid-date', `${field} must be a date YYYY-MM-DD`, field);
  if (value < '1900-01-01' || value > '2100-12-31') return refuse('invalid', 'invalid-date', `${field} must be a date in the years 1900–2100`, field);
  return value;
};

/**
 * The date an activity happened, recorded today: a valid date (400 otherwise), never after today and at most
 * the window's days before it (422 `business-date-in-future` / `business-date-outside-backdating-window`).
 */
export const requireDateInWindow = (value: unknown, field: string, window: BusinessDateWindow): BusinessDate => {
  const date = requireDate(value, field);
  if (date > window.today)
    refuse('rule', 'business-date-in-future', `${field} ${date} is in the future: business dates run up to today, ${window.today} (Europe/Stockholm)`, field);
  const earliest = addDays(window.today, -window.backdatingDays);
  if (date < earliest)
    refuse(
      'rule',
      'business-date-outside-backdating-window',
      `${field} ${date} is ${daysBetween(date, window.today)} days back: at most ${window.backdatingDays} days back is allowed, so from ${earliest}`,
      field,
    );
  return date;
};

/** A non-blank text, trimmed; code `required` whatever the field. */
export const requireText = (value: unknown, field: string): string =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : refuse('invalid', 'required', `${field} is required`, field);

export const optionalText = (value: unknown, field: string): string | undefined => (value === undefined ? undefined : requireText(value, field));

export const requireOneOf = <T extends string>(value: unknown, allowed: readonly T[], field: string): T =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : refuse('invalid', invalidCode(field), `${field} must be one of ${allowed.join(', ')}`, field);

export const requireOptionalOneOf = <T extends string>(value: unknown, allowed: readonly T[], field: string): T | undefined =>
  value === undefined ? undefined : requireOneOf(value, allowed, field);

export const requireBoolean = (value: unknown, field: string): boolean =>
  typeof value === 'boolean' ? value : refuse('invalid', invalidCode(field), `${field} must be true or false`, field);

export const requirePositiveInteger = (value: unknown, field: string): number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : refuse('invalid', invalidCode(field), `${field} must be a positive whole number`, field);

export const requireNonNegativeInteger = (value: unknown, field: string): number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : refuse('invalid', invalidCode(field), `${field} must be a whole number, 0 or more`, field);

/** Bounds included. Any integer passes, not only safe ones: the bounds are what limits it. */
export const requireIntegerBetween = (value: unknown, min: number, max: number, field: string): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : refuse('invalid', invalidCode(field), `${field} must be a whole number from ${min} to ${max}`, field);

export const requireFiniteNumber = (value: unknown, field: string): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : refuse('invalid', invalidCode(field), `${field} must be a number`, field);

/** A fraction 0..1 (shares are never percentages here). */
export const requireShare = (value: unknown, field: string): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1 ? value : refuse('invalid', invalidCode(field), `${field} must be a fraction from 0 to 1`, field);

export const requireYear = (value: unknown, field = 'year'): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2999
    ? value
    : refuse('invalid', invalidCode(field), `${field} must be a year 1900–2999`, field);

export const requireOptionalQuarter = (value: unknown, field = 'quarter'): 1 | 2 | 3 | 4 | undefined =>
  value === undefined || (typeof value === 'number' && [1, 2, 3, 4].includes(value))
    ? (value as 1 | 2 | 3 | 4 | undefined)
    : refuse('invalid', invalidCode(field), `${field} must be 1, 2, 3 or 4`, field);

/**
 * Money is integer öre; an amount booked is positive. `code` exists because the loans API answers
 * `invalid-amount` for every amount field, where the other areas answer `invalid-<field>`.
 */
export const requireAmountOre = (value: unknown, field: string, code = invalidCode(field)): number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : refuse('invalid', code, `${field} must be a positive whole number of öre`, field);

/** A part of a payment that may be zero (a payment of interest only); `code` as for `requireAmountOre`. */
export const requireAmountOreOrZero = (value: unknown, field: string, code = invalidCode(field)): number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : refuse('invalid', code, `${field} must be a whole number of öre, zero or more`, field);
