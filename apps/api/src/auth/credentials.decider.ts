import { assertNever, hasRole, refuse, type Actor, type Decider, type DomainEvent } from '#libs/decider';

/** Event type strings are stored: never rename them. Carries no secret: the hash lives in auth_credentials. */
export type PasswordSet = DomainEvent<'PasswordSet', { readonly userId: string; readonly setBy: string; readonly ownPassword: boolean }>;
export type CredentialEvent = PasswordSet;

export interface SetPassword {
  readonly type: 'SetPassword';
  readonly data: {
    readonly userId: string;
    /** Only its length reaches the decider; the password itself is hashed by the handler. */
    readonly passwordLength: number;
    readonly minLength: number;
    readonly maxLength: number;
    /** Looked up by the handler from the employee's stream. */
    readonly employeeRegistered: boolean;
    readonly actor: Actor;
  };
}
export type CredentialCommand = SetPassword;

export interface CredentialState {
  readonly timesSet: number;
}

/** A person's local sign-in credentials, one stream per user: `credentials-<userId>`. */
export const credentialStream = (userId: string): string => `credentials-${userId}`;

/**
 * Invariants:
 * - an admin sets anyone's password; any employee sets their own; nobody else;
 * - only for a registered employee;
 * - at least `minLength` characters (and at most `maxLength`); setting the same password again is a new
 *   PasswordSet (the decider cannot and must not know the old one).
 */
export const credentialDecider: Decider<CredentialCommand, CredentialEvent, CredentialState> = {
  initialState: () => ({ timesSet: 0 }),
  decide: (command) => {
    switch (command.type) {
      case 'SetPassword': {
        const { data } = command;
        const own = data.actor.userId === data.userId;
        if (!own && !hasRole(data.actor, 'admin')) refuse('forbidden', 'role-not-allowed', "Only an admin sets another person's password");
        if (!data.employeeRegistered) refuse('not_found', 'employee-not-found', 'No such employee');
        if (data.passwordLength < data.minLength) refuse('invalid', 'password-too-short', `password must be at least ${data.minLength} characters`, 'password');
        if (data.passwordLength > data.maxLength) refuse('invalid', 'password-too-long', `password must be at most ${data.maxLength} characters`, 'password');
        return [{ type: 'PasswordSet', data: { userId: data.userId, setBy: data.actor.userId, ownPassword: own } }];
      }
      default:
        return assertNever(command.type);
    }
  },
  evolve: (state, event) => {
    switch (event.type) {
      case 'PasswordSet':
        return { timesSet: state.timesSet + 1 };
      default:
        return assertNever(event.type);
    }
  },
};
