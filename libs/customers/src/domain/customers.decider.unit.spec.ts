import type { Actor, BusinessDateWindow } from '#libs/decider';
import { given } from '../../../decider/src/testing.js';
import type { ClassifyCustomer, CustomerCommand, RecordOwnerProfile, RegisterCustomer, UpdateCustomerProfile } from './customers.commands.js';
import { customerDecider } from './customers.decider.js';
import type { CustomerEvent, CustomerRegistered } from './customers.events.js';
import { customerPersonalDataFields } from './customers.events.js';
import { requireOrganisationNumber } from './organisation-number.js';

/** Wide enough for every date below: these tests are about other rules than the back-dating window. */
const WIDE_WINDOW: BusinessDateWindow = { today: '2030-12-31', backdatingDays: 100_000 };

const advisor: Actor = { userId: 'u-advisor', roles: ['advisor'] };
const officer: Actor = { userId: 'u-officer', roles: ['credit_officer'] };
const admin: Actor = { userId: 'u-admin', roles: ['admin'] };
const controller: Actor = { userId: 'u-controller', roles: ['controller'] };

const customerId = requireOrganisationNumber('5561234567');

const register = (overrides: Partial<RegisterCustomer['data']> = {}): RegisterCustomer => ({
  type: 'RegisterCustomer',
  data: {
    window: WIDE_WINDOW,
    customerId: '556123-4567',
    name: 'Mälarverken AB',
    region: 'vastmanland',
    municipality: 'Västerås',
    foundedOn: '2019-03-14',
    phase: 'growth',
    registeredOn: '2024-02-01',
    actor: advisor,
    ...overrides,
  },
});

const registered: CustomerRegistered = {
  type: 'CustomerRegistered',
  data: {
    customerId,
    name: 'Mälarverken AB',
    region: 'vastmanland',
    municipality: 'Västerås',
    foundedOn: '2019-03-14',
    phase: 'growth',
    registeredOn: '2024-02-01',
  },
};

describe('customer decider', () => {
  describe('RegisterCustomer', () => {
    it('registers the company under its normalised organisationsnummer', () => {
      given(customerDecider).when(register()).then([registered]);
    });

    it.each([officer, admin])('lets a %o register', (actor) => {
      given(customerDecider).when(register({ actor })).then([registered]);
    });

    it('trims the texts', () => {
      given(customerDecider)
        .when(register({ name: '  Mälarverken AB ', municipality: ' Västerås' }))
        .then([registered]);
    });

    it('refuses a controller', () => {
      given(customerDecider)
        .when(register({ actor: controller }))
        .thenRefuses('forbidden', 'role-not-allowed');
    });

    it('refuses a company already registered', () => {
      given(customerDecider, [registered]).when(register()).thenRefuses('conflict', 'customer-already-registered');
    });

    it('refuses an organisationsnummer with a wrong check digit', () => {
      given(customerDecider)
        .when(register({ customerId: '5561234568' }))
        .thenRefuses('invalid', 'invalid-organisation-number');
    });

    it.each([
      [{ name: ' ' }, 'required'],
      [{ municipality: '' }, 'required'],
      [{ region: 'stockholm' as never }, 'invalid-region'],
      [{ phase: 'mature' as never }, 'invalid-phase'],
      [{ foundedOn: '2019-02-30' }, 'invalid-date'],
      [{ registeredOn: '1/2/2024' }, 'invalid-date'],
    ])('refuses invalid input %o', (overrides, code) => {
      given(customerDecider).when(register(overrides)).thenRefuses('invalid', code);
    });
  });

  describe('UpdateCustomerProfile', () => {
    const update = (changes: Partial<UpdateCustomerProfile['data']>, actor: Actor = advisor): UpdateCustomerProfile => ({
      type: 'UpdateCustomerProfile',
      data: { window: WIDE_WINDOW, customerId: '5561234567', updatedOn: '2024-05-01', actor, ...changes },
    });

    it('records only the fields that changed', () => {
      given(customerDecider, [registered])
        .when(update({ name: 'Mälarverken AB', region: 'orebro', municipality: 'Örebro', phase: 'growth' }))
        .then([{ type: 'CustomerProfileUpdated', data: { customerId, updatedOn: '2024-05-01', region: 'orebro', municipality: 'Örebro' } }]);
    });

    it('records a new phase', () => {
      given(customerDecider, [registered])
        .when(update({ phase: 'established' }, officer))
        .then([{ type: 'CustomerProfileUpdated', data: { customerId, updatedOn: '2024-05-01', phase: 'established' } }]);
    });

    it('compares with the profile as updated before', () => {
      const moved: CustomerEvent = { type: 'CustomerProfileUpdated', data: { customerId, updatedOn: '2024-04-01', region: 'orebro' } };
      given(customerDecider, [registered, moved])
        .when(update({ region: 'orebro' }))
        .then([]);
    });

    it('emits nothing when nothing changed', () => {
      given(customerDecider, [registered])
        .when(update({ name: 'Mälarverken AB' }))
        .then([]);
    });

    it('refuses an unknown customer', () => {
      given(customerDecider)
        .when(update({ name: 'X AB' }))
        .thenRefuses('not_found', 'customer-not-found');
    });

    it('refuses a controller', () => {
      given(customerDecider, [registered])
        .when(update({ name: 'X AB' }, controller))
        .thenRefuses('forbidden', 'role-not-allowed');
    });

    it.each([
      [{ name: '' }, 'required'],
      [{ region: 'gotland' as never }, 'invalid-region'],
      [{ phase: 'x' as never }, 'invalid-phase'],
      [{ updatedOn: '2024-13-01' }, 'invalid-date'],
    ])('refuses invalid input %o', (changes, code) => {
      given(customerDecider, [registered]).when(update(changes)).thenRefuses('invalid', code);
    });
  });

  describe('ClassifyCustomer', () => {
    const classify = (group: ClassifyCustomer['data']['group'], effectiveFrom: string, actor: Actor = advisor): ClassifyCustomer => ({
      type: 'ClassifyCustomer',
      data: { window: WIDE_WINDOW, customerId: '5561234567', group, effectiveFrom, actor },
    });
    const classified = (group: 'bredd' | 'ideal' | 'spets', effectiveFrom: string): CustomerEvent => ({
      type: 'CustomerClassified',
      data: { customerId, group, effectiveFrom },
    });

    it('classifies a customer from a date', () => {
      given(customerDecider, [registered])
        .when(classify('ideal', '2024-02-01'))
        .then([classified('ideal', '2024-02-01')]);
    });

    it('reclassifies, also retroactively', () => {
      given(customerDecider, [registered, classified('ideal', '2024-02-01')])
        .when(classify('spets', '2024-01-15', admin))
        .then([classified('spets', '2024-01-15')]);
    });

    it('corrects the group on a date already classified', () => {
      given(customerDecider, [registered, classified('ideal', '2024-02-01')])
        .when(classify('bredd', '2024-02-01'))
        .then([classified('bredd', '2024-02-01')]);
    });

    it('accepts the same group on the same date as a no-op', () => {
      given(customerDecider, [registered, classified('ideal', '2024-02-01')])
        .when(classify('ideal', '2024-02-01'))
        .then([]);
    });

    it('compares with the latest entry for the date, not the first', () => {
      given(customerDecider, [registered, classified('ideal', '2024-02-01'), classified('bredd', '2024-02-01')])
        .when(classify('ideal', '2024-02-01'))
        .then([classified('ideal', '2024-02-01')]);
    });

    it('records the same group again from a different date', () => {
      given(customerDecider, [registered, classified('ideal', '2024-02-01')])
        .when(classify('ideal', '2024-03-01'))
        .then([classified('ideal', '2024-03-01')]);
    });

    it('keeps the history in state', () => {
      const state = [registered, classified('bredd', '2024-01-01'), classified('ideal', '2024-07-01')].reduce(customerDecider.evolve, customerDecider.initialState());
      expect(state.status === 'registered' && state.classifications).toEqual([
        { group: 'bredd', effectiveFrom: '2024-01-01' },
        { group: 'ideal', effectiveFrom: '2024-07-01' },
      ]);
    });

    it('refuses an unknown group', () => {
      given(customerDecider, [registered])
        .when(classify('elit' as never, '2024-02-01'))
        .thenRefuses('invalid', 'invalid-group');
    });

    it('refuses an invalid date', () => {
      given(customerDecider, [registered]).when(classify('ideal', '2024-02-31')).thenRefuses('invalid', 'invalid-date');
    });

    it('refuses an unknown customer', () => {
      given(customerDecider).when(classify('ideal', '2024-02-01')).thenRefuses('not_found', 'customer-not-found');
    });

    it('refuses a controller', () => {
      given(customerDecider, [registered])
        .when(classify('ideal', '2024-02-01', controller))
        .thenRefuses('forbidden', 'role-not-allowed');
    });
  });

  describe('RecordOwnerProfile', () => {
    const record = (overrides: Partial<RecordOwnerProfile['data']> = {}): RecordOwnerProfile => ({
      type: 'RecordOwnerProfile',
      data: {
        window: WIDE_WINDOW,
        customerId: '5561234567',
        womenLed: 'yes',
        foreignBackground: 'unknown',
        ownerName: 'Anna Svensson',
        recordedOn: '2024-02-01',
        actor: advisor,
        ...overrides,
      },
    });
    const recorded: CustomerEvent = {
      type: 'OwnerProfileRecorded',
      data: { customerId, womenLed: 'yes', foreignBackground: 'unknown', ownerName: 'Anna Svensson', recordedOn: '2024-02-01' },
    };

    it('records the owner profile', () => {
      given(customerDecider, [registered]).when(record()).then([recorded]);
    });

    it('records a profile without a name', () => {
      given(customerDecider, [registered])
        .when(record({ ownerName: undefined, womenLed: 'no', foreignBackground: 'yes' }))
        .then([{ type: 'OwnerProfileRecorded', data: { customerId, womenLed: 'no', foreignBackground: 'yes', recordedOn: '2024-02-01' } }]);
    });

    it('emits nothing when the same profile is recorded again', () => {
      given(customerDecider, [registered, recorded])
        .when(record({ recordedOn: '2024-03-01' }))
        .then([]);
    });

    it('records the profile again after it was erased', () => {
      const erased: CustomerEvent = { type: 'CustomerPersonalDataErased', data: { customerId, requestedOn: '2024-02-10' } };
      given(customerDecider, [registered, recorded, erased])
        .when(record({ recordedOn: '2024-03-01' }))
        .then([{ ...recorded, data: { ...recorded.data, recordedOn: '2024-03-01' } }]);
    });

    it.each([
      [{ womenLed: 'maybe' as never }, 'invalid-women-led'],
      [{ foreignBackground: true as never }, 'invalid-foreign-background'],
      [{ ownerName: ' ' }, 'required'],
      [{ recordedOn: '' }, 'invalid-date'],
    ])('refuses invalid input %o', (overrides, code) => {
      given(customerDecider, [registered]).when(record(overrides)).thenRefuses('invalid', code);
    });

    it('refuses an unknown customer', () => {
      given(customerDecider).when(record()).thenRefuses('not_found', 'customer-not-found');
    });

    it('refuses a controller', () => {
      given(customerDecider, [registered])
        .when(record({ actor: controller }))
        .thenRefuses('forbidden', 'role-not-allowed');
    });

    it('marks the owner fields as personal data for the infrastructure to encrypt', () => {
      expect(customerPersonalDataFields).toEqual({ OwnerProfileRecorded: ['womenLed', 'foreignBackground', 'ownerName'] });
    });
  });

  describe('EraseCustomerPersonalData', () => {
    const erase = (actor: Actor = admin, requestedOn = '2024-06-01'): CustomerCommand => ({
      type: 'EraseCustomerPersonalData',
      data: { window: WIDE_WINDOW, customerId: '5561234567', requestedOn, actor },
    });
    const owner: CustomerEvent = {
      type: 'OwnerProfileRecorded',
      data: { customerId, womenLed: 'yes', foreignBackground: 'no', recordedOn: '2024-02-01' },
    };

    it('lets an admin erase the personal data', () => {
      given(customerDecider, [registered, owner])
        .when(erase())
        .then([{ type: 'CustomerPersonalDataErased', data: { customerId, requestedOn: '2024-06-01' } }]);
    });

    it('forgets the owner profile in state', () => {
      const state = [registered, owner, { type: 'CustomerPersonalDataErased', data: { customerId, requestedOn: '2024-06-01' } } as CustomerEvent].reduce(
        customerDecider.evolve,
        customerDecider.initialState(),
      );
      expect(state.status === 'registered' && state.ownerProfile).toBeUndefined();
    });

    it.each([advisor, officer, controller])('refuses %o', (actor) => {
      given(customerDecider, [registered, owner]).when(erase(actor)).thenRefuses('forbidden', 'role-not-allowed');
    });

    it('refuses an unknown customer', () => {
      given(customerDecider).when(erase()).thenRefuses('not_found', 'customer-not-found');
    });

    it('refuses an invalid date', () => {
      given(customerDecider, [registered]).when(erase(admin, '2024-6-1')).thenRefuses('invalid', 'invalid-date');
    });
  });
});
