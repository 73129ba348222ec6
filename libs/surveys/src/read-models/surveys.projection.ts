import { eventsOf, upsertRows, type Projection, type UpsertSpec } from '#libs/projections';
import { SURVEYS_EVENT_TYPES, type SurveysEvent } from '../domain/surveys.events.js';

interface AnswerRow {
  answer_id: string;
  customer_id: string;
  answered_on: string;
  would_recommend: boolean;
  score?: number;
}

const RECORD: UpsertSpec<AnswerRow> = {
  table: 'rm_survey_answers',
  columns: { answer_id: 'text', customer_id: 'text', answered_on: 'date', would_recommend: 'boolean', score: 'integer' },
  key: ['answer_id'],
};

/** rm_survey_answers: one row per answer, for the recommendation share. */
export function surveysProjection(): Projection {
  return {
    name: 'surveys',
    tables: ['rm_survey_answers'],
    eventTypes: SURVEYS_EVENT_TYPES,
    async apply(recorded, tx) {
      const answers = eventsOf<SurveysEvent>(recorded, SURVEYS_EVENT_TYPES).map(({ data }): AnswerRow => ({
        answer_id: data.answerId,
        customer_id: data.customerId,
        answered_on: data.answeredOn,
        would_recommend: data.wouldRecommend,
        score: data.score,
      }));
      await upsertRows(tx, RECORD, answers);
    },
  };
}
