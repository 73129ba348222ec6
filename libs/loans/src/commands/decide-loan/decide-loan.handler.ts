import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { businessDateOf, COMMAND_DEPS, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import type { LoanProductCatalogue } from '../../domain/loan-products.js';
import type { DecideLoan } from '../../domain/loans.commands.js';
import { loanDecider } from '../../domain/loans.decider.js';
import { loanStream } from '../../domain/loans.streams.js';
import { LOAN_PRODUCTS } from '../../loan-products.config.js';
import { creditProcessFacts } from '../credit-process.js';
import { DecideLoanCommand } from './decide-loan.command.js';

@CommandHandler(DecideLoanCommand)
export class DecideLoanHandler implements ICommandHandler<DecideLoanCommand> {
  constructor(
    @Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps,
    @Inject(LOAN_PRODUCTS) private readonly products: LoanProductCatalogue,
  ) {}

  async execute({ loanId, body, context }: DecideLoanCommand): Promise<CommandResponse> {
    const decidedOn = body.decidedOn ?? businessDateOf(context);
    const facts = await creditProcessFacts(this.deps, context, decidedOn);
    const common = { loanId, decidedOn, products: this.products, actor: context.actor, ...facts };
    const data: DecideLoan['data'] =
      body.outcome === 'granted'
        ? { ...common, outcome: 'granted', amountOre: body.amountOre, interestRateBasisPoints: body.interestRateBasisPoints, termMonths: body.termMonths }
        : { ...common, outcome: 'rejected', reason: body.reason };
    const handled = await handleCommand(this.deps, loanStream(loanId), loanDecider, { type: 'DecideLoan', data }, context);
    return commandResponse({ loanId }, handled);
  }
}
