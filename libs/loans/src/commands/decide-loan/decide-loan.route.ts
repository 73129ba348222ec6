import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { DecideLoanCommand } from './decide-loan.command.js';
import { DecideLoanDto } from './decide-loan.dto.js';

@ApiTags('loans')
@Controller('loans')
export class DecideLoanRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':loanId/decision')
  @ApiParam({ name: 'loanId', description: 'The id returned when the application was registered' })
  @ApiCommand('Decide a loan application: grant (amount, rate, term) or reject (reason); a loan is decided once', ['credit_officer'], {
    description: 'The credit officer must hold a credit certification on the decision date. A grant then needs the approval of another certified officer.',
  })
  decide(@Param('loanId') loanId: string, @Body() body: DecideLoanDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new DecideLoanCommand(loanId, body, context));
  }
}
