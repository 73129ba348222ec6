import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { refuse } from '#libs/decider';
import {
  businessDateOf,
  COMMAND_DEPS,
  commandResponse,
  handleCommand,
  PersonalDataVault,
  type CommandHandlingDeps,
  type CommandResponse,
} from '#libs/platform';
import { customerDecider } from '../../domain/customers.decider.js';
import { customerStream } from '../../domain/customers.streams.js';
import { requireOrganisationNumber } from '../../domain/organisation-number.js';
import { RecordOwnerProfileCommand } from './record-owner-profile.command.js';

@CommandHandler(RecordOwnerProfileCommand)
export class RecordOwnerProfileHandler implements ICommandHandler<RecordOwnerProfileCommand> {
  constructor(
    @Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps,
    @Inject(PersonalDataVault) private readonly vault: PersonalDataVault,
  ) {}

  async execute({ customerId: given, body, context }: RecordOwnerProfileCommand): Promise<CommandResponse> {
    const customerId = requireOrganisationNumber(given);
    // Sealing anew after an erasure would make a fresh key that cannot open the older ciphertext, and
    // the subject asked for their data to be gone: erasure is final.
    if (await this.vault.isErased(`customer:${customerId}`)) {
      refuse('rule', 'personal-data-erased', "This customer's personal data was erased on request and is not recorded again");
    }
    const handled = await handleCommand(
      this.deps,
      customerStream(customerId),
      customerDecider,
      { type: 'RecordOwnerProfile', data: { ...body, customerId, recordedOn: body.recordedOn ?? businessDateOf(context), actor: context.actor } },
      context,
    );
    return commandResponse({ customerId }, handled);
  }
}
