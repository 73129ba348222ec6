import { Module } from '@nestjs/common';
import { RecordSurveyAnswerHandler } from './commands/record-survey-answer/record-survey-answer.handler.js';
import { RecordSurveyAnswerRoute } from './commands/record-survey-answer/record-survey-answer.route.js';

/** The surveys area's HTTP routes (one per command) and their command handlers. */
export const surveysRoutes = [RecordSurveyAnswerRoute];
export const surveysCommandHandlers = [RecordSurveyAnswerHandler];

@Module({ controllers: surveysRoutes, providers: surveysCommandHandlers })
export class SurveysModule {}
