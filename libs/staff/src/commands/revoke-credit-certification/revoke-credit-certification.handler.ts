import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { businessDateOf, COMMAND_DEPS, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { creditCertificationDecider } from '../../domain/staff.decider.js';
import { certificationStream } from '../../domain/staff.streams.js';
import { RevokeCreditCertificationCommand } from './revoke-credit-certification.command.js';

@CommandHandler(RevokeCreditCertificationCommand)
export class RevokeCreditCertificationHandler implements ICommandHandler<RevokeCreditCertificationCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ userId, body, context }: RevokeCreditCertificationCommand): Promise<CommandResponse> {
    const handled = await handleCommand(
      this.deps,
      certificationStream(userId),
      creditCertificationDecider,
      { type: 'RevokeCreditCertification', data: { userId, effectiveFrom: body.effectiveFrom ?? businessDateOf(context), actor: context.actor } },
      context,
    );
    return commandResponse({ userId }, handled);
  }
}
