import type { Actor, BusinessDateWindow } from '#libs/decider';
import type { OrganisationNumber } from '#libs/customers';
import { given } from '../../../decider/src/testing.js';
import { defaultAdvisoryModules } from './advisory-modules.js';
import type { DeliverModule, VoidDelivery } from './advisory.commands.js';
import type { ModuleDelivered, ModuleDeliveryVoided } from './advisory.events.js';
import { moduleDeliveryDecider as decider } from './module-delivery.decider.js';
import { moduleDeliveryStream } from './advisory.streams.js';

/** Wide enough for every date below: these tests are about other rules than the back-dating window. */
const WIDE_WINDOW: BusinessDateWindow = { today: '2030-12-31', backdatingDays: 100_000 };

const anna: Actor = { userId: 'anna', roles: ['advisor'] };
const bertil: Actor = { userId: 'bertil', roles: ['advisor'] };
const admin: Actor = { userId: 'root', roles: ['admin'] };
const customerId = '5566778899' as OrganisationNumber;

const deliver = (overrides: Partial<DeliverModule['data']> = {}): DeliverModule => ({
  type: 'DeliverModule',
  data: {
    window: WIDE_WINDOW,
    deliveryId: 'd-1',
    customerId: '556677-8899',
    module: 'hallbarhetsworkshop',
    advisorId: 'anna',
    advisorStatus: 'active-advisor',
    deliveredOn: '2025-04-02',
    modules: defaultAdvisoryModules,
    actor: anna,
    ...overrides,
  },
});

const voidIt = (overrides: Partial<VoidDelivery['data']> = {}): VoidDelivery => ({
  type: 'VoidDelivery',
  data: { window: WIDE_WINDOW, deliveryId: 'd-1', reason: 'Registered on the wrong customer', voidedOn: '2025-04-10', actor: bertil, ...overrides },
});

const delivered: ModuleDelivered = {
  type: 'ModuleDelivered',
  data: { deliveryId: 'd-1', customerId, module: 'hallbarhetsworkshop', advisorId: 'anna', deliveredOn: '2025-04-02' },
};

const voided: ModuleDeliveryVoided = {
  type: 'ModuleDeliveryVoided',
  data: { ...delivered.data, voidedOn: '2025-04-10', reason: 'Registered on the wrong customer', voidedBy: 'bertil' },
};

describe('module catalogue', () => {
  it('holds the seven modules of the directive with their Swedish names', () => {
    expect(defaultAdvisoryModules.map((m) => [m.key, m.name])).toEqual([
      ['behovssamtal', 'Behovssamtal'],
      ['affarsutveckling', 'Affärsutveckling'],
      ['framtidsdialog', 'Framtidsdialog'],
      ['hallbarhetsworkshop', 'Hållbarhetsworkshop'],
      ['internationalisering_een', 'Internationalisering/EEN'],
      ['mentor_starta_foretag', 'Mentor Starta Företag'],
      ['mentor_utveckla_foretag', 'Mentor Utveckla Företag'],
    ]);
  });
});

describe('module delivery', () => {
  it('lives in its own stream', () => {
    expect(moduleDeliveryStream('d-1')).toBe('delivery-d-1');
  });

  describe('delivering', () => {
    it('records a module of the catalogue delivered to a customer', () => {
      given(decider, []).when(deliver()).then([delivered]);
    });

    it.each(defaultAdvisoryModules.map((m) => [m.key]))('accepts the module %s', (module) => {
      given(decider, [])
        .when(deliver({ module }))
        .then([{ type: 'ModuleDelivered', data: { ...delivered.data, module } }]);
    });

    it('records the funding project when one is given', () => {
      given(decider, [])
        .when(deliver({ fundingProjectId: 'eruf-2025' }))
        .then([{ type: 'ModuleDelivered', data: { ...delivered.data, fundingProjectId: 'eruf-2025' } }]);
    });

    it('is credited only to the acting advisor: a colleague may not record it for them', () => {
      given(decider, [])
        .when(deliver({ actor: bertil }))
        .thenRefuses('forbidden', 'delivery-for-another-advisor');
    });

    it('may be credited to another advisor by an admin who is also an advisor', () => {
      given(decider, [])
        .when(deliver({ actor: { userId: 'root', roles: ['advisor', 'admin'] } }))
        .then([delivered]);
    });

    it('is credited only to a registered employee', () => {
      given(decider, [])
        .when(deliver({ advisorStatus: 'unregistered' }))
        .thenRefuses('rule', 'advisor-not-registered');
    });

    it('is credited only to an employee who is an advisor', () => {
      given(decider, [])
        .when(deliver({ advisorStatus: 'not-an-advisor' }))
        .thenRefuses('rule', 'advisor-not-active');
    });

    it('is refused when dated after today or beyond the back-dating window', () => {
      const window = { today: '2025-04-02', backdatingDays: 60 };
      given(decider, [])
        .when(deliver({ window, deliveredOn: '2025-04-03' }))
        .thenRefuses('rule', 'business-date-in-future', 'deliveredOn');
      given(decider, [])
        .when(deliver({ window, deliveredOn: '2025-01-31' }))
        .thenRefuses('rule', 'business-date-outside-backdating-window', 'deliveredOn');
      given(decider, [])
        .when(deliver({ window, deliveredOn: '2025-01-31', advisorStatus: 'unregistered' }))
        .thenRefuses('rule', 'advisor-not-registered');
    });

    it('accepts a module added to the configured catalogue', () => {
      const modules = [...defaultAdvisoryModules, { key: 'exportcoaching', name: 'Exportcoaching' }];
      given(decider, [])
        .when(deliver({ module: 'exportcoaching', modules }))
        .then([{ type: 'ModuleDelivered', data: { ...delivered.data, module: 'exportcoaching' } }]);
    });

    it('refuses a module missing from the configured catalogue, even a default one', () => {
      const modules = defaultAdvisoryModules.filter((m) => m.key !== 'hallbarhetsworkshop');
      given(decider, []).when(deliver({ modules })).thenRefuses('invalid', 'invalid-module', 'module');
    });

    it.each([['credit_officer' as const], ['controller' as const], ['admin' as const]])('is refused to role %s', (role) => {
      given(decider, [])
        .when(deliver({ actor: { userId: 'anna', roles: [role] } }))
        .thenRefuses('forbidden', 'role-not-allowed');
    });

    it('is recorded only once per delivery id', () => {
      given(decider, [delivered]).when(deliver()).thenRefuses('conflict', 'delivery-already-recorded');
    });

    it('cannot be recorded again after a void', () => {
      given(decider, [delivered, voided]).when(deliver()).thenRefuses('conflict', 'delivery-already-recorded');
    });

    it.each<[string, Partial<DeliverModule['data']>, string, string]>([
      ['a blank delivery id', { deliveryId: '' }, 'deliveryId', 'required'],
      ['an invalid organisationsnummer', { customerId: '123' }, 'customerId', 'invalid-organisation-number'],
      ['an unknown module', { module: 'golf' }, 'module', 'invalid-module'],
      ['a blank advisor', { advisorId: ' ' }, 'advisorId', 'required'],
      ['an impossible date', { deliveredOn: '2025-13-01' }, 'deliveredOn', 'invalid-date'],
      ['a blank funding project', { fundingProjectId: ' ' }, 'fundingProjectId', 'required'],
    ])('is refused as invalid with %s', (_, overrides, field, code) => {
      given(decider, []).when(deliver(overrides)).thenRefuses('invalid', code, field);
    });
  });

  describe('voiding', () => {
    it('takes a delivery back with a reason, repeating its facts', () => {
      given(decider, [delivered]).when(voidIt()).then([voided]);
    });

    it('is allowed to an admin', () => {
      given(decider, [delivered])
        .when(voidIt({ actor: admin }))
        .then([{ type: 'ModuleDeliveryVoided', data: { ...voided.data, voidedBy: 'root' } }]);
    });

    it('carries the funding project of the delivery', () => {
      const funded: ModuleDelivered = { type: 'ModuleDelivered', data: { ...delivered.data, fundingProjectId: 'eruf-2025' } };
      given(decider, [funded])
        .when(voidIt())
        .then([{ type: 'ModuleDeliveryVoided', data: { ...voided.data, fundingProjectId: 'eruf-2025' } }]);
    });

    it('may happen on the day of delivery', () => {
      given(decider, [delivered])
        .when(voidIt({ voidedOn: '2025-04-02' }))
        .then([{ type: 'ModuleDeliveryVoided', data: { ...voided.data, voidedOn: '2025-04-02' } }]);
    });

    it('is refused before the day of delivery', () => {
      given(decider, [delivered])
        .when(voidIt({ voidedOn: '2025-04-01' }))
        .thenRefuses('rule', 'voided-before-delivered');
    });

    it.each([['credit_officer' as const], ['controller' as const]])('is refused to role %s', (role) => {
      given(decider, [delivered])
        .when(voidIt({ actor: { userId: 'x', roles: [role] } }))
        .thenRefuses('forbidden', 'role-not-allowed');
    });

    it('is refused for an unknown delivery', () => {
      given(decider, []).when(voidIt()).thenRefuses('not_found', 'delivery-not-found');
    });

    it('happens only once', () => {
      given(decider, [delivered, voided]).when(voidIt()).thenRefuses('conflict', 'delivery-already-voided');
    });

    it.each<[string, Partial<VoidDelivery['data']>, string, string]>([
      ['no reason', { reason: '' }, 'reason', 'required'],
      ['a blank reason', { reason: '   ' }, 'reason', 'required'],
      ['an impossible date', { voidedOn: '2025-04-31' }, 'voidedOn', 'invalid-date'],
    ])('is refused as invalid with %s', (_, overrides, field, code) => {
      given(decider, [delivered]).when(voidIt(overrides)).thenRefuses('invalid', code, field);
    });
  });
});
