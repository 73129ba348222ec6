import { hasRole, isBusinessDate, refuse, type Actor, type BusinessDate, type Role } from '#libs/decider';

const kebab = (field: string): string => field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export const authorise = (actor: Actor, roles: readonly Role[]): void => {
  if (!hasRole(actor, ...roles)) refuse('forbidden', 'role-not-allowed', `Requires one of the roles ${roles.join(', ')}`);
};

export const requireDate = (value: unknown, field: string): BusinessDate =>
  isBusinessDate(value) ? value : refuse('invalid', 'invalid-date', `${field} must be a date YYYY-MM-DD`, field);

/** A non-blank text, trimmed. */
export const requireText = (value: unknown, field: string): string =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : refuse('invalid', 'required', `${field} is required`, field);

export const requireOneOf = <T extends string>(value: unknown, allowed: readonly T[], field: string): T =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : refuse('invalid', `invalid-${kebab(field)}`, `${field} must be one of ${allowed.join(', ')}`, field);

export const requireOptionalOneOf = <T extends string>(value: unknown, allowed: readonly T[], field: string): T | undefined =>
  value === undefined ? undefined : requireOneOf(value, allowed, field);

export const requireYear = (value: unknown, field = 'year'): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2999
    ? value
    : refuse('invalid', `invalid-${kebab(field)}`, `${field} must be a year 1900–2999`, field);

export const requireOptionalQuarter = (value: unknown, field = 'quarter'): 1 | 2 | 3 | 4 | undefined =>
  value === undefined || (typeof value === 'number' && [1, 2, 3, 4].includes(value))
    ? (value as 1 | 2 | 3 | 4 | undefined)
    : refuse('invalid', `invalid-${kebab(field)}`, `${field} must be 1, 2, 3 or 4`, field);

/** A fraction 0..1 (shares are never percentages here). */
export const requireShare = (value: unknown, field: string): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1
    ? value
    : refuse('invalid', `invalid-${kebab(field)}`, `${field} must be a fraction from 0 to 1`, field);

export const requireNonNegativeInteger = (value: unknown, field: string): number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
    ? value
    : refuse('invalid', `invalid-${kebab(field)}`, `${field} must be a whole number, 0 or more`, field);

export const requireFiniteNumber = (value: unknown, field: string): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : refuse('invalid', `invalid-${kebab(field)}`, `${field} must be a number`, field);
