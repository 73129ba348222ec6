import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { COMMAND_DEPS, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { scorecardScopeKey } from '../../domain/scorecard-scope.js';
import { targetsDecider } from '../../domain/targets.decider.js';
import { targetsStream } from '../../domain/targets.streams.js';
import { SetTargetCommand } from './set-target.command.js';

@CommandHandler(SetTargetCommand)
export class SetTargetHandler implements ICommandHandler<SetTargetCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ body, context }: SetTargetCommand): Promise<CommandResponse> {
    const handled = await handleCommand(this.deps, targetsStream(body.year), targetsDecider, { type: 'SetTarget', data: { ...body, actor: context.actor } }, context);
    return commandResponse({ targetKey: scorecardScopeKey(body) }, handled);
  }
}
