import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { DisburseLoanDto } from './disburse-loan.dto.js';

export class DisburseLoanCommand extends Command<CommandResponse> {
  constructor(
    readonly loanId: string,
    readonly body: DisburseLoanDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
