import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { requireRegisteredCustomer } from '#libs/customers';
import { businessDateOf, COMMAND_DEPS, dateWindowOf, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse, idFor } from '#libs/platform';
import { surveyAnswerDecider } from '../../domain/surveys.decider.js';
import { surveyAnswerStream } from '../../domain/surveys.streams.js';
import { RecordSurveyAnswerCommand } from './record-survey-answer.command.js';

@CommandHandler(RecordSurveyAnswerCommand)
export class RecordSurveyAnswerHandler implements ICommandHandler<RecordSurveyAnswerCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ body, context }: RecordSurveyAnswerCommand): Promise<CommandResponse> {
    const customerId = await requireRegisteredCustomer(this.deps.store, body.customerId);
    const answerId = idFor(context, 'answerId');
    const handled = await handleCommand(
      this.deps,
      surveyAnswerStream(answerId),
      surveyAnswerDecider,
      {
        type: 'RecordSurveyAnswer',
        data: {
          answerId,
          customerId,
          answeredOn: body.answeredOn ?? businessDateOf(context),
          wouldRecommend: body.wouldRecommend,
          score: body.score,
          actor: context.actor,
          window: dateWindowOf(this.deps, context),
        },
      },
      context,
    );
    return commandResponse({ answerId }, handled);
  }
}
