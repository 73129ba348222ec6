import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { businessDateOf, COMMAND_DEPS, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse, idFor } from '#libs/platform';
import { loanDecider } from '../../domain/loans.decider.js';
import { loanStream } from '../../domain/loans.streams.js';
import { creditProcessFacts } from '../credit-process.js';
import { RecordRepaymentCommand } from './record-repayment.command.js';

@CommandHandler(RecordRepaymentCommand)
export class RecordRepaymentHandler implements ICommandHandler<RecordRepaymentCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ loanId, body, context }: RecordRepaymentCommand): Promise<CommandResponse> {
    const paidOn = body.paidOn ?? businessDateOf(context);
    const repaymentId = body.repaymentId ?? idFor(context, 'repaymentId');
    const facts = await creditProcessFacts(this.deps, context, paidOn);
    const handled = await handleCommand(
      this.deps,
      loanStream(loanId),
      loanDecider,
      {
        type: 'RecordRepayment',
        data: {
          loanId,
          repaymentId,
          principalOre: body.principalOre,
          interestOre: body.interestOre ?? 0,
          feesOre: body.feesOre ?? 0,
          paidOn,
          actor: context.actor,
          ...facts,
        },
      },
      context,
    );
    return commandResponse({ loanId, repaymentId }, handled);
  }
}
