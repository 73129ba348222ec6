import type { Actor, BusinessDate } from '#libs/decider';

/** A customer's answer to the survey; that the customer exists is the handler's check. */
export interface RecordSurveyAnswer {
  readonly type: 'RecordSurveyAnswer';
  readonly data: {
    readonly answerId: string;
    readonly customerId: string;
    readonly answeredOn: BusinessDate;
    readonly wouldRecommend: boolean;
    readonly score?: number;
    readonly actor: Actor;
  };
}

export type SurveysCommand = RecordSurveyAnswer;
