import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { requireRegisteredCustomer } from '#libs/customers';
import { COMMAND_DEPS, dateWindowOf, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { customerTimeDecider } from '../../domain/customer-time.decider.js';
import { timeDayStream } from '../../domain/customer-time.streams.js';
import { CorrectTimeEntryCommand } from './correct-time-entry.command.js';

@CommandHandler(CorrectTimeEntryCommand)
export class CorrectTimeEntryHandler implements ICommandHandler<CorrectTimeEntryCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ entryId, body, context }: CorrectTimeEntryCommand): Promise<CommandResponse> {
    const employeeId = body.employeeId ?? context.actor.userId;
    const customerId = body.kind === 'customer' && body.customerId !== undefined ? await requireRegisteredCustomer(this.deps.store, body.customerId) : body.customerId;
    const handled = await handleCommand(
      this.deps,
      timeDayStream(employeeId, body.date),
      customerTimeDecider,
      {
        type: 'CorrectTimeEntry',
        data: { entryId, employeeId, date: body.date, minutes: body.minutes, kind: body.kind, customerId, actor: context.actor, window: dateWindowOf(this.deps, context) },
      },
      context,
    );
    return commandResponse({ entryId, employeeId, date: body.date }, handled);
  }
}
