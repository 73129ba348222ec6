/**
 * Customer decider: one stream per company, `customer-<organisationsnummer>`.
 * Invariants:
 * - the id is a normalised organisationsnummer with a valid check digit; a company is registered once;
 * - only advisors, credit officers and admins change customers; only an admin erases personal data;
 * - every command but registration needs a registered customer;
 * - the classification history is append-only: a reclassification, even a retroactive one, is a new
 *   entry, so an intervention keeps the group the customer had on its date (`classificationOn`);
 * - repeating what is already recorded (same profile, same classification on the same date) emits nothing.
 */
import {
  assertNever,
  authorise,
  refuse,
  REGIONS,
  requireDate,
  requireDateInWindow,
  requireOneOf,
  requireText,
  type BusinessDate,
  type Decider,
  type Region,
  type Role,
} from '#libs/decider';
import type { CustomerCommand } from './customers.commands.js';
import type { CustomerEvent, CustomerProfileUpdated } from './customers.events.js';
import { COMPANY_PHASES, OWNER_ANSWERS, type CompanyPhase, type OwnerProfile } from './customer-profile.js';
import { requireOrganisationNumber, type OrganisationNumber } from './organisation-number.js';
import { TARGET_GROUPS, type Classification } from './target-group.js';

export interface RegisteredCustomer {
  readonly status: 'registered';
  readonly customerId: OrganisationNumber;
  readonly name: string;
  readonly region: Region;
  readonly municipality: string;
  readonly foundedOn: BusinessDate;
  readonly phase: CompanyPhase;
  /** In the order recorded. */
  readonly classifications: readonly Classification[];
  /** Undefined when never recorded or erased. */
  readonly ownerProfile: OwnerProfile | undefined;
}

export type CustomerState = { readonly status: 'unregistered' } | RegisteredCustomer;

const CUSTOMER_ROLES: Role[] = ['advisor', 'credit_officer', 'admin'];

const requireRegistered = (state: CustomerState): RegisteredCustomer => (state.status === 'registered' ? state : refuse('not_found', 'customer-not-found', 'No such customer'));

const decide = (command: CustomerCommand, state: CustomerState): CustomerEvent[] => {
  switch (command.type) {
    case 'RegisterCustomer': {
      const { data } = command;
      authorise(data.actor, CUSTOMER_ROLES);
      const customerId = requireOrganisationNumber(data.customerId);
      if (state.status === 'registered') refuse('conflict', 'customer-already-registered', `Customer ${customerId} is already registered`);
      return [
        {
          type: 'CustomerRegistered',
          data: {
            customerId,
            name: requireText(data.name, 'name'),
            region: requireOneOf(data.region, REGIONS, 'region'),
            municipality: requireText(data.municipality, 'municipality'),
            foundedOn: requireDate(data.foundedOn, 'foundedOn'),
            phase: requireOneOf(data.phase, COMPANY_PHASES, 'phase'),
            registeredOn: requireDateInWindow(data.registeredOn, 'registeredOn', data.window),
          },
        },
      ];
    }
    case 'UpdateCustomerProfile': {
      const { data } = command;
      authorise(data.actor, CUSTOMER_ROLES);
      const customer = requireRegistered(state);
      const updatedOn = requireDateInWindow(data.updatedOn, 'updatedOn', data.window);
      const changes: { -readonly [K in 'name' | 'region' | 'municipality' | 'phase']?: CustomerProfileUpdated['data'][K] } = {};
      if (data.name !== undefined) {
        const name = requireText(data.name, 'name');
        if (name !== customer.name) changes.name = name;
      }
      if (data.region !== undefined) {
        const region = requireOneOf(data.region, REGIONS, 'region');
        if (region !== customer.region) changes.region = region;
      }
      if (data.municipality !== undefined) {
        const municipality = requireText(data.municipality, 'municipality');
        if (municipality !== customer.municipality) changes.municipality = municipality;
      }
      if (data.phase !== undefined) {
        const phase = requireOneOf(data.phase, COMPANY_PHASES, 'phase');
        if (phase !== customer.phase) changes.phase = phase;
      }
      if (Object.keys(changes).length === 0) return [];
      return [{ type: 'CustomerProfileUpdated', data: { customerId: customer.customerId, updatedOn, ...changes } }];
    }
    case 'ClassifyCustomer': {
      const { data } = command;
      authorise(data.actor, CUSTOMER_ROLES);
      const customer = requireRegistered(state);
      const group = requireOneOf(data.group, TARGET_GROUPS, 'group');
      const effectiveFrom = requireDateInWindow(data.effectiveFrom, 'effectiveFrom', data.window);
      const sameDay = customer.classifications.filter((c) => c.effectiveFrom === effectiveFrom).at(-1);
      if (sameDay?.group === group) return [];
      return [{ type: 'CustomerClassified', data: { customerId: customer.customerId, group, effectiveFrom } }];
    }
    case 'RecordOwnerProfile': {
      const { data } = command;
      authorise(data.actor, CUSTOMER_ROLES);
      const customer = requireRegistered(state);
      const womenLed = requireOneOf(data.womenLed, OWNER_ANSWERS, 'womenLed');
      const foreignBackground = requireOneOf(data.foreignBackground, OWNER_ANSWERS, 'foreignBackground');
      const ownerName = data.ownerName === undefined ? undefined : requireText(data.ownerName, 'ownerName');
      const recordedOn = requireDateInWindow(data.recordedOn, 'recordedOn', data.window);
      const current = customer.ownerProfile;
      if (current && current.womenLed === womenLed && current.foreignBackground === foreignBackground && current.ownerName === ownerName) return [];
      return [
        {
          type: 'OwnerProfileRecorded',
          data: { customerId: customer.customerId, womenLed, foreignBackground, ...(ownerName === undefined ? {} : { ownerName }), recordedOn },
        },
      ];
    }
    case 'EraseCustomerPersonalData': {
      const { data } = command;
      authorise(data.actor, ['admin']);
      const customer = requireRegistered(state);
      // Emitted even when nothing is held any more: the event is the record that the request was honoured.
      return [{ type: 'CustomerPersonalDataErased', data: { customerId: customer.customerId, requestedOn: requireDateInWindow(data.requestedOn, 'requestedOn', data.window) } }];
    }
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(command);
  }
};

const evolve = (state: CustomerState, event: CustomerEvent): CustomerState => {
  switch (event.type) {
    case 'CustomerRegistered': {
      const { customerId, name, region, municipality, foundedOn, phase } = event.data;
      return { status: 'registered', customerId, name, region, municipality, foundedOn, phase, classifications: [], ownerProfile: undefined };
    }
    case 'CustomerProfileUpdated': {
      if (state.status !== 'registered') return state;
      const { name, region, municipality, phase } = event.data;
      return {
        ...state,
        name: name ?? state.name,
        region: region ?? state.region,
        municipality: municipality ?? state.municipality,
        phase: phase ?? state.phase,
      };
    }
    case 'CustomerClassified':
      if (state.status !== 'registered') return state;
      return { ...state, classifications: [...state.classifications, { group: event.data.group, effectiveFrom: event.data.effectiveFrom }] };
    case 'OwnerProfileRecorded': {
      if (state.status !== 'registered') return state;
      const { womenLed, foreignBackground, ownerName } = event.data;
      return { ...state, ownerProfile: { womenLed, foreignBackground, ownerName } };
    }
    case 'CustomerPersonalDataErased':
      if (state.status !== 'registered') return state;
      return { ...state, ownerProfile: undefined };
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(event);
  }
};

export const customerDecider: Decider<CustomerCommand, CustomerEvent, CustomerState> = {
  initialState: () => ({ status: 'unregistered' }),
  decide,
  evolve,
};
