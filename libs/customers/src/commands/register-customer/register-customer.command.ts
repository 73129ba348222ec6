import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { RegisterCustomerDto } from './register-customer.dto.js';

export class RegisterCustomerCommand extends Command<CommandResponse> {
  constructor(
    readonly body: RegisterCustomerDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
