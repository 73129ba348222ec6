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

export const requireBoolean = (value: unknown, field: string): boolean =>
  typeof value === 'boolean' ? value : refuse('invalid', `invalid-${kebab(field)}`, `${field} must be true or false`, field);

export const requireIntegerBetween = (value: unknown, min: number, max: number, field: string): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : refuse('invalid', `invalid-${kebab(field)}`, `${field} must be a whole number from ${min} to ${max}`, field);
