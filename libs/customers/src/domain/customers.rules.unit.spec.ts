import type { Actor, BusinessDateWindow } from '#libs/decider';
import { given } from '../../../decider/src/testing.js';
import type { RecordOwnerProfile, UpdateCustomerProfile } from './customers.commands.js';
import { customerDecider, type CustomerState } from './customers.decider.js';
import type { CustomerEvent, CustomerRegistered } from './customers.events.js';
import { requireOrganisationNumber } from './organisation-number.js';

/**
 * Rules a mutation run found unpinned: each test fails if the rule is dropped (see
 * tests/mutation/README.md). The focus-group shares read the owner answers, so a changed answer
 * must be recorded; a profile update must keep what it does not change.
 */
const advisor: Actor = { userId: 'u-advisor', roles: ['advisor'] };
/** Wide enough for every date below: the back-dating window is not what these tests are about. */
const window: BusinessDateWindow = { today: '2030-12-31', backdatingDays: 100_000 };
const customerId = requireOrganisationNumber('5561234567');
const registered: CustomerRegistered = {
  type: 'CustomerRegistered',
  data: { customerId, name: 'Mälarverken AB', region: 'vastmanland', municipality: 'Västerås', foundedOn: '2019-03-14', phase: 'growth', registeredOn: '2024-02-01' },
};
const update = (changes: Partial<UpdateCustomerProfile['data']>): UpdateCustomerProfile => ({
  type: 'UpdateCustomerProfile',
  data: { customerId: '5561234567', updatedOn: '2024-05-01', actor: advisor, window, ...changes },
});
const record = (overrides: Partial<RecordOwnerProfile['data']> = {}): RecordOwnerProfile => ({
  type: 'RecordOwnerProfile',
  data: { customerId: '5561234567', womenLed: 'yes', foreignBackground: 'no', ownerName: 'Anna Svensson', recordedOn: '2024-03-01', actor: advisor, window, ...overrides },
});
const owner: CustomerEvent = {
  type: 'OwnerProfileRecorded',
  data: { customerId, womenLed: 'yes', foreignBackground: 'no', ownerName: 'Anna Svensson', recordedOn: '2024-02-01' },
};
const stateAfter = (events: readonly CustomerEvent[]): CustomerState => events.reduce(customerDecider.evolve, customerDecider.initialState());

describe('customer rules pinned by the mutation run', () => {
  describe('an owner profile is recorded again when any answer changes', () => {
    it.each([
      ['the women-led answer', { womenLed: 'no' as const }],
      ['the foreign-background answer', { foreignBackground: 'yes' as const }],
      ['the owner name', { ownerName: 'Anna Berg' }],
      ['the owner name left out', { ownerName: undefined }],
    ])('%s', (_what, overrides) => {
      const command = record(overrides);
      const { ownerName } = command.data;
      given(customerDecider, [registered, owner])
        .when(command)
        .then([
          {
            type: 'OwnerProfileRecorded',
            data: {
              customerId,
              womenLed: command.data.womenLed,
              foreignBackground: command.data.foreignBackground,
              ...(ownerName === undefined ? {} : { ownerName }),
              recordedOn: '2024-03-01',
            },
          },
        ]);
    });
  });

  describe('a profile update records what changed', () => {
    it('records a new name', () => {
      given(customerDecider, [registered])
        .when(update({ name: 'Mälarverken Holding AB' }))
        .then([{ type: 'CustomerProfileUpdated', data: { customerId, updatedOn: '2024-05-01', name: 'Mälarverken Holding AB' } }]);
    });

    it('records a move to another municipality alone', () => {
      given(customerDecider, [registered])
        .when(update({ municipality: 'Köping' }))
        .then([{ type: 'CustomerProfileUpdated', data: { customerId, updatedOn: '2024-05-01', municipality: 'Köping' } }]);
    });

    it('keeps every field an earlier update did not change', () => {
      const moved: CustomerEvent = { type: 'CustomerProfileUpdated', data: { customerId, updatedOn: '2024-04-01', region: 'orebro' } };
      const renamed: CustomerEvent = { type: 'CustomerProfileUpdated', data: { customerId, updatedOn: '2024-04-02', name: 'Nya Mälarverken AB' } };
      given(customerDecider, [registered, moved])
        .when(update({ name: 'Mälarverken AB', municipality: 'Västerås', phase: 'growth' }))
        .then([]);
      given(customerDecider, [registered, renamed])
        .when(update({ region: 'vastmanland' }))
        .then([]);
      expect(stateAfter([registered, moved, renamed])).toMatchObject({ name: 'Nya Mälarverken AB', region: 'orebro', municipality: 'Västerås', phase: 'growth' });
    });
  });

  describe('events of a customer never registered change nothing', () => {
    it.each<CustomerEvent>([
      { type: 'CustomerProfileUpdated', data: { customerId, updatedOn: '2024-04-01', name: 'X AB' } },
      { type: 'CustomerClassified', data: { customerId, group: 'ideal', effectiveFrom: '2024-01-01' } },
      owner,
      { type: 'CustomerPersonalDataErased', data: { customerId, requestedOn: '2024-06-01' } },
    ])('%o', (event) => {
      expect(customerDecider.evolve(customerDecider.initialState(), event)).toStrictEqual({ status: 'unregistered' });
    });
  });
});
