import {
  assertNever,
  hasRole,
  refuse,
  REGIONS,
  requireDate,
  requireOneOf,
  requireText,
  ROLES,
  type Actor,
  type BusinessDate,
  type Decider,
  type Region,
  type Role,
} from '#libs/decider';
import type { CertificationCommand, EmployeeCommand } from './staff.commands.js';
import type { CertificationEvent, EmployeeEvent } from './staff.events.js';

const requireAdmin = (actor: Actor): void => {
  if (!hasRole(actor, 'admin')) refuse('forbidden', 'role-not-allowed', 'Only an admin manages employees and certifications');
};

/** Known roles, each once, in the canonical order, so that equal sets compare equal. */
const requireRoles = (roles: unknown): Role[] => {
  if (!Array.isArray(roles)) return refuse('invalid', 'invalid-roles', 'roles must be a list of roles', 'roles');
  for (const role of roles) requireOneOf(role, ROLES, 'roles');
  return ROLES.filter((role) => roles.includes(role));
};

const sameRoles = (a: readonly Role[], b: readonly Role[]): boolean => a.length === b.length && a.every((role, i) => role === b[i]);

export interface RegisteredEmployee {
  readonly status: 'registered';
  readonly userId: string;
  readonly name: string;
  readonly region: Region;
  readonly roles: readonly Role[];
}

export type EmployeeState = { readonly status: 'unregistered' } | RegisteredEmployee;

const decideEmployee = (command: EmployeeCommand, state: EmployeeState): EmployeeEvent[] => {
  switch (command.type) {
    case 'RegisterEmployee': {
      const { data } = command;
      requireAdmin(data.actor);
      const userId = requireText(data.userId, 'userId');
      if (state.status === 'registered') refuse('conflict', 'employee-already-registered', `Employee ${userId} is already registered`);
      return [
        {
          type: 'EmployeeRegistered',
          data: { userId, name: requireText(data.name, 'name'), region: requireOneOf(data.region, REGIONS, 'region'), roles: requireRoles(data.roles) },
        },
      ];
    }
    case 'ChangeEmployeeRoles': {
      const { data } = command;
      requireAdmin(data.actor);
      if (state.status !== 'registered') return refuse('not_found', 'employee-not-found', 'No such employee');
      const roles = requireRoles(data.roles);
      if (sameRoles(roles, state.roles)) return [];
      return [{ type: 'EmployeeRolesChanged', data: { userId: state.userId, roles, previousRoles: state.roles } }];
    }
    case 'EraseEmployeePersonalData': {
      const { data } = command;
      requireAdmin(data.actor);
      if (state.status !== 'registered') return refuse('not_found', 'employee-not-found', 'No such employee');
      // Emitted even when nothing is held any more: the event is the record that the request was honoured.
      return [{ type: 'EmployeePersonalDataErased', data: { userId: state.userId, requestedOn: requireDate(data.requestedOn, 'requestedOn') } }];
    }
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(command);
  }
};

const evolveEmployee = (state: EmployeeState, event: EmployeeEvent): EmployeeState => {
  switch (event.type) {
    case 'EmployeeRegistered':
      return { status: 'registered', ...event.data };
    case 'EmployeeRolesChanged':
      return state.status === 'registered' ? { ...state, roles: event.data.roles } : state;
    case 'EmployeePersonalDataErased':
      return state;
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(event);
  }
};

/**
 * Employee decider: one stream per user, `employee-<userId>` (the identity provider's subject).
 * Invariants:
 * - only an admin registers employees and changes their roles;
 * - an employee is registered once; roles are known roles, kept as a set;
 * - a role change to the roles already held emits nothing;
 * - only an admin erases an employee's personal data (the name), and only of a registered employee.
 */
export const employeeDecider: Decider<EmployeeCommand, EmployeeEvent, EmployeeState> = {
  initialState: () => ({ status: 'unregistered' }),
  decide: decideEmployee,
  evolve: evolveEmployee,
};

export interface CertificationGrant {
  readonly validFrom: BusinessDate;
  readonly validTo?: BusinessDate;
  /** The earliest effectiveFrom of the revocations recorded after this grant. */
  readonly revokedFrom?: BusinessDate;
}

export interface CertificationState {
  readonly userId: string | undefined;
  /** In the order recorded. */
  readonly grants: readonly CertificationGrant[];
}

const grantCovers = (grant: CertificationGrant, date: BusinessDate): boolean =>
  grant.validFrom <= date && (grant.validTo === undefined || date <= grant.validTo) && (grant.revokedFrom === undefined || date < grant.revokedFrom);

export const isCertifiedOn = (state: CertificationState, date: BusinessDate): boolean => state.grants.some((grant) => grantCovers(grant, date));

const earliest = (a: BusinessDate | undefined, b: BusinessDate): BusinessDate => (a !== undefined && a < b ? a : b);

const decideCertification = (command: CertificationCommand, state: CertificationState): CertificationEvent[] => {
  switch (command.type) {
    case 'GrantCreditCertification': {
      const { data } = command;
      requireAdmin(data.actor);
      const userId = requireText(data.userId, 'userId');
      const validFrom = requireDate(data.validFrom, 'validFrom');
      const validTo = data.validTo === undefined ? undefined : requireDate(data.validTo, 'validTo');
      if (validTo !== undefined && validTo < validFrom) refuse('invalid', 'valid-to-before-valid-from', 'validTo must not be before validFrom', 'validTo');
      const alreadyInForce = state.grants.some((g) => g.validFrom === validFrom && g.validTo === validTo && g.revokedFrom === undefined);
      if (alreadyInForce) return [];
      return [{ type: 'CreditCertificationGranted', data: { userId, validFrom, ...(validTo === undefined ? {} : { validTo }) } }];
    }
    case 'RevokeCreditCertification': {
      const { data } = command;
      requireAdmin(data.actor);
      if (state.userId === undefined) return refuse('not_found', 'certification-not-found', 'This person was never granted a credit certification');
      const effectiveFrom = requireDate(data.effectiveFrom, 'effectiveFrom');
      const endsSomething = state.grants.some((g) => (g.validTo === undefined || g.validTo >= effectiveFrom) && (g.revokedFrom === undefined || g.revokedFrom > effectiveFrom));
      if (!endsSomething) return [];
      return [{ type: 'CreditCertificationRevoked', data: { userId: state.userId, effectiveFrom } }];
    }
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(command);
  }
};

const evolveCertification = (state: CertificationState, event: CertificationEvent): CertificationState => {
  switch (event.type) {
    case 'CreditCertificationGranted': {
      const { userId, validFrom, validTo } = event.data;
      return { userId, grants: [...state.grants, { validFrom, validTo }] };
    }
    case 'CreditCertificationRevoked':
      return {
        ...state,
        grants: state.grants.map((g) => ({ ...g, revokedFrom: earliest(g.revokedFrom, event.data.effectiveFrom) })),
      };
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(event);
  }
};

/**
 * Credit-certification decider: one stream per credit officer, `certification-<userId>`.
 * Invariants:
 * - only an admin grants and revokes;
 * - a grant covers validFrom..validTo inclusive (validTo may be open) and never ends before it starts;
 * - a revocation ends, from its effectiveFrom, every grant recorded before it; a grant recorded after
 *   a revocation is a fresh certification (several grants over time are allowed);
 * - repeating a grant still in force, or a revocation that ends nothing more, emits nothing;
 *   revoking a person never certified is refused.
 * `isCertifiedOn` answers the question the credit process asks; handlers pass its result into loan commands.
 */
export const creditCertificationDecider: Decider<CertificationCommand, CertificationEvent, CertificationState> = {
  initialState: () => ({ userId: undefined, grants: [] }),
  decide: decideCertification,
  evolve: evolveCertification,
};
