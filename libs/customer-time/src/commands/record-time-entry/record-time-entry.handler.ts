import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { requireRegisteredCustomer } from '#libs/customers';
import { requireFundingProject } from '#libs/funding';
import { businessDateOf, COMMAND_DEPS, dateWindowOf, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse, idFor } from '#libs/platform';
import { customerTimeDecider } from '../../domain/customer-time.decider.js';
import { timeDayStream } from '../../domain/customer-time.streams.js';
import { RecordTimeEntryCommand } from './record-time-entry.command.js';

@CommandHandler(RecordTimeEntryCommand)
export class RecordTimeEntryHandler implements ICommandHandler<RecordTimeEntryCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ body, context }: RecordTimeEntryCommand): Promise<CommandResponse> {
    const employeeId = body.employeeId ?? context.actor.userId;
    const date = body.date ?? businessDateOf(context);
    // Entry ids are UUIDs, not per-day counters: an entry is then unique over all days and people.
    const entryId = idFor(context, 'entryId');
    const customerId = body.kind === 'customer' && body.customerId !== undefined ? await requireRegisteredCustomer(this.deps.store, body.customerId) : body.customerId;
    if (body.fundingProjectId !== undefined) await requireFundingProject(this.deps.store, body.fundingProjectId);
    const handled = await handleCommand(
      this.deps,
      timeDayStream(employeeId, date),
      customerTimeDecider,
      {
        type: 'RecordTimeEntry',
        data: {
          entryId,
          employeeId,
          date,
          minutes: body.minutes,
          kind: body.kind,
          customerId,
          fundingProjectId: body.fundingProjectId,
          actor: context.actor,
          window: dateWindowOf(this.deps, context),
        },
      },
      context,
    );
    return commandResponse({ entryId, employeeId, date }, handled);
  }
}
