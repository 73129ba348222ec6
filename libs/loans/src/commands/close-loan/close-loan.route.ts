import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { CloseLoanCommand } from './close-loan.command.js';
import { CloseLoanDto } from './close-loan.dto.js';

@ApiTags('loans')
@Controller('loans')
export class CloseLoanRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':loanId/close')
  @ApiParam({ name: 'loanId' })
  @ApiCommand('Close a loan with nothing outstanding; a closed loan takes no more commands', ['credit_officer'], {
    description: 'Outstanding principal left is refused with 422 loan-has-outstanding-principal.',
  })
  close(@Param('loanId') loanId: string, @Body() body: CloseLoanDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new CloseLoanCommand(loanId, body, context));
  }
}
