import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { CloseLoanDto } from './close-loan.dto.js';

export class CloseLoanCommand extends Command<CommandResponse> {
  constructor(
    readonly loanId: string,
    readonly body: CloseLoanDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
