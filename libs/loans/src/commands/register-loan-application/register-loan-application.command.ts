import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { RegisterLoanApplicationDto } from './register-loan-application.dto.js';

export class RegisterLoanApplicationCommand extends Command<CommandResponse> {
  constructor(
    readonly body: RegisterLoanApplicationDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
