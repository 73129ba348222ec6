import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { DisburseLoanCommand } from './disburse-loan.command.js';
import { DisburseLoanDto } from './disburse-loan.dto.js';

@ApiTags('loans')
@Controller('loans')
export class DisburseLoanRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':loanId/disbursements')
  @ApiParam({ name: 'loanId' })
  @ApiCommand('Pay out (part of) an approved loan; the id of the disbursement is in `ids.disbursementId`', ['credit_officer'], {
    description: 'Beyond the granted amount is refused with 422 disbursement-exceeds-granted-amount. A guarantee is never disbursed.',
  })
  disburse(@Param('loanId') loanId: string, @Body() body: DisburseLoanDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new DisburseLoanCommand(loanId, body, context));
  }
}
