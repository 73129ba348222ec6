import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { requireRegisteredCustomer } from '#libs/customers';
import { businessDateOf, COMMAND_DEPS, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse, idFor } from '#libs/platform';
import type { LoanProductCatalogue } from '../../domain/loan-products.js';
import { loanDecider } from '../../domain/loans.decider.js';
import { loanStream } from '../../domain/loans.streams.js';
import { LOAN_PRODUCTS } from '../../loan-products.config.js';
import { creditProcessFacts } from '../credit-process.js';
import { RegisterLoanApplicationCommand } from './register-loan-application.command.js';

@CommandHandler(RegisterLoanApplicationCommand)
export class RegisterLoanApplicationHandler implements ICommandHandler<RegisterLoanApplicationCommand> {
  constructor(
    @Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps,
    @Inject(LOAN_PRODUCTS) private readonly products: LoanProductCatalogue,
  ) {}

  async execute({ body, context }: RegisterLoanApplicationCommand): Promise<CommandResponse> {
    const customerId = await requireRegisteredCustomer(this.deps.store, body.customerId, (id) => `No customer ${id}: register the customer first`);
    const appliedOn = body.appliedOn ?? businessDateOf(context);
    const facts = await creditProcessFacts(this.deps, context, appliedOn);
    const loanId = idFor(context, 'loanId');
    const handled = await handleCommand(
      this.deps,
      loanStream(loanId),
      loanDecider,
      {
        type: 'RegisterLoanApplication',
        data: { ...body, loanId, customerId, appliedOn, products: this.products, actor: context.actor, ...facts },
      },
      context,
    );
    return commandResponse({ loanId }, handled);
  }
}
