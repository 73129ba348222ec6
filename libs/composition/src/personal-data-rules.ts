import { advisoryPersonalDataFields } from '#libs/advisory';
import { customerPersonalDataFields } from '#libs/customers';
import type { PersonalDataRules } from '#libs/platform';
import { staffPersonalDataFields } from '#libs/staff';

const sealedUnder = (fields: Readonly<Record<string, readonly string[]>>, subject: (data: Record<string, unknown>) => string): PersonalDataRules =>
  Object.fromEntries(Object.entries(fields).map(([type, list]) => [type, { fields: list, subject }]));

/**
 * Every business area's personal fields, merged: the api seals with them, the projections open with
 * them (api and projector alike). Composed here, beside the registry, as it imports the area libs.
 * Each person has a key of their own, so each can be erased alone: a customer's owner profile is
 * sealed under `customer:<orgnr>`, an employee's name under `employee:<userId>`, a mentor's name
 * under `mentor-pair:<pairId>` (mentors have no id of their own). Mentor names recorded before
 * mentors had their own keys stay under the customer's key (each sealed value names its key, so they
 * still open) and are erased with the customer's personal data.
 */
export const personalDataRules: PersonalDataRules = {
  ...sealedUnder(customerPersonalDataFields, (data) => `customer:${String(data.customerId)}`),
  ...sealedUnder(advisoryPersonalDataFields, (data) => `mentor-pair:${String(data.pairId)}`),
  ...sealedUnder(staffPersonalDataFields, (data) => `employee:${String(data.userId)}`),
};
