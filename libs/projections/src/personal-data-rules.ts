import { advisoryPersonalDataFields } from '#libs/advisory';
import { customerPersonalDataFields } from '#libs/customers';
import type { PersonalDataRules } from '#libs/platform';
import { staffPersonalDataFields } from '#libs/staff';

const sealedUnder = (fields: Readonly<Record<string, readonly string[]>>, subject: (data: Record<string, unknown>) => string): PersonalDataRules =>
  Object.fromEntries(Object.entries(fields).map(([type, list]) => [type, { fields: list, subject }]));

/**
 * Every business area's personal fields, merged: the api seals with them, the projections open with
 * them (api and projector alike). Kept out of index.ts, like the registry: it imports the area libs. A customer's owner profile and its mentor's name are
 * sealed under the customer's key (`customer:<orgnr>`), an employee's name under the employee's.
 */
export const personalDataRules: PersonalDataRules = {
  ...sealedUnder(customerPersonalDataFields, (data) => `customer:${String(data.customerId)}`),
  ...sealedUnder(advisoryPersonalDataFields, (data) => `customer:${String(data.customerId)}`),
  ...sealedUnder(staffPersonalDataFields, (data) => `employee:${String(data.userId)}`),
};
