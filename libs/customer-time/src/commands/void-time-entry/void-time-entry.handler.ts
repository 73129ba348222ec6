import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { COMMAND_DEPS, dateWindowOf, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { customerTimeDecider } from '../../domain/customer-time.decider.js';
import { timeDayStream } from '../../domain/customer-time.streams.js';
import { VoidTimeEntryCommand } from './void-time-entry.command.js';

@CommandHandler(VoidTimeEntryCommand)
export class VoidTimeEntryHandler implements ICommandHandler<VoidTimeEntryCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ entryId, body, context }: VoidTimeEntryCommand): Promise<CommandResponse> {
    const employeeId = body.employeeId ?? context.actor.userId;
    const handled = await handleCommand(
      this.deps,
      timeDayStream(employeeId, body.date),
      customerTimeDecider,
      { type: 'VoidTimeEntry', data: { entryId, employeeId, date: body.date, reason: body.reason, actor: context.actor, window: dateWindowOf(this.deps, context) } },
      context,
    );
    return commandResponse({ entryId, employeeId, date: body.date }, handled);
  }
}
