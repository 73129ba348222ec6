/**
 * Module delivery decider: one stream per delivery, `delivery-<deliveryId>`.
 * Invariants:
 * - only an advisor records a delivery; an advisor or an admin voids one;
 * - a delivery is credited to the acting advisor (an admin who is also an advisor may credit another one),
 *   and only to a registered employee who is an advisor;
 * - its date lies within the command's window (never in the future, at most the back-dating window back);
 * - the module is a key of the catalogue the command carries (the catalogue is configuration);
 * - a delivery is recorded once and voided at most once, with a reason, never before it was delivered;
 * - a void repeats the delivery's facts, so the count "delivered minus voided" needs no lookup.
 */
import { assertNever, authorise, hasRole, optionalText, refuse, requireDateInWindow, requireOneOf, requireText, type BusinessDate, type Decider } from '#libs/decider';
import { requireOrganisationNumber, type OrganisationNumber } from '#libs/customers';
import type { ModuleDeliveryCommand } from './advisory.commands.js';
import type { ModuleDeliveryEvent } from './advisory.events.js';

interface Delivery {
  readonly deliveryId: string;
  readonly customerId: OrganisationNumber;
  readonly module: string;
  readonly advisorId: string;
  readonly deliveredOn: BusinessDate;
  readonly fundingProjectId?: string;
}

export type ModuleDeliveryState =
  { readonly status: 'none' } | { readonly status: 'delivered'; readonly delivery: Delivery } | { readonly status: 'voided'; readonly delivery: Delivery };

const decide = (command: ModuleDeliveryCommand, state: ModuleDeliveryState): ModuleDeliveryEvent[] => {
  switch (command.type) {
    case 'DeliverModule': {
      const { data } = command;
      authorise(data.actor, ['advisor']);
      const deliveryId = requireText(data.deliveryId, 'deliveryId');
      const customerId = requireOrganisationNumber(data.customerId);
      const module = requireOneOf(
        data.module,
        data.modules.map((m) => m.key),
        'module',
      );
      const advisorId = requireText(data.advisorId, 'advisorId');
      if (advisorId !== data.actor.userId && !hasRole(data.actor, 'admin'))
        refuse('forbidden', 'delivery-for-another-advisor', 'An advisor records only their own deliveries; only an admin credits another advisor');
      if (data.advisorStatus === 'unregistered')
        refuse('rule', 'advisor-not-registered', `No employee ${advisorId} is registered: a delivery is credited only to a registered advisor`);
      if (data.advisorStatus !== 'active-advisor') refuse('rule', 'advisor-not-active', `${advisorId} is not an active advisor: a delivery is credited only to one`);
      const deliveredOn = requireDateInWindow(data.deliveredOn, 'deliveredOn', data.window);
      const fundingProjectId = optionalText(data.fundingProjectId, 'fundingProjectId');
      if (state.status !== 'none') refuse('conflict', 'delivery-already-recorded', `Delivery ${deliveryId} is already recorded`);
      return [
        {
          type: 'ModuleDelivered',
          data: { deliveryId, customerId, module, advisorId, deliveredOn, ...(fundingProjectId === undefined ? {} : { fundingProjectId }) },
        },
      ];
    }
    case 'VoidDelivery': {
      const { data } = command;
      authorise(data.actor, ['advisor', 'admin']);
      const reason = requireText(data.reason, 'reason');
      const voidedOn = requireDateInWindow(data.voidedOn, 'voidedOn', data.window);
      if (state.status === 'none') return refuse('not_found', 'delivery-not-found', 'No such delivery');
      if (state.status === 'voided') refuse('conflict', 'delivery-already-voided', 'The delivery is already voided');
      const { delivery } = state;
      if (voidedOn < delivery.deliveredOn) refuse('rule', 'voided-before-delivered', 'A delivery cannot be voided before the day it was delivered');
      return [{ type: 'ModuleDeliveryVoided', data: { ...delivery, voidedOn, reason, voidedBy: data.actor.userId } }];
    }
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(command);
  }
};

const evolve = (state: ModuleDeliveryState, event: ModuleDeliveryEvent): ModuleDeliveryState => {
  switch (event.type) {
    case 'ModuleDelivered': {
      const { deliveryId, customerId, module, advisorId, deliveredOn, fundingProjectId } = event.data;
      return {
        status: 'delivered',
        delivery: { deliveryId, customerId, module, advisorId, deliveredOn, ...(fundingProjectId === undefined ? {} : { fundingProjectId }) },
      };
    }
    case 'ModuleDeliveryVoided':
      return state.status === 'none' ? state : { status: 'voided', delivery: state.delivery };
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(event);
  }
};

export const moduleDeliveryDecider: Decider<ModuleDeliveryCommand, ModuleDeliveryEvent, ModuleDeliveryState> = {
  initialState: () => ({ status: 'none' }),
  decide,
  evolve,
};
