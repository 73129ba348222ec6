import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { businessDateOf, COMMAND_DEPS, dateWindowOf, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { moduleDeliveryStream } from '../../domain/advisory.streams.js';
import { moduleDeliveryDecider } from '../../domain/module-delivery.decider.js';
import { VoidDeliveryCommand } from './void-delivery.command.js';

@CommandHandler(VoidDeliveryCommand)
export class VoidDeliveryHandler implements ICommandHandler<VoidDeliveryCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ deliveryId, body, context }: VoidDeliveryCommand): Promise<CommandResponse> {
    const handled = await handleCommand(
      this.deps,
      moduleDeliveryStream(deliveryId),
      moduleDeliveryDecider,
      {
        type: 'VoidDelivery',
        data: { deliveryId, reason: body.reason, voidedOn: body.voidedOn ?? businessDateOf(context), actor: context.actor, window: dateWindowOf(this.deps, context) },
      },
      context,
    );
    return commandResponse({ deliveryId }, handled);
  }
}
