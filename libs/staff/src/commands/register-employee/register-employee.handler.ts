import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { COMMAND_DEPS, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { employeeDecider } from '../../domain/staff.decider.js';
import { employeeStream } from '../../domain/staff.streams.js';
import { RegisterEmployeeCommand } from './register-employee.command.js';

@CommandHandler(RegisterEmployeeCommand)
export class RegisterEmployeeHandler implements ICommandHandler<RegisterEmployeeCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ body, context }: RegisterEmployeeCommand): Promise<CommandResponse> {
    const handled = await handleCommand(this.deps, employeeStream(body.userId), employeeDecider, { type: 'RegisterEmployee', data: { ...body, actor: context.actor } }, context);
    return commandResponse({ userId: body.userId }, handled);
  }
}
