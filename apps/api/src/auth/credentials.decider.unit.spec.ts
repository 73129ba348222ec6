import type { Actor } from '#libs/decider';
import { given } from '../../../../libs/decider/src/testing.js';
import { credentialDecider, type PasswordSet, type SetPassword } from './credentials.decider.js';

const admin: Actor = { userId: 'u-admin', roles: ['admin'] };
const eva: Actor = { userId: 'u-eva', roles: ['advisor'] };
const officer: Actor = { userId: 'u-officer', roles: ['credit_officer'] };

const setPassword = (overrides: Partial<SetPassword['data']> = {}): SetPassword => ({
  type: 'SetPassword',
  data: { userId: 'u-eva', passwordLength: 14, minLength: 12, maxLength: 256, employeeRegistered: true, actor: admin, ...overrides },
});
const setByAdmin: PasswordSet = { type: 'PasswordSet', data: { userId: 'u-eva', setBy: 'u-admin', ownPassword: false } };

describe('credential decider', () => {
  it("lets an admin set an employee's password, recording who set it and no secret", () => {
    given(credentialDecider).when(setPassword()).then([setByAdmin]);
  });

  it('lets an employee set their own password', () => {
    given(credentialDecider, [setByAdmin])
      .when(setPassword({ actor: eva }))
      .then([{ type: 'PasswordSet', data: { userId: 'u-eva', setBy: 'u-eva', ownPassword: true } }]);
  });

  it("refuses anyone else setting another person's password", () => {
    given(credentialDecider)
      .when(setPassword({ actor: officer }))
      .thenRefuses('forbidden', 'role-not-allowed');
  });

  it('refuses a person who is not a registered employee', () => {
    given(credentialDecider)
      .when(setPassword({ employeeRegistered: false }))
      .thenRefuses('not_found', 'employee-not-found');
  });

  it('refuses a password shorter than the minimum, naming the field', () => {
    given(credentialDecider)
      .when(setPassword({ passwordLength: 11 }))
      .thenRefuses('invalid', 'password-too-short', 'password');
  });

  it('refuses a password longer than the maximum', () => {
    given(credentialDecider)
      .when(setPassword({ passwordLength: 257 }))
      .thenRefuses('invalid', 'password-too-long', 'password');
  });

  it('accepts exactly the minimum length', () => {
    given(credentialDecider)
      .when(setPassword({ passwordLength: 12 }))
      .then([setByAdmin]);
  });
});
