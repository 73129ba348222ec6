import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { ApproveLoanCommand } from './approve-loan.command.js';
import { ApproveLoanDto } from './approve-loan.dto.js';

@ApiTags('loans')
@Controller('loans')
export class ApproveLoanRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':loanId/approval')
  @ApiParam({ name: 'loanId' })
  @ApiCommand('Approve a decision to grant (four-eyes: the approver is a certified credit officer other than the decision maker, else 422)', ['credit_officer'])
  approve(@Param('loanId') loanId: string, @Body() body: ApproveLoanDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new ApproveLoanCommand(loanId, body, context));
  }
}
