import { DomainError, type Decider, type DomainEvent } from './decider.js';

/**
 * The one grammar for decider tests:
 *   given(decider, pastEvents).when(command).then(expectedEvents)
 *   given(decider, pastEvents).when(command).thenRefuses('rule', 'code')
 *   given(decider, pastEvents).when(command).thenRefuses('invalid', 'code', 'field')
 */
export const given = <Command, Event extends DomainEvent, State>(decider: Decider<Command, Event, State>, past: readonly Event[] = []) => ({
  when: (command: Command) => {
    const run = (): Event[] => decider.decide(command, past.reduce(decider.evolve, decider.initialState()));
    return {
      then: (expected: readonly Event[]): void => {
        expect(run()).toStrictEqual(expected);
      },
      thenRefuses: (kind: DomainError['kind'], code?: string, field?: string): void => {
        let caught: unknown;
        try {
          run();
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(DomainError);
        expect((caught as DomainError).kind).toBe(kind);
        if (code !== undefined) expect((caught as DomainError).code).toBe(code);
        if (field !== undefined) expect((caught as DomainError).field).toBe(field);
      },
    };
  },
});
