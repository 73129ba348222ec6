import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { COMMAND_DEPS, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { reportCommentsDecider } from '../../domain/report-comments.decider.js';
import { scorecardScopeKey } from '../../domain/scorecard-scope.js';
import { reportCommentStream, reportCommentsStream } from '../../domain/targets.streams.js';
import { RecordDeviationCommentCommand } from './record-deviation-comment.command.js';

@CommandHandler(RecordDeviationCommentCommand)
export class RecordDeviationCommentHandler implements ICommandHandler<RecordDeviationCommentCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ body, context }: RecordDeviationCommentCommand): Promise<CommandResponse> {
    const handled = await handleCommand(
      this.deps,
      // The scope's own stream, after the year stream that held every comment before (targets.streams.ts).
      reportCommentStream(body),
      reportCommentsDecider,
      { type: 'RecordDeviationComment', data: { ...body, actor: context.actor } },
      context,
      { readFirst: [reportCommentsStream(body.year)] },
    );
    return commandResponse({ commentKey: scorecardScopeKey(body) }, handled);
  }
}
