import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { RecordRepaymentCommand } from './record-repayment.command.js';
import { RecordRepaymentDto } from './record-repayment.dto.js';

@ApiTags('loans')
@Controller('loans')
export class RecordRepaymentRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':loanId/repayments')
  @ApiParam({ name: 'loanId' })
  @ApiCommand("Book a customer's payment (principal, interest, fees); the id of the repayment is in `ids.repaymentId`", ['credit_officer'], {
    description: 'Principal beyond what is outstanding on the payment date, or any later date, is refused with 422 repayment-exceeds-outstanding.',
  })
  record(@Param('loanId') loanId: string, @Body() body: RecordRepaymentDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new RecordRepaymentCommand(loanId, body, context));
  }
}
