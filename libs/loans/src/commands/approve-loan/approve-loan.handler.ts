import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { businessDateOf, COMMAND_DEPS, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { loanDecider } from '../../domain/loans.decider.js';
import { loanStream } from '../../domain/loans.streams.js';
import { creditProcessFacts } from '../credit-process.js';
import { ApproveLoanCommand } from './approve-loan.command.js';

@CommandHandler(ApproveLoanCommand)
export class ApproveLoanHandler implements ICommandHandler<ApproveLoanCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ loanId, body, context }: ApproveLoanCommand): Promise<CommandResponse> {
    const approvedOn = body.approvedOn ?? businessDateOf(context);
    const facts = await creditProcessFacts(this.deps, context, approvedOn);
    const handled = await handleCommand(this.deps, loanStream(loanId), loanDecider, { type: 'ApproveLoan', data: { loanId, approvedOn, actor: context.actor, ...facts } }, context);
    return commandResponse({ loanId }, handled);
  }
}
