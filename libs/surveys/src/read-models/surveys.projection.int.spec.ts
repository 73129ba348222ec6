import type { OrganisationNumber } from '#libs/customers';
import { readModelFixture, type ReadModelFixture } from '../../../composition/src/testing/read-model-fixture.js';
import type { SurveysEvent } from '../domain/surveys.events.js';
import { surveyAnswerStream } from '../domain/surveys.streams.js';
import { surveysProjection } from './surveys.projection.js';

const CUSTOMER = '5560360793' as OrganisationNumber;

const answer = (answerId: string, answeredOn: string, wouldRecommend: boolean, score?: number): SurveysEvent => ({
  type: 'SurveyAnswerRecorded',
  data: { answerId, customerId: CUSTOMER, answeredOn, wouldRecommend, ...(score === undefined ? {} : { score }), recordedBy: 'advisor-anna' },
});

describe('surveys projection', () => {
  let fx: ReadModelFixture;
  const projection = surveysProjection();
  beforeEach(async () => {
    fx = await readModelFixture('surveys_rm');
  });
  afterEach(async () => {
    await fx.dispose();
  });

  it('keeps one row per answer; applying again changes nothing, and a rebuild gives the live rows', async () => {
    await fx.append(surveyAnswerStream('a1'), [answer('a1', '2026-03-01', true, 9)]);
    await fx.catchUp(projection);
    await fx.append(surveyAnswerStream('a2'), [answer('a2', '2026-03-05', false)]);
    await fx.catchUp(projection);

    expect(await fx.rows('rm_survey_answers', 'answer_id')).toEqual([
      { answer_id: 'a1', customer_id: CUSTOMER, answered_on: '2026-03-01', would_recommend: true, score: 9 },
      { answer_id: 'a2', customer_id: CUSTOMER, answered_on: '2026-03-05', would_recommend: false, score: null },
    ]);
    const live = await fx.snapshot(projection);
    await fx.applyAllAgain(projection);
    expect(await fx.snapshot(projection)).toEqual(live);
    await fx.rebuild(projection);
    expect(await fx.snapshot(projection)).toEqual(live);
  });
});
