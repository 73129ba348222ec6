import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { EraseCustomerPersonalDataDto } from './erase-customer-personal-data.dto.js';

export class EraseCustomerPersonalDataCommand extends Command<CommandResponse> {
  constructor(
    readonly customerId: string,
    readonly body: EraseCustomerPersonalDataDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
