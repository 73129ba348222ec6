import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { businessDateOf, COMMAND_DEPS, dateWindowOf, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { customerDecider } from '../../domain/customers.decider.js';
import { customerStream } from '../../domain/customers.streams.js';
import { requireOrganisationNumber } from '../../domain/organisation-number.js';
import { RegisterCustomerCommand } from './register-customer.command.js';

@CommandHandler(RegisterCustomerCommand)
export class RegisterCustomerHandler implements ICommandHandler<RegisterCustomerCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ body, context }: RegisterCustomerCommand): Promise<CommandResponse> {
    const customerId = requireOrganisationNumber(body.customerId);
    const handled = await handleCommand(
      this.deps,
      customerStream(customerId),
      customerDecider,
      {
        type: 'RegisterCustomer',
        data: { ...body, customerId, registeredOn: body.registeredOn ?? businessDateOf(context), actor: context.actor, window: dateWindowOf(this.deps, context) },
      },
      context,
    );
    return commandResponse({ customerId }, handled);
  }
}
