import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { businessDateOf, COMMAND_DEPS, dateWindowOf, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { customerDecider } from '../../domain/customers.decider.js';
import { customerStream } from '../../domain/customers.streams.js';
import { requireOrganisationNumber } from '../../domain/organisation-number.js';
import { ClassifyCustomerCommand } from './classify-customer.command.js';

@CommandHandler(ClassifyCustomerCommand)
export class ClassifyCustomerHandler implements ICommandHandler<ClassifyCustomerCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ customerId: given, body, context }: ClassifyCustomerCommand): Promise<CommandResponse> {
    const customerId = requireOrganisationNumber(given);
    const handled = await handleCommand(
      this.deps,
      customerStream(customerId),
      customerDecider,
      {
        type: 'ClassifyCustomer',
        data: { customerId, group: body.group, effectiveFrom: body.effectiveFrom ?? businessDateOf(context), actor: context.actor, window: dateWindowOf(this.deps, context) },
      },
      context,
    );
    return commandResponse({ customerId }, handled);
  }
}
