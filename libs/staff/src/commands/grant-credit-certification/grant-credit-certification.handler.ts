import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { refuse } from '#libs/decider';
import { businessDateOf, COMMAND_DEPS, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { creditCertificationDecider } from '../../domain/staff.decider.js';
import { certificationStream, employeeStream } from '../../domain/staff.streams.js';
import { GrantCreditCertificationCommand } from './grant-credit-certification.command.js';

@CommandHandler(GrantCreditCertificationCommand)
export class GrantCreditCertificationHandler implements ICommandHandler<GrantCreditCertificationCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ userId, body, context }: GrantCreditCertificationCommand): Promise<CommandResponse> {
    // A mistyped user id would otherwise certify nobody and go unnoticed.
    const employee = await this.deps.store.readStream(employeeStream(userId), { maxCount: 1 });
    if (employee.length === 0) refuse('not_found', 'employee-not-found', `No employee ${userId}: register them first`);
    const handled = await handleCommand(
      this.deps,
      certificationStream(userId),
      creditCertificationDecider,
      {
        type: 'GrantCreditCertification',
        data: { userId, validFrom: body.validFrom ?? businessDateOf(context), ...(body.validTo === undefined ? {} : { validTo: body.validTo }), actor: context.actor },
      },
      context,
    );
    return commandResponse({ userId }, handled);
  }
}
