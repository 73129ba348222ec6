import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { businessDateOf, COMMAND_DEPS, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { loanDecider } from '../../domain/loans.decider.js';
import { loanStream } from '../../domain/loans.streams.js';
import { creditProcessFacts } from '../credit-process.js';
import { CloseLoanCommand } from './close-loan.command.js';

@CommandHandler(CloseLoanCommand)
export class CloseLoanHandler implements ICommandHandler<CloseLoanCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ loanId, body, context }: CloseLoanCommand): Promise<CommandResponse> {
    const closedOn = body.closedOn ?? businessDateOf(context);
    const facts = await creditProcessFacts(this.deps, context, closedOn);
    const handled = await handleCommand(this.deps, loanStream(loanId), loanDecider, { type: 'CloseLoan', data: { loanId, closedOn, actor: context.actor, ...facts } }, context);
    return commandResponse({ loanId }, handled);
  }
}
