import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { WriteOffLoanCommand } from './write-off-loan.command.js';
import { WriteOffLoanDto } from './write-off-loan.dto.js';

@ApiTags('loans')
@Controller('loans')
export class WriteOffLoanRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':loanId/write-offs')
  @ApiParam({ name: 'loanId' })
  @ApiCommand('Write off outstanding principal as a credit loss', ['credit_officer'], {
    description: 'Beyond what is outstanding on the date, or any later date, is refused with 422 write-off-exceeds-outstanding.',
  })
  writeOff(@Param('loanId') loanId: string, @Body() body: WriteOffLoanDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new WriteOffLoanCommand(loanId, body, context));
  }
}
