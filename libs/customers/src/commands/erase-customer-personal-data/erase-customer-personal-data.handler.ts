import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { businessDateOf, COMMAND_DEPS, dateWindowOf, commandResponse, handleCommand, PersonalDataVault, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { customerDecider } from '../../domain/customers.decider.js';
import { customerStream } from '../../domain/customers.streams.js';
import { requireOrganisationNumber } from '../../domain/organisation-number.js';
import { EraseCustomerPersonalDataCommand } from './erase-customer-personal-data.command.js';

@CommandHandler(EraseCustomerPersonalDataCommand)
export class EraseCustomerPersonalDataHandler implements ICommandHandler<EraseCustomerPersonalDataCommand> {
  constructor(
    @Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps,
    @Inject(PersonalDataVault) private readonly vault: PersonalDataVault,
  ) {}

  async execute({ customerId: given, body, context }: EraseCustomerPersonalDataCommand): Promise<CommandResponse> {
    const customerId = requireOrganisationNumber(given);
    // The event first: the decider checks who asks and that the customer exists, and the record of the
    // request is kept even if deleting the key then fails (a retry records it again and deletes the key).
    const handled = await handleCommand(
      this.deps,
      customerStream(customerId),
      customerDecider,
      {
        type: 'EraseCustomerPersonalData',
        data: { customerId, requestedOn: body.requestedOn ?? businessDateOf(context), actor: context.actor, window: dateWindowOf(this.deps, context) },
      },
      context,
    );
    await this.vault.erase(`customer:${customerId}`, context.actor.userId);
    return commandResponse({ customerId }, handled);
  }
}
