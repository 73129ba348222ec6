import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { RegisterEmployeeDto } from './register-employee.dto.js';

export class RegisterEmployeeCommand extends Command<CommandResponse> {
  constructor(
    readonly body: RegisterEmployeeDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
