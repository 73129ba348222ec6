import type { OrganisationNumber } from './organisation-number.js';

export const customerStream = (customerId: OrganisationNumber): string => `customer-${customerId}`;
