import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { RecordSurveyAnswerCommand } from './record-survey-answer.command.js';
import { RecordSurveyAnswerDto } from './record-survey-answer.dto.js';

@ApiTags('surveys')
@Controller('survey-answers')
export class RecordSurveyAnswerRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiCommand("Record a customer's survey answer: would they recommend Almi, and their score (answers with the new answerId)", ['advisor', 'controller', 'admin'])
  record(@Body() body: RecordSurveyAnswerDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new RecordSurveyAnswerCommand(body, context));
  }
}
