import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { RecordSurveyAnswerDto } from './record-survey-answer.dto.js';

export class RecordSurveyAnswerCommand extends Command<CommandResponse> {
  constructor(
    readonly body: RecordSurveyAnswerDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
