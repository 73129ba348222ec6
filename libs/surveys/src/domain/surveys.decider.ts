/**
 * Survey answer decider: one stream per answer, `survey-answer-<answerId>`.
 * Invariants:
 * - an advisor, a controller or an admin records answers;
 * - an answer is recorded once; it says whether the customer would recommend Almi and may carry a
 *   whole-number score 0–10.
 */
import { assertNever, authorise, refuse, requireBoolean, requireDateInWindow, requireIntegerBetween, requireText, type Decider } from '#libs/decider';
import { requireOrganisationNumber } from '#libs/customers';
import type { SurveysCommand } from './surveys.commands.js';
import type { SurveysEvent } from './surveys.events.js';

export interface SurveyAnswerState {
  readonly recorded: boolean;
}

const decide = (command: SurveysCommand, state: SurveyAnswerState): SurveysEvent[] => {
  switch (command.type) {
    case 'RecordSurveyAnswer': {
      const { data } = command;
      authorise(data.actor, ['advisor', 'controller', 'admin']);
      const answerId = requireText(data.answerId, 'answerId');
      const customerId = requireOrganisationNumber(data.customerId);
      const answeredOn = requireDateInWindow(data.answeredOn, 'answeredOn', data.window);
      const wouldRecommend = requireBoolean(data.wouldRecommend, 'wouldRecommend');
      const score = data.score === undefined ? undefined : requireIntegerBetween(data.score, 0, 10, 'score');
      if (state.recorded) refuse('conflict', 'survey-answer-already-recorded', `Survey answer ${answerId} is already recorded`);
      return [
        {
          type: 'SurveyAnswerRecorded',
          data: { answerId, customerId, answeredOn, wouldRecommend, ...(score === undefined ? {} : { score }), recordedBy: data.actor.userId },
        },
      ];
    }
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(command.type);
  }
};

const evolve = (state: SurveyAnswerState, event: SurveysEvent): SurveyAnswerState => {
  switch (event.type) {
    case 'SurveyAnswerRecorded':
      return { recorded: true };
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(event.type);
  }
};

export const surveyAnswerDecider: Decider<SurveysCommand, SurveysEvent, SurveyAnswerState> = {
  initialState: () => ({ recorded: false }),
  decide,
  evolve,
};
