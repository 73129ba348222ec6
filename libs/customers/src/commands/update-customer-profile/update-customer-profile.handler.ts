import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { businessDateOf, COMMAND_DEPS, dateWindowOf, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { customerDecider } from '../../domain/customers.decider.js';
import { customerStream } from '../../domain/customers.streams.js';
import { requireOrganisationNumber } from '../../domain/organisation-number.js';
import { UpdateCustomerProfileCommand } from './update-customer-profile.command.js';

@CommandHandler(UpdateCustomerProfileCommand)
export class UpdateCustomerProfileHandler implements ICommandHandler<UpdateCustomerProfileCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ customerId: given, body, context }: UpdateCustomerProfileCommand): Promise<CommandResponse> {
    const customerId = requireOrganisationNumber(given);
    const handled = await handleCommand(
      this.deps,
      customerStream(customerId),
      customerDecider,
      {
        type: 'UpdateCustomerProfile',
        data: { ...body, customerId, updatedOn: body.updatedOn ?? businessDateOf(context), actor: context.actor, window: dateWindowOf(this.deps, context) },
      },
      context,
    );
    return commandResponse({ customerId }, handled);
  }
}
