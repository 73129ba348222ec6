import { isBusinessDate, refuse, type BusinessDate } from '#libs/decider';

export const requireDate = (value: unknown, field: string): BusinessDate =>
  isBusinessDate(value) ? value : refuse('invalid', 'invalid-date', `${field} must be a date YYYY-MM-DD`, field);

/** A non-blank text, trimmed. */
export const requireText = (value: unknown, field: string): string =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : refuse('invalid', 'required', `${field} is required`, field);

export const requireOneOf = <T extends string>(value: unknown, allowed: readonly T[], field: string): T =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : refuse('invalid', `invalid-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, `${field} must be one of ${allowed.join(', ')}`, field);

/** Money in öre: a positive safe integer. */
export const requireAmount = (value: unknown, field: string): number =>
  Number.isSafeInteger(value) && (value as number) > 0 ? (value as number) : refuse('invalid', 'invalid-amount', `${field} must be a positive whole number of öre`, field);

/** A part of a payment that may be zero (a payment of interest only). */
export const requireAmountOrZero = (value: unknown, field: string): number =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : refuse('invalid', 'invalid-amount', `${field} must be a whole number of öre, zero or more`, field);
