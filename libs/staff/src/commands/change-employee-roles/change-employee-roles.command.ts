import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { ChangeEmployeeRolesDto } from './change-employee-roles.dto.js';

export class ChangeEmployeeRolesCommand extends Command<CommandResponse> {
  constructor(
    readonly userId: string,
    readonly body: ChangeEmployeeRolesDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
