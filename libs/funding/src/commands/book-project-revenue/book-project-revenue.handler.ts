import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { businessDateOf, COMMAND_DEPS, dateWindowOf, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse, idFor } from '#libs/platform';
import { fundingProjectDecider } from '../../domain/funding.decider.js';
import { fundingProjectStream } from '../../domain/funding.streams.js';
import { BookProjectRevenueCommand } from './book-project-revenue.command.js';

@CommandHandler(BookProjectRevenueCommand)
export class BookProjectRevenueHandler implements ICommandHandler<BookProjectRevenueCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ projectId, body, context }: BookProjectRevenueCommand): Promise<CommandResponse> {
    const entryId = idFor(context, 'entryId');
    const handled = await handleCommand(
      this.deps,
      fundingProjectStream(projectId),
      fundingProjectDecider,
      {
        type: 'BookProjectRevenue',
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
