import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { COMMAND_DEPS, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { scorecardScopeKey } from '../../domain/scorecard-scope.js';
import { targetsDecider } from '../../domain/targets.decider.js';
import { targetStream, targetsStream } from '../../domain/targets.streams.js';
import { SetTargetCommand } from './set-target.command.js';

@CommandHandler(SetTargetCommand)
export class SetTargetHandler implements ICommandHandler<SetTargetCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ body, context }: SetTargetCommand): Promise<CommandResponse> {
    // The target's own stream, after the year stream that held every target before (targets.streams.ts).
    const handled = await handleCommand(this.deps, targetStream(body), targetsDecider, { type: 'SetTarget', data: { ...body, actor: context.actor } }, context, {
      readFirst: [targetsStream(body.year)],
    });
    return commandResponse({ targetKey: scorecardScopeKey(body) }, handled);
  }
}
