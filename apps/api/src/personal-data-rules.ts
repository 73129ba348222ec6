import type { PersonalDataRules } from '#libs/platform';

/** Every business area's personal fields, merged. Customers' data are sealed under the customer's key. */
export const personalDataRules: PersonalDataRules = {};
