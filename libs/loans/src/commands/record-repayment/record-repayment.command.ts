import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { RecordRepaymentDto } from './record-repayment.dto.js';

export class RecordRepaymentCommand extends Command<CommandResponse> {
  constructor(
    readonly loanId: string,
    readonly body: RecordRepaymentDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
