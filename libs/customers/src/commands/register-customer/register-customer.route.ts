import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { RegisterCustomerCommand } from './register-customer.command.js';
import { RegisterCustomerDto } from './register-customer.dto.js';

@ApiTags('customers')
@Controller('customers')
export class RegisterCustomerRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiCommand('Register a customer company (refused if the organisationsnummer is already registered: 409)', ['advisor', 'credit_officer', 'admin'])
  register(@Body() body: RegisterCustomerDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new RegisterCustomerCommand(body, context));
  }
}
