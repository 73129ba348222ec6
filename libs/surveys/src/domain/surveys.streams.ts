export const surveyAnswerStream = (answerId: string): string => `survey-answer-${answerId}`;
