import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { EraseEmployeePersonalDataDto } from './erase-employee-personal-data.dto.js';

export class EraseEmployeePersonalDataCommand extends Command<CommandResponse> {
  constructor(
    readonly userId: string,
    readonly body: EraseEmployeePersonalDataDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
