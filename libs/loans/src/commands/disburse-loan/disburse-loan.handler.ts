import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { businessDateOf, COMMAND_DEPS, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse, idFor } from '#libs/platform';
import { loanDecider } from '../../domain/loans.decider.js';
import { loanStream } from '../../domain/loans.streams.js';
import { creditProcessFacts } from '../credit-process.js';
import { DisburseLoanCommand } from './disburse-loan.command.js';

@CommandHandler(DisburseLoanCommand)
export class DisburseLoanHandler implements ICommandHandler<DisburseLoanCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ loanId, body, context }: DisburseLoanCommand): Promise<CommandResponse> {
    const disbursedOn = body.disbursedOn ?? businessDateOf(context);
    const disbursementId = body.disbursementId ?? idFor(context, 'disbursementId');
    const facts = await creditProcessFacts(this.deps, context, disbursedOn);
    const handled = await handleCommand(
      this.deps,
      loanStream(loanId),
      loanDecider,
      { type: 'DisburseLoan', data: { loanId, disbursementId, amountOre: body.amountOre, disbursedOn, actor: context.actor, ...facts } },
      context,
    );
    return commandResponse({ loanId, disbursementId }, handled);
  }
}
