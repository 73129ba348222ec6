import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { businessDateOf, COMMAND_DEPS, dateWindowOf, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { mentorPairStream } from '../../domain/advisory.streams.js';
import { mentorPairDecider } from '../../domain/mentor-pair.decider.js';
import { ConcludeMentorPairCommand } from './conclude-mentor-pair.command.js';

@CommandHandler(ConcludeMentorPairCommand)
export class ConcludeMentorPairHandler implements ICommandHandler<ConcludeMentorPairCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ pairId, body, context }: ConcludeMentorPairCommand): Promise<CommandResponse> {
    const handled = await handleCommand(
      this.deps,
      mentorPairStream(pairId),
      mentorPairDecider,
      { type: 'ConcludeMentorPair', data: { pairId, concludedOn: body.concludedOn ?? businessDateOf(context), actor: context.actor, window: dateWindowOf(this.deps, context) } },
      context,
    );
    return commandResponse({ pairId }, handled);
  }
}
