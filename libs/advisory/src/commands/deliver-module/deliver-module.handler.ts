import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { requireRegisteredCustomer } from '#libs/customers';
import { requireFundingProject } from '#libs/funding';
import { businessDateOf, COMMAND_DEPS, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse, idFor } from '#libs/platform';
import { ADVISORY_MODULE_CATALOGUE } from '../../advisory-module-catalogue.provider.js';
import type { AdvisoryModuleCatalogue } from '../../domain/advisory-modules.js';
import { moduleDeliveryStream } from '../../domain/advisory.streams.js';
import { moduleDeliveryDecider } from '../../domain/module-delivery.decider.js';
import { DeliverModuleCommand } from './deliver-module.command.js';

@CommandHandler(DeliverModuleCommand)
export class DeliverModuleHandler implements ICommandHandler<DeliverModuleCommand> {
  constructor(
    @Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps,
    @Inject(ADVISORY_MODULE_CATALOGUE) private readonly modules: AdvisoryModuleCatalogue,
  ) {}

  async execute({ body, context }: DeliverModuleCommand): Promise<CommandResponse> {
    const deliveryId = idFor(context, 'deliveryId');
    const customerId = await requireRegisteredCustomer(this.deps.store, body.customerId);
    if (body.fundingProjectId !== undefined) await requireFundingProject(this.deps.store, body.fundingProjectId);
    const handled = await handleCommand(
      this.deps,
      moduleDeliveryStream(deliveryId),
      moduleDeliveryDecider,
      {
        type: 'DeliverModule',
        data: {
          deliveryId,
          customerId,
          module: body.module,
          advisorId: body.advisorId ?? context.actor.userId,
          deliveredOn: body.deliveredOn ?? businessDateOf(context),
          fundingProjectId: body.fundingProjectId,
          modules: this.modules,
          actor: context.actor,
        },
      },
      context,
    );
    return commandResponse({ deliveryId }, handled);
  }
}
