import type { BusinessDate, DomainEvent } from '#libs/decider';
import type { OrganisationNumber } from '#libs/customers';

/** Event type strings are stored: never rename them. Optional fields are absent, never undefined. */
export type SurveyAnswerRecorded = DomainEvent<
  'SurveyAnswerRecorded',
  {
    readonly answerId: string;
    readonly customerId: OrganisationNumber;
    readonly answeredOn: BusinessDate;
    /** The recommendation share counts these: would recommend ÷ all answers. */
    readonly wouldRecommend: boolean;
    /** 0–10 when the customer gave one. */
    readonly score?: number;
    readonly recordedBy: string;
  }
>;

export type SurveysEvent = SurveyAnswerRecorded;

export const SURVEYS_EVENT_TYPES = ['SurveyAnswerRecorded'] as const satisfies readonly SurveysEvent['type'][];
