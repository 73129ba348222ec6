// The customers area's domain only (see jest.mutation.config.js): what other areas' deciders import.
export * from '../../../libs/customers/src/domain/organisation-number.js';
export * from '../../../libs/customers/src/domain/target-group.js';
export * from '../../../libs/customers/src/domain/customer-profile.js';
export * from '../../../libs/customers/src/domain/customers.events.js';
export * from '../../../libs/customers/src/domain/customers.commands.js';
export * from '../../../libs/customers/src/domain/customers.decider.js';
export * from '../../../libs/customers/src/domain/customers.streams.js';
