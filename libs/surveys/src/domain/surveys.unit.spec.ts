import type { Actor, BusinessDateWindow } from '#libs/decider';
import type { OrganisationNumber } from '#libs/customers';
import { given } from '../../../decider/src/testing.js';
import type { RecordSurveyAnswer } from './surveys.commands.js';
import { surveyAnswerDecider as decider } from './surveys.decider.js';
import type { SurveyAnswerRecorded } from './surveys.events.js';
import { surveyAnswerStream } from './surveys.streams.js';

/** Wide enough for every date below: these tests are about other rules than the back-dating window. */
const WIDE_WINDOW: BusinessDateWindow = { today: '2030-12-31', backdatingDays: 100_000 };

const anna: Actor = { userId: 'anna', roles: ['advisor'] };

const answer = (overrides: Partial<RecordSurveyAnswer['data']> = {}): RecordSurveyAnswer => ({
  type: 'RecordSurveyAnswer',
  data: { window: WIDE_WINDOW, answerId: 'a-1', customerId: '559123-4561', answeredOn: '2025-06-10', wouldRecommend: true, score: 9, actor: anna, ...overrides },
});

const recorded = (rest: Partial<SurveyAnswerRecorded['data']> = {}): SurveyAnswerRecorded => ({
  type: 'SurveyAnswerRecorded',
  data: { answerId: 'a-1', customerId: '5591234561' as OrganisationNumber, answeredOn: '2025-06-10', wouldRecommend: true, score: 9, recordedBy: 'anna', ...rest },
});

describe('survey answer', () => {
  it('lives in its own stream', () => {
    expect(surveyAnswerStream('a-1')).toBe('survey-answer-a-1');
  });

  it('records whether the customer would recommend Almi, with a score', () => {
    given(decider, []).when(answer()).then([recorded()]);
  });

  it('records an answer without a score', () => {
    const { score: _, ...withoutScore } = recorded({ wouldRecommend: false }).data;
    given(decider, [])
      .when(answer({ wouldRecommend: false, score: undefined }))
      .then([{ type: 'SurveyAnswerRecorded', data: withoutScore }]);
  });

  it('accepts the scores 0 and 10', () => {
    given(decider, [])
      .when(answer({ score: 0 }))
      .then([recorded({ score: 0 })]);
    given(decider, [])
      .when(answer({ score: 10 }))
      .then([recorded({ score: 10 })]);
  });

  it.each([['controller' as const], ['admin' as const]])('may be recorded by role %s', (role) => {
    given(decider, [])
      .when(answer({ actor: { userId: 'u', roles: [role] } }))
      .then([recorded({ recordedBy: 'u' })]);
  });

  it('is refused to a credit officer', () => {
    given(decider, [])
      .when(answer({ actor: { userId: 'lena', roles: ['credit_officer'] } }))
      .thenRefuses('forbidden', 'role-not-allowed');
  });

  it('is recorded once per answer id', () => {
    given(decider, [recorded()])
      .when(answer({ wouldRecommend: false }))
      .thenRefuses('conflict', 'survey-answer-already-recorded');
  });

  it.each<[string, Partial<RecordSurveyAnswer['data']>, string, string]>([
    ['a blank answer id', { answerId: '' }, 'answerId', 'required'],
    ['an invalid organisationsnummer', { customerId: '559123-4562' }, 'customerId', 'invalid-organisation-number'],
    ['an impossible date', { answeredOn: '2025-00-10' }, 'answeredOn', 'invalid-date'],
    ['no recommendation answer', { wouldRecommend: undefined as unknown as boolean }, 'wouldRecommend', 'invalid-would-recommend'],
    ['a score above 10', { score: 11 }, 'score', 'invalid-score'],
    ['a negative score', { score: -1 }, 'score', 'invalid-score'],
    ['a fractional score', { score: 7.5 }, 'score', 'invalid-score'],
  ])('is refused as invalid with %s', (_, overrides, field, code) => {
    given(decider, []).when(answer(overrides)).thenRefuses('invalid', code, field);
  });
});
