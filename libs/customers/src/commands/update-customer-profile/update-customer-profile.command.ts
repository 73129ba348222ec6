import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { UpdateCustomerProfileDto } from './update-customer-profile.dto.js';

export class UpdateCustomerProfileCommand extends Command<CommandResponse> {
  constructor(
    readonly customerId: string,
    readonly body: UpdateCustomerProfileDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
