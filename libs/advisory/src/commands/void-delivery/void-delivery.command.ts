import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { VoidDeliveryDto } from './void-delivery.dto.js';

export class VoidDeliveryCommand extends Command<CommandResponse> {
  constructor(
    readonly deliveryId: string,
    readonly body: VoidDeliveryDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
