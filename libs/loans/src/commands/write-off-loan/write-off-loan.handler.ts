import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { businessDateOf, COMMAND_DEPS, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { loanDecider } from '../../domain/loans.decider.js';
import { loanStream } from '../../domain/loans.streams.js';
import { creditProcessFacts } from '../credit-process.js';
import { WriteOffLoanCommand } from './write-off-loan.command.js';

@CommandHandler(WriteOffLoanCommand)
export class WriteOffLoanHandler implements ICommandHandler<WriteOffLoanCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ loanId, body, context }: WriteOffLoanCommand): Promise<CommandResponse> {
    const writtenOffOn = body.writtenOffOn ?? businessDateOf(context);
    const facts = await creditProcessFacts(this.deps, context, writtenOffOn);
    const handled = await handleCommand(
      this.deps,
      loanStream(loanId),
      loanDecider,
      { type: 'WriteOffLoan', data: { loanId, amountOre: body.amountOre, reason: body.reason, writtenOffOn, actor: context.actor, ...facts } },
      context,
    );
    return commandResponse({ loanId }, handled);
  }
}
