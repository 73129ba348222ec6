/**
 * Mentor pair decider: one stream per pair, `mentor-pair-<pairId>`.
 * Invariants:
 * - only an advisor matches or concludes a pair;
 * - a pair belongs to one of the two mentor programmes, is matched once and concluded at most once,
 *   never before it was matched;
 * - the mentor's name is personal data (advisoryPersonalDataFields): it is carried only by
 *   MentorPairMatched, so erasing it leaves every other fact of the pair intact.
 */
import { assertNever, authorise, optionalText, refuse, requireDate, requireDateInWindow, requireOneOf, requireText, type BusinessDate, type Decider } from '#libs/decider';
import { requireOrganisationNumber, type OrganisationNumber } from '#libs/customers';
import { MENTOR_PROGRAMMES, type MentorProgramme } from './advisory-modules.js';
import type { MentorPairCommand } from './advisory.commands.js';
import type { MentorPairEvent } from './advisory.events.js';

interface Pair {
  readonly pairId: string;
  readonly programme: MentorProgramme;
  readonly customerId: OrganisationNumber;
  readonly matchedOn: BusinessDate;
  readonly fundingProjectId?: string;
}

export type MentorPairState = { readonly status: 'none' } | { readonly status: 'matched'; readonly pair: Pair } | { readonly status: 'concluded'; readonly pair: Pair };

const decide = (command: MentorPairCommand, state: MentorPairState): MentorPairEvent[] => {
  switch (command.type) {
    case 'MatchMentorPair': {
      const { data } = command;
      authorise(data.actor, ['advisor']);
      const pairId = requireText(data.pairId, 'pairId');
      const programme = requireOneOf(data.programme, MENTOR_PROGRAMMES, 'programme');
      const mentorName = requireText(data.mentorName, 'mentorName');
      const customerId = requireOrganisationNumber(data.customerId);
      const matchedOn = requireDateInWindow(data.matchedOn, 'matchedOn', data.window);
      const fundingProjectId = optionalText(data.fundingProjectId, 'fundingProjectId');
      if (state.status !== 'none') refuse('conflict', 'mentor-pair-already-matched', `Mentor pair ${pairId} is already matched`);
      return [
        {
          type: 'MentorPairMatched',
          data: {
            pairId,
            programme,
            mentorName,
            customerId,
            matchedOn,
            matchedBy: data.actor.userId,
            ...(fundingProjectId === undefined ? {} : { fundingProjectId }),
          },
        },
      ];
    }
    case 'ConcludeMentorPair': {
      const { data } = command;
      authorise(data.actor, ['advisor']);
      const concludedOn = requireDateInWindow(data.concludedOn, 'concludedOn', data.window);
      if (state.status === 'none') return refuse('not_found', 'mentor-pair-not-found', 'No such mentor pair');
      if (state.status === 'concluded') refuse('conflict', 'mentor-pair-already-concluded', 'The mentor pair is already concluded');
      const { pair } = state;
      if (concludedOn < pair.matchedOn) refuse('rule', 'concluded-before-matched', 'A mentor pair cannot be concluded before it was matched');
      return [{ type: 'MentorPairConcluded', data: { ...pair, concludedOn } }];
    }
    case 'EraseMentorName': {
      const { data } = command;
      authorise(data.actor, ['admin']);
      const requestedOn = requireDate(data.requestedOn, 'requestedOn');
      if (state.status === 'none') return refuse('not_found', 'mentor-pair-not-found', 'No such mentor pair');
      // Emitted even when nothing is held any more: the event is the record that the request was honoured.
      return [{ type: 'MentorNameErased', data: { pairId: state.pair.pairId, customerId: state.pair.customerId, requestedOn } }];
    }
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(command);
  }
};

const evolve = (state: MentorPairState, event: MentorPairEvent): MentorPairState => {
  switch (event.type) {
    case 'MentorPairMatched': {
      const { pairId, programme, customerId, matchedOn, fundingProjectId } = event.data;
      return { status: 'matched', pair: { pairId, programme, customerId, matchedOn, ...(fundingProjectId === undefined ? {} : { fundingProjectId }) } };
    }
    case 'MentorPairConcluded':
      return state.status === 'none' ? state : { status: 'concluded', pair: state.pair };
    case 'MentorNameErased':
      return state;
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(event);
  }
};

export const mentorPairDecider: Decider<MentorPairCommand, MentorPairEvent, MentorPairState> = {
  initialState: () => ({ status: 'none' }),
  decide,
  evolve,
};
