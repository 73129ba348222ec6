import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { requireRegisteredCustomer } from '#libs/customers';
import { fold } from '#libs/decider';
import type { EventStore } from '#libs/event-store';
import { employeeDecider, employeeStream, type EmployeeEvent } from '#libs/staff';
import type { AdvisorStatus } from '../../domain/advisory.commands.js';
import { requireFundingProject } from '#libs/funding';
import { businessDateOf, COMMAND_DEPS, dateWindowOf, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse, idFor } from '#libs/platform';
import { ADVISORY_MODULE_CATALOGUE } from '../../advisory-module-catalogue.provider.js';
import type { AdvisoryModuleCatalogue } from '../../domain/advisory-modules.js';
import { moduleDeliveryStream } from '../../domain/advisory.streams.js';
import { moduleDeliveryDecider } from '../../domain/module-delivery.decider.js';
import { DeliverModuleCommand } from './deliver-module.command.js';

/** A registered employee holding the advisor role is an active advisor (the sealed name is not needed, so no codec). */
async function advisorStatusOf(store: EventStore, userId: string): Promise<AdvisorStatus> {
  const recorded = await store.readStream(employeeStream(userId));
  const employee = fold(
    employeeDecider,
    recorded.map((e) => ({ type: e.type, data: e.data }) as EmployeeEvent),
  );
  if (employee.status !== 'registered') return 'unregistered';
  return employee.roles.includes('advisor') ? 'active-advisor' : 'not-an-advisor';
}

@CommandHandler(DeliverModuleCommand)
export class DeliverModuleHandler implements ICommandHandler<DeliverModuleCommand> {
  constructor(
    @Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps,
    @Inject(ADVISORY_MODULE_CATALOGUE) private readonly modules: AdvisoryModuleCatalogue,
  ) {}

  async execute({ body, context }: DeliverModuleCommand): Promise<CommandResponse> {
    const deliveryId = idFor(context, 'deliveryId');
    const advisorId = body.advisorId ?? context.actor.userId;
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
          advisorId,
          advisorStatus: await advisorStatusOf(this.deps.store, advisorId),
          deliveredOn: body.deliveredOn ?? businessDateOf(context),
          fundingProjectId: body.fundingProjectId,
          modules: this.modules,
          actor: context.actor,
          window: dateWindowOf(this.deps, context),
        },
      },
      context,
    );
    return commandResponse({ deliveryId }, handled);
  }
}
