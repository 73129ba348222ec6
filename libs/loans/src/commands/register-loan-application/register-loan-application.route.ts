import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { RegisterLoanApplicationCommand } from './register-loan-application.command.js';
import { RegisterLoanApplicationDto } from './register-loan-application.dto.js';

@ApiTags('loans')
@Controller('loans')
export class RegisterLoanApplicationRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiCommand("Register a loan application for a registered customer; the new loan's id is in `ids.loanId`", ['credit_officer'], {
    description: 'The credit officer must hold a credit certification on the application date.',
  })
  register(@Body() body: RegisterLoanApplicationDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new RegisterLoanApplicationCommand(body, context));
  }
}
