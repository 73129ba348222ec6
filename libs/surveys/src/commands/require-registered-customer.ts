import { refuse } from '#libs/decider';
import type { EventStore } from '#libs/event-store';
import { customerStream, requireOrganisationNumber, type OrganisationNumber } from '#libs/customers';

/** An answer is about a registered customer: its stream's first event is enough to know. */
export async function requireRegisteredCustomer(store: EventStore, customerId: string): Promise<OrganisationNumber> {
  const id = requireOrganisationNumber(customerId);
  const [registered] = await store.readStream(customerStream(id), { maxCount: 1 });
  return registered ? id : refuse('not_found', 'customer-not-found', `No customer ${id} is registered`);
}
