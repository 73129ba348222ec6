/**
 * A decider: `decide(command, state) → events` and `evolve(state, event) → state`, both pure.
 * Time, ids and facts from elsewhere (who acts, whether they are certified today) arrive inside the
 * command; nothing here reads a clock, makes an id or does I/O.
 */
export interface DomainEvent<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Data;
}

export interface Decider<Command, Event extends DomainEvent, State> {
  readonly initialState: () => State;
  readonly decide: (command: Command, state: State) => Event[];
  readonly evolve: (state: State, event: Event) => State;
}

export const fold = <Event extends DomainEvent, State>(decider: Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>, events: readonly Event[]): State =>
  events.reduce(decider.evolve, decider.initialState());

/**
 * A refused command. The kind decides the HTTP status:
 * rule → 422, forbidden → 403, not_found → 404, conflict → 409, invalid → 400.
 */
export type DomainErrorKind = 'rule' | 'forbidden' | 'not_found' | 'conflict' | 'invalid';

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly kind: DomainErrorKind,
    /** A stable, machine-readable reason, e.g. `disbursement-exceeds-granted-amount`. */
    readonly code: string,
    message: string,
    /** For kind 'invalid': the offending field. */
    readonly field?: string,
  ) {
    super(message);
  }
}

export const refuse = (kind: DomainErrorKind, code: string, message: string, field?: string): never => {
  throw new DomainError(kind, code, message, field);
};

/** Exhaustiveness guard for switches over discriminated unions. */
export const assertNever = (value: never): never => {
  throw new Error(`Unexpected value ${JSON.stringify(value)}`);
};
