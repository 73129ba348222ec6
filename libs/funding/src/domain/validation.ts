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

/** Money is integer öre; an amount booked is positive. */
export const requireAmountOre = (value: unknown, field: string): number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0
    ? value
    : refuse('invalid', `invalid-${kebab(field)}`, `${field} must be a positive whole number of öre`, field);
