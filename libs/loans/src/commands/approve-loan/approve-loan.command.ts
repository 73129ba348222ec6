import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { ApproveLoanDto } from './approve-loan.dto.js';

export class ApproveLoanCommand extends Command<CommandResponse> {
  constructor(
    readonly loanId: string,
    readonly body: ApproveLoanDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
