import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { WriteOffLoanDto } from './write-off-loan.dto.js';

export class WriteOffLoanCommand extends Command<CommandResponse> {
  constructor(
    readonly loanId: string,
    readonly body: WriteOffLoanDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
