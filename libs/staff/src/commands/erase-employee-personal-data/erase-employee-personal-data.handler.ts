import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { businessDateOf, COMMAND_DEPS, commandResponse, handleCommand, PersonalDataVault, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { employeeDecider } from '../../domain/staff.decider.js';
import { employeeStream } from '../../domain/staff.streams.js';
import { EraseEmployeePersonalDataCommand } from './erase-employee-personal-data.command.js';

@CommandHandler(EraseEmployeePersonalDataCommand)
export class EraseEmployeePersonalDataHandler implements ICommandHandler<EraseEmployeePersonalDataCommand> {
  constructor(
    @Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps,
    @Inject(PersonalDataVault) private readonly vault: PersonalDataVault,
  ) {}

  async execute({ userId, body, context }: EraseEmployeePersonalDataCommand): Promise<CommandResponse> {
    // The event first (the decider checks who asks and that the employee exists); a retry after a
    // failed key deletion records it again and deletes the key.
    const handled = await handleCommand(
      this.deps,
      employeeStream(userId),
      employeeDecider,
      { type: 'EraseEmployeePersonalData', data: { userId, requestedOn: body.requestedOn ?? businessDateOf(context), actor: context.actor } },
      context,
    );
    await this.vault.erase(`employee:${userId}`, context.actor.userId);
    return commandResponse({ userId }, handled);
  }
}
