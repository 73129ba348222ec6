import type { Actor, BusinessDateWindow } from '#libs/decider';
import { given } from '../../../decider/src/testing.js';
import type { LogAdvisorySession } from './advisory.commands.js';
import type { AdvisorySessionLogged } from './advisory.events.js';
import { advisorySessionDecider as decider } from './advisory-session.decider.js';
import { advisorySessionStream } from './advisory.streams.js';

/** Wide enough for every date below: these tests are about other rules than the back-dating window. */
const WIDE_WINDOW: BusinessDateWindow = { today: '2030-12-31', backdatingDays: 100_000 };

const anna: Actor = { userId: 'anna', roles: ['advisor'] };

const log = (overrides: Partial<LogAdvisorySession['data']> = {}): LogAdvisorySession => ({
  type: 'LogAdvisorySession',
  data: {
    window: WIDE_WINDOW,
    sessionId: 's-1',
    customerId: '5560360793',
    advisorId: 'anna',
    date: '2025-03-14',
    durationMinutes: 90,
    sustainabilityDiscussed: true,
    actor: anna,
    ...overrides,
  },
});

const logged: AdvisorySessionLogged = {
  type: 'AdvisorySessionLogged',
  data: {
    sessionId: 's-1',
    customerId: '5560360793' as AdvisorySessionLogged['data']['customerId'],
    advisorId: 'anna',
    date: '2025-03-14',
    durationMinutes: 90,
    sustainabilityDiscussed: true,
  },
};

describe('advisory session', () => {
  it('lives in its own stream', () => {
    expect(advisorySessionStream('s-1')).toBe('advisory-session-s-1');
  });

  it('is logged by the advisor who held it', () => {
    given(decider, []).when(log()).then([logged]);
  });

  it('records the funding project when one is given, and normalises the organisationsnummer', () => {
    given(decider, [])
      .when(log({ customerId: '556036-0793', fundingProjectId: 'eruf-2025', sustainabilityDiscussed: false }))
      .then([{ type: 'AdvisorySessionLogged', data: { ...logged.data, sustainabilityDiscussed: false, fundingProjectId: 'eruf-2025' } }]);
  });

  it.each([['credit_officer' as const], ['controller' as const], ['admin' as const]])('is refused to role %s', (role) => {
    given(decider, [])
      .when(log({ actor: { userId: 'anna', roles: [role] } }))
      .thenRefuses('forbidden', 'role-not-allowed');
  });

  it('is refused when an advisor logs a session for another advisor', () => {
    given(decider, [])
      .when(log({ advisorId: 'bertil' }))
      .thenRefuses('forbidden', 'session-for-someone-else');
  });

  it('is logged only once per session id', () => {
    given(decider, [logged])
      .when(log({ durationMinutes: 30 }))
      .thenRefuses('conflict', 'session-already-logged');
  });

  it.each<[string, Partial<LogAdvisorySession['data']>, string, string]>([
    ['a blank session id', { sessionId: ' ' }, 'sessionId', 'required'],
    ['an invalid organisationsnummer', { customerId: '5560360794' }, 'customerId', 'invalid-organisation-number'],
    ['an impossible date', { date: '2025-02-30' }, 'date', 'invalid-date'],
    ['a date in another format', { date: '14/3/2025' }, 'date', 'invalid-date'],
    ['zero minutes', { durationMinutes: 0 }, 'durationMinutes', 'invalid-duration-minutes'],
    ['negative minutes', { durationMinutes: -15 }, 'durationMinutes', 'invalid-duration-minutes'],
    ['fractional minutes', { durationMinutes: 1.5 }, 'durationMinutes', 'invalid-duration-minutes'],
    ['minutes as text', { durationMinutes: '30' as unknown as number }, 'durationMinutes', 'invalid-duration-minutes'],
    ['a non-boolean sustainability answer', { sustainabilityDiscussed: 'yes' as unknown as boolean }, 'sustainabilityDiscussed', 'invalid-sustainability-discussed'],
    ['a blank funding project', { fundingProjectId: '' }, 'fundingProjectId', 'required'],
  ])('is refused as invalid with %s', (_, overrides, field, code) => {
    given(decider, []).when(log(overrides)).thenRefuses('invalid', code, field);
  });
});
