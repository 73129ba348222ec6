/**
 * Advisory session decider: one stream per session, `advisory-session-<sessionId>`.
 * Invariants:
 * - only an advisor logs a session, and only their own (advisorId is the actor);
 * - a session is logged once;
 * - the customer is a valid organisationsnummer, the date a business date, the duration a positive
 *   whole number of minutes.
 */
import { assertNever, authorise, optionalText, refuse, requireBoolean, requireDateInWindow, requirePositiveInteger, requireText, type Decider } from '#libs/decider';
import { requireOrganisationNumber } from '#libs/customers';
import type { AdvisorySessionCommand } from './advisory.commands.js';
import type { AdvisorySessionEvent } from './advisory.events.js';

export interface AdvisorySessionState {
  readonly logged: boolean;
}

const decide = (command: AdvisorySessionCommand, state: AdvisorySessionState): AdvisorySessionEvent[] => {
  switch (command.type) {
    case 'LogAdvisorySession': {
      const { data } = command;
      authorise(data.actor, ['advisor']);
      const advisorId = requireText(data.advisorId, 'advisorId');
      if (advisorId !== data.actor.userId) refuse('forbidden', 'session-for-someone-else', 'An advisor logs only their own sessions');
      const sessionId = requireText(data.sessionId, 'sessionId');
      const customerId = requireOrganisationNumber(data.customerId);
      const date = requireDateInWindow(data.date, 'date', data.window);
      const durationMinutes = requirePositiveInteger(data.durationMinutes, 'durationMinutes');
      const sustainabilityDiscussed = requireBoolean(data.sustainabilityDiscussed, 'sustainabilityDiscussed');
      const fundingProjectId = optionalText(data.fundingProjectId, 'fundingProjectId');
      if (state.logged) refuse('conflict', 'session-already-logged', `Session ${sessionId} is already logged`);
      return [
        {
          type: 'AdvisorySessionLogged',
          data: {
            sessionId,
            customerId,
            advisorId,
            date,
            durationMinutes,
            sustainabilityDiscussed,
            ...(fundingProjectId === undefined ? {} : { fundingProjectId }),
          },
        },
      ];
    }
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(command.type);
  }
};

const evolve = (state: AdvisorySessionState, event: AdvisorySessionEvent): AdvisorySessionState => {
  switch (event.type) {
    case 'AdvisorySessionLogged':
      return { logged: true };
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(event.type);
  }
};

export const advisorySessionDecider: Decider<AdvisorySessionCommand, AdvisorySessionEvent, AdvisorySessionState> = {
  initialState: () => ({ logged: false }),
  decide,
  evolve,
};
