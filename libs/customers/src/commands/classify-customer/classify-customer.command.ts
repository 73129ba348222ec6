import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { ClassifyCustomerDto } from './classify-customer.dto.js';

export class ClassifyCustomerCommand extends Command<CommandResponse> {
  constructor(
    readonly customerId: string,
    readonly body: ClassifyCustomerDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
