import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { COMMAND_DEPS, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { employeeDecider } from '../../domain/staff.decider.js';
import { employeeStream } from '../../domain/staff.streams.js';
import { ChangeEmployeeRolesCommand } from './change-employee-roles.command.js';

@CommandHandler(ChangeEmployeeRolesCommand)
export class ChangeEmployeeRolesHandler implements ICommandHandler<ChangeEmployeeRolesCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ userId, body, context }: ChangeEmployeeRolesCommand): Promise<CommandResponse> {
    const handled = await handleCommand(
      this.deps,
      employeeStream(userId),
      employeeDecider,
      { type: 'ChangeEmployeeRoles', data: { userId, roles: body.roles, actor: context.actor } },
      context,
    );
    return commandResponse({ userId }, handled);
  }
}
