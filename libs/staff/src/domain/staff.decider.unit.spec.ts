import { fold, type Actor } from '#libs/decider';
import { given } from '../../../decider/src/testing.js';
import type { ChangeEmployeeRoles, EraseEmployeePersonalData, GrantCreditCertification, RegisterEmployee, RevokeCreditCertification } from './staff.commands.js';
import { creditCertificationDecider, employeeDecider, isCertifiedOn } from './staff.decider.js';
import { staffPersonalDataFields, type CertificationEvent, type EmployeeEvent } from './staff.events.js';
import { certificationStream, employeeStream } from './staff.streams.js';

const admin: Actor = { userId: 'u-admin', roles: ['admin'] };
const officer: Actor = { userId: 'u-officer', roles: ['credit_officer'] };
const advisor: Actor = { userId: 'u-advisor', roles: ['advisor'] };
const controller: Actor = { userId: 'u-controller', roles: ['controller'] };

describe('employee decider', () => {
  it('keeps each employee in their own stream', () => {
    expect(employeeStream('u-eva')).toBe('employee-u-eva');
  });

  const register = (overrides: Partial<RegisterEmployee['data']> = {}): RegisterEmployee => ({
    type: 'RegisterEmployee',
    data: { userId: 'u-eva', name: 'Eva Lind', region: 'orebro', roles: ['credit_officer', 'advisor'], actor: admin, ...overrides },
  });
  const registered: EmployeeEvent = {
    type: 'EmployeeRegistered',
    data: { userId: 'u-eva', name: 'Eva Lind', region: 'orebro', roles: ['advisor', 'credit_officer'] },
  };
  const changeRoles = (roles: ChangeEmployeeRoles['data']['roles'], actor: Actor = admin): ChangeEmployeeRoles => ({
    type: 'ChangeEmployeeRoles',
    data: { userId: 'u-eva', roles, actor },
  });

  describe('RegisterEmployee', () => {
    it('registers an employee with the roles as a set in canonical order', () => {
      given(employeeDecider).when(register()).then([registered]);
    });

    it('drops a role given twice', () => {
      given(employeeDecider)
        .when(register({ roles: ['advisor', 'credit_officer', 'advisor'] }))
        .then([registered]);
    });

    it('registers an employee without roles', () => {
      given(employeeDecider)
        .when(register({ roles: [] }))
        .then([{ type: 'EmployeeRegistered', data: { ...registered.data, roles: [] } }]);
    });

    it.each([officer, advisor, controller])('refuses %o', (actor) => {
      given(employeeDecider).when(register({ actor })).thenRefuses('forbidden', 'role-not-allowed');
    });

    it('refuses an employee already registered', () => {
      given(employeeDecider, [registered]).when(register()).thenRefuses('conflict', 'employee-already-registered');
    });

    it.each([
      [{ userId: '' }, 'required'],
      [{ name: '  ' }, 'required'],
      [{ region: 'uppsala' as never }, 'invalid-region'],
      [{ roles: ['boss'] as never }, 'invalid-roles'],
      [{ roles: 'admin' as never }, 'invalid-roles'],
      [{ roles: undefined as never }, 'invalid-roles'],
      [{ roles: '' as never }, 'invalid-roles'],
    ])('refuses invalid input %o', (overrides, code) => {
      given(employeeDecider).when(register(overrides)).thenRefuses('invalid', code);
    });

    it('marks the name as personal data for the infrastructure to encrypt', () => {
      expect(staffPersonalDataFields).toEqual({ EmployeeRegistered: ['name'] });
    });
  });

  describe('ChangeEmployeeRoles', () => {
    it('records the new roles beside the previous ones', () => {
      given(employeeDecider, [registered])
        .when(changeRoles(['admin', 'advisor']))
        .then([{ type: 'EmployeeRolesChanged', data: { userId: 'u-eva', roles: ['advisor', 'admin'], previousRoles: ['advisor', 'credit_officer'] } }]);
    });

    it('takes every role away', () => {
      given(employeeDecider, [registered])
        .when(changeRoles([]))
        .then([{ type: 'EmployeeRolesChanged', data: { userId: 'u-eva', roles: [], previousRoles: ['advisor', 'credit_officer'] } }]);
    });

    it('compares with the roles as last changed', () => {
      const changed: EmployeeEvent = { type: 'EmployeeRolesChanged', data: { userId: 'u-eva', roles: ['advisor'], previousRoles: ['advisor', 'credit_officer'] } };
      given(employeeDecider, [registered, changed])
        .when(changeRoles(['advisor']))
        .then([]);
    });

    it('emits nothing when the set of roles is unchanged, whatever the order', () => {
      given(employeeDecider, [registered])
        .when(changeRoles(['credit_officer', 'advisor']))
        .then([]);
    });

    it('refuses an unknown employee', () => {
      given(employeeDecider)
        .when(changeRoles(['advisor']))
        .thenRefuses('not_found', 'employee-not-found');
    });

    it('refuses a non-admin', () => {
      given(employeeDecider, [registered])
        .when(changeRoles(['advisor'], officer))
        .thenRefuses('forbidden', 'role-not-allowed');
    });

    it('refuses an unknown role', () => {
      given(employeeDecider, [registered])
        .when(changeRoles(['auditor' as never]))
        .thenRefuses('invalid', 'invalid-roles');
    });
  });

  describe('EraseEmployeePersonalData', () => {
    const erase = (actor: Actor = admin, requestedOn = '2025-03-01'): EraseEmployeePersonalData => ({
      type: 'EraseEmployeePersonalData',
      data: { userId: 'u-eva', requestedOn, actor },
    });
    const erased: EmployeeEvent = { type: 'EmployeePersonalDataErased', data: { userId: 'u-eva', requestedOn: '2025-03-01' } };

    it('records that the erasure was asked for and honoured', () => {
      given(employeeDecider, [registered]).when(erase()).then([erased]);
    });

    it('records a repeated request too: each request is honoured and on record', () => {
      given(employeeDecider, [registered, erased]).when(erase()).then([erased]);
    });

    it('leaves the employee registered with their roles', () => {
      given(employeeDecider, [registered, erased]).when(register()).thenRefuses('conflict', 'employee-already-registered');
      given(employeeDecider, [registered, erased])
        .when(changeRoles(['advisor', 'credit_officer']))
        .then([]);
    });

    it('refuses an unknown employee', () => {
      given(employeeDecider).when(erase()).thenRefuses('not_found', 'employee-not-found');
    });

    it.each([officer, advisor, controller])('refuses %o', (actor) => {
      given(employeeDecider, [registered]).when(erase(actor)).thenRefuses('forbidden', 'role-not-allowed');
    });

    it('refuses an invalid request date', () => {
      given(employeeDecider, [registered]).when(erase(admin, '2025-02-30')).thenRefuses('invalid', 'invalid-date', 'requestedOn');
    });
  });

  describe('events of an employee never registered change nothing', () => {
    it.each<EmployeeEvent>([
      { type: 'EmployeeRolesChanged', data: { userId: 'u-eva', roles: ['admin'], previousRoles: [] } },
      { type: 'EmployeePersonalDataErased', data: { userId: 'u-eva', requestedOn: '2025-03-01' } },
    ])('%o', (event) => {
      expect(employeeDecider.evolve(employeeDecider.initialState(), event)).toStrictEqual({ status: 'unregistered' });
    });
  });
});

describe('credit certification decider', () => {
  it("keeps each credit officer's certification in its own stream", () => {
    expect(certificationStream('u-officer')).toBe('certification-u-officer');
  });

  const grant = (validFrom: string, validTo?: string, actor: Actor = admin): GrantCreditCertification => ({
    type: 'GrantCreditCertification',
    data: { userId: 'u-officer', validFrom, ...(validTo === undefined ? {} : { validTo }), actor },
  });
  const revoke = (effectiveFrom: string, actor: Actor = admin): RevokeCreditCertification => ({
    type: 'RevokeCreditCertification',
    data: { userId: 'u-officer', effectiveFrom, actor },
  });
  const granted = (validFrom: string, validTo?: string): CertificationEvent => ({
    type: 'CreditCertificationGranted',
    data: { userId: 'u-officer', validFrom, ...(validTo === undefined ? {} : { validTo }) },
  });
  const revoked = (effectiveFrom: string): CertificationEvent => ({ type: 'CreditCertificationRevoked', data: { userId: 'u-officer', effectiveFrom } });
  const stateOf = (events: CertificationEvent[]) => fold(creditCertificationDecider, events);

  describe('GrantCreditCertification', () => {
    it('grants a certification for a period', () => {
      given(creditCertificationDecider)
        .when(grant('2024-01-01', '2025-12-31'))
        .then([granted('2024-01-01', '2025-12-31')]);
    });

    it('grants an open-ended certification', () => {
      given(creditCertificationDecider)
        .when(grant('2024-01-01'))
        .then([granted('2024-01-01')]);
    });

    it('grants a one-day certification', () => {
      given(creditCertificationDecider)
        .when(grant('2024-01-01', '2024-01-01'))
        .then([granted('2024-01-01', '2024-01-01')]);
    });

    it('grants again after a revocation', () => {
      given(creditCertificationDecider, [granted('2024-01-01'), revoked('2024-06-01')])
        .when(grant('2024-01-01'))
        .then([granted('2024-01-01')]);
    });

    it('grants a renewal beside an earlier grant', () => {
      given(creditCertificationDecider, [granted('2024-01-01', '2024-12-31')])
        .when(grant('2025-01-01', '2025-12-31'))
        .then([granted('2025-01-01', '2025-12-31')]);
    });

    it('emits nothing for a grant identical to one in force', () => {
      given(creditCertificationDecider, [granted('2024-01-01', '2025-12-31')])
        .when(grant('2024-01-01', '2025-12-31'))
        .then([]);
    });

    it('grants a certification that extends the end of one in force', () => {
      given(creditCertificationDecider, [granted('2024-01-01', '2024-12-31')])
        .when(grant('2024-01-01', '2025-12-31'))
        .then([granted('2024-01-01', '2025-12-31')]);
      given(creditCertificationDecider, [granted('2024-01-01', '2024-12-31')])
        .when(grant('2024-01-01'))
        .then([granted('2024-01-01')]);
    });

    it('grants a certification that starts on another day than one in force with the same end', () => {
      given(creditCertificationDecider, [granted('2024-01-01', '2025-12-31')])
        .when(grant('2023-07-01', '2025-12-31'))
        .then([granted('2023-07-01', '2025-12-31')]);
    });

    it('refuses validTo before validFrom', () => {
      given(creditCertificationDecider).when(grant('2024-06-01', '2024-05-31')).thenRefuses('invalid', 'valid-to-before-valid-from');
    });

    it.each([
      ['2024-02-30', undefined],
      ['2024-01-01', '31.12.2024'],
    ])('refuses the invalid dates %p – %p', (validFrom, validTo) => {
      given(creditCertificationDecider).when(grant(validFrom, validTo)).thenRefuses('invalid', 'invalid-date');
    });

    it('refuses a blank user id', () => {
      given(creditCertificationDecider)
        .when({ type: 'GrantCreditCertification', data: { userId: ' ', validFrom: '2024-01-01', actor: admin } })
        .thenRefuses('invalid', 'required');
    });

    it.each([officer, advisor, controller])('refuses %o', (actor) => {
      given(creditCertificationDecider)
        .when(grant('2024-01-01', undefined, actor))
        .thenRefuses('forbidden', 'role-not-allowed');
    });
  });

  describe('RevokeCreditCertification', () => {
    it('revokes from a date', () => {
      given(creditCertificationDecider, [granted('2024-01-01')])
        .when(revoke('2024-06-01'))
        .then([revoked('2024-06-01')]);
    });

    it('revokes a certification with an end date before it ends, up to its last day', () => {
      given(creditCertificationDecider, [granted('2024-01-01', '2024-12-31')])
        .when(revoke('2024-06-01'))
        .then([revoked('2024-06-01')]);
      given(creditCertificationDecider, [granted('2024-01-01', '2024-12-31')])
        .when(revoke('2024-12-31'))
        .then([revoked('2024-12-31')]);
    });

    it('revokes when one grant among several is still in force', () => {
      given(creditCertificationDecider, [granted('2023-01-01', '2023-12-31'), granted('2024-01-01')])
        .when(revoke('2024-06-01'))
        .then([revoked('2024-06-01')]);
    });

    it('emits nothing for a revocation repeated from the same day', () => {
      given(creditCertificationDecider, [granted('2024-01-01'), revoked('2024-06-01')])
        .when(revoke('2024-06-01'))
        .then([]);
    });

    it('moves a revocation earlier', () => {
      given(creditCertificationDecider, [granted('2024-01-01'), revoked('2024-06-01')])
        .when(revoke('2024-05-01'))
        .then([revoked('2024-05-01')]);
    });

    it('emits nothing when the certification already ends by then', () => {
      given(creditCertificationDecider, [granted('2024-01-01'), revoked('2024-06-01')])
        .when(revoke('2024-07-01'))
        .then([]);
      given(creditCertificationDecider, [granted('2024-01-01', '2024-12-31')])
        .when(revoke('2025-01-01'))
        .then([]);
    });

    it('refuses a person never certified', () => {
      given(creditCertificationDecider).when(revoke('2024-06-01')).thenRefuses('not_found', 'certification-not-found');
    });

    it('refuses an invalid date', () => {
      given(creditCertificationDecider, [granted('2024-01-01')])
        .when(revoke('2024-13-01'))
        .thenRefuses('invalid', 'invalid-date');
    });

    it.each([officer, advisor, controller])('refuses %o', (actor) => {
      given(creditCertificationDecider, [granted('2024-01-01')])
        .when(revoke('2024-06-01', actor))
        .thenRefuses('forbidden', 'role-not-allowed');
    });
  });

  describe('isCertifiedOn', () => {
    it('is false for someone never granted', () => {
      expect(isCertifiedOn(creditCertificationDecider.initialState(), '2024-01-01')).toBe(false);
    });

    it('covers validFrom to validTo inclusive', () => {
      const state = stateOf([granted('2024-01-01', '2024-12-31')]);
      expect(isCertifiedOn(state, '2023-12-31')).toBe(false);
      expect(isCertifiedOn(state, '2024-01-01')).toBe(true);
      expect(isCertifiedOn(state, '2024-12-31')).toBe(true);
      expect(isCertifiedOn(state, '2025-01-01')).toBe(false);
    });

    it('has no end without validTo', () => {
      expect(isCertifiedOn(stateOf([granted('2024-01-01')]), '2099-12-31')).toBe(true);
    });

    it('ends on the day a revocation takes effect', () => {
      const state = stateOf([granted('2024-01-01'), revoked('2024-06-01')]);
      expect(isCertifiedOn(state, '2024-05-31')).toBe(true);
      expect(isCertifiedOn(state, '2024-06-01')).toBe(false);
      expect(isCertifiedOn(state, '2025-01-01')).toBe(false);
    });

    it('honours the earliest of several revocations', () => {
      const state = stateOf([granted('2024-01-01'), revoked('2024-06-01'), revoked('2024-03-01')]);
      expect(isCertifiedOn(state, '2024-02-29')).toBe(true);
      expect(isCertifiedOn(state, '2024-03-01')).toBe(false);
    });

    it('keeps an earlier revocation when a later one ends a grant recorded since', () => {
      // Revoked from March; granted again from September; that new grant revoked from June, before it starts.
      const state = stateOf([granted('2024-01-01'), revoked('2024-03-01'), granted('2024-09-01'), revoked('2024-06-01')]);
      expect(isCertifiedOn(state, '2024-02-29')).toBe(true);
      expect(isCertifiedOn(state, '2024-04-15')).toBe(false);
      expect(isCertifiedOn(state, '2024-09-01')).toBe(false);
    });

    it('lets a grant recorded after a revocation certify again', () => {
      const state = stateOf([granted('2024-01-01'), revoked('2024-06-01'), granted('2024-09-01', '2025-08-31')]);
      expect(isCertifiedOn(state, '2024-05-31')).toBe(true);
      expect(isCertifiedOn(state, '2024-07-15')).toBe(false);
      expect(isCertifiedOn(state, '2024-09-01')).toBe(true);
      expect(isCertifiedOn(state, '2025-08-31')).toBe(true);
      expect(isCertifiedOn(state, '2025-09-01')).toBe(false);
    });

    it('is false in a gap between two grants', () => {
      const state = stateOf([granted('2024-01-01', '2024-06-30'), granted('2024-08-01', '2024-12-31')]);
      expect(isCertifiedOn(state, '2024-06-30')).toBe(true);
      expect(isCertifiedOn(state, '2024-07-15')).toBe(false);
      expect(isCertifiedOn(state, '2024-08-01')).toBe(true);
    });

    it('does not certify before validFrom even when the revocation lies later', () => {
      const state = stateOf([granted('2024-03-01'), revoked('2024-06-01')]);
      expect(isCertifiedOn(state, '2024-02-28')).toBe(false);
    });
  });
});
