import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { RegisterFundingProjectDto } from './register-funding-project.dto.js';

export class RegisterFundingProjectCommand extends Command<CommandResponse> {
  constructor(
    readonly body: RegisterFundingProjectDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
