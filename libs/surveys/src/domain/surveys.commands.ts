import type { Actor, BusinessDate, BusinessDateWindow } from '#libs/decider';

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
    /** Today and the back-dating window the command's business date must lie in. */
    readonly window: BusinessDateWindow;
  };
}

export type SurveysCommand = RecordSurveyAnswer;
