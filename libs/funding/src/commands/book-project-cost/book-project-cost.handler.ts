import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { businessDateOf, COMMAND_DEPS, dateWindowOf, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse, idFor } from '#libs/platform';
import { fundingProjectDecider } from '../../domain/funding.decider.js';
import { fundingProjectStream } from '../../domain/funding.streams.js';
import { BookProjectCostCommand } from './book-project-cost.command.js';

@CommandHandler(BookProjectCostCommand)
export class BookProjectCostHandler implements ICommandHandler<BookProjectCostCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ projectId, body, context }: BookProjectCostCommand): Promise<CommandResponse> {
    const entryId = idFor(context, 'entryId');
    const handled = await handleCommand(
      this.deps,
      fundingProjectStream(projectId),
      fundingProjectDecider,
      {
        type: 'BookProjectCost',
        data: {
          projectId,
          entryId,
          bookedOn: body.bookedOn ?? businessDateOf(context),
          amountOre: body.amountOre,
          description: body.description,
          actor: context.actor,
          window: dateWindowOf(this.deps, context),
        },
      },
      context,
    );
    return commandResponse({ projectId, entryId }, handled);
  }
}
