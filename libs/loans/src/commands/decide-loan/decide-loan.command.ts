import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { DecideLoanDto } from './decide-loan.dto.js';

export class DecideLoanCommand extends Command<CommandResponse> {
  constructor(
    readonly loanId: string,
    readonly body: DecideLoanDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
