import { refuse } from '#libs/decider';
import type { EventStore } from '#libs/event-store';
import { requireOrganisationNumber, type OrganisationNumber } from '../domain/organisation-number.js';
import { customerStream } from '../domain/customers.streams.js';

/**
 * For the areas whose commands name a customer (loans, advisory, customer time, surveys): the customer
 * must be registered, and its stream's first event is enough to know. Refuses an unparsable id as
 * 'invalid' and an unknown one as 'not_found' (`customer-not-found`); `notFoundMessage` lets loans keep
 * the wording its API has always answered.
 */
export async function requireRegisteredCustomer(
  store: EventStore,
  customerId: string,
  notFoundMessage = (id: OrganisationNumber): string => `No customer ${id} is registered`,
): Promise<OrganisationNumber> {
  const id = requireOrganisationNumber(customerId);
  const [registered] = await store.readStream(customerStream(id), { maxCount: 1 });
  return registered ? id : refuse('not_found', 'customer-not-found', notFoundMessage(id));
}
