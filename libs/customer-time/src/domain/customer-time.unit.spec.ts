import type { Actor, BusinessDateWindow } from '#libs/decider';
import type { OrganisationNumber } from '#libs/customers';
import { given } from '../../../decider/src/testing.js';
import type { CorrectTimeEntry, RecordTimeEntry, VoidTimeEntry } from './customer-time.commands.js';
import { customerTimeDecider as decider } from './customer-time.decider.js';
import type { TimeEntryCorrected, TimeEntryRecorded, TimeEntryVoided } from './customer-time.events.js';
import { timeDayStream } from './customer-time.streams.js';
import { isWorkedTime, MINUTES_PER_DAY } from './time-entry-kind.js';

/** Wide enough for every date below: these tests are about other rules than the back-dating window. */
const WIDE_WINDOW: BusinessDateWindow = { today: '2030-12-31', backdatingDays: 100_000 };

const anna: Actor = { userId: 'anna', roles: ['advisor'] };
const acme = '5560360793' as OrganisationNumber;
const other = '5566778899' as OrganisationNumber;

const record = (overrides: Partial<RecordTimeEntry['data']> = {}): RecordTimeEntry => ({
  type: 'RecordTimeEntry',
  data: { window: WIDE_WINDOW, entryId: 't-1', employeeId: 'anna', date: '2025-05-06', minutes: 120, kind: 'customer', customerId: '556036-0793', actor: anna, ...overrides },
});

const correct = (overrides: Partial<CorrectTimeEntry['data']> = {}): CorrectTimeEntry => ({
  type: 'CorrectTimeEntry',
  data: { window: WIDE_WINDOW, entryId: 't-1', employeeId: 'anna', date: '2025-05-06', minutes: 90, kind: 'customer', customerId: '5560360793', actor: anna, ...overrides },
});

const voidIt = (overrides: Partial<VoidTimeEntry['data']> = {}): VoidTimeEntry => ({
  type: 'VoidTimeEntry',
  data: { window: WIDE_WINDOW, entryId: 't-1', employeeId: 'anna', date: '2025-05-06', reason: 'Logged twice', actor: anna, ...overrides },
});

const recorded = (entryId: string, minutes: number, rest: Partial<TimeEntryRecorded['data']> = { kind: 'customer', customerId: acme }): TimeEntryRecorded => ({
  type: 'TimeEntryRecorded',
  data: { entryId, employeeId: 'anna', date: '2025-05-06', minutes, kind: 'internal', ...rest },
});

const customerEntry = recorded('t-1', 120);

describe('time entry kinds', () => {
  it('count customer and internal time as worked, absence not', () => {
    expect([isWorkedTime('customer'), isWorkedTime('internal'), isWorkedTime('absence')]).toEqual([true, true, false]);
  });

  it('allow 24 hours a day', () => {
    expect(MINUTES_PER_DAY).toBe(1440);
  });
});

describe("one person's day of time", () => {
  it('is one stream per employee and date', () => {
    expect(timeDayStream('anna', '2025-05-06')).toBe('time-anna-2025-05-06');
  });

  describe('recording', () => {
    it('records customer time for a customer, normalising the organisationsnummer', () => {
      given(decider, []).when(record()).then([customerEntry]);
    });

    it('records internal time and absence without a customer', () => {
      given(decider, [])
        .when(record({ kind: 'internal', customerId: undefined }))
        .then([recorded('t-1', 120, {})]);
      given(decider, [])
        .when(record({ kind: 'absence', customerId: undefined, minutes: 480 }))
        .then([recorded('t-1', 480, { kind: 'absence' })]);
    });

    it('records the funding project when one is given', () => {
      given(decider, [])
        .when(record({ fundingProjectId: 'eruf-2025' }))
        .then([recorded('t-1', 120, { kind: 'customer', customerId: acme, fundingProjectId: 'eruf-2025' })]);
    });

    it('lets a credit officer log their own time', () => {
      const lena: Actor = { userId: 'lena', roles: ['credit_officer'] };
      given(decider, [])
        .when(record({ employeeId: 'lena', actor: lena }))
        .then([{ type: 'TimeEntryRecorded', data: { ...customerEntry.data, employeeId: 'lena' } }]);
    });

    it.each([['controller' as const], ['admin' as const]])('is refused to role %s', (role) => {
      given(decider, [])
        .when(record({ actor: { userId: 'anna', roles: [role] } }))
        .thenRefuses('forbidden', 'role-not-allowed');
    });

    it('is refused for someone else', () => {
      given(decider, [])
        .when(record({ employeeId: 'bertil' }))
        .thenRefuses('forbidden', 'time-for-someone-else');
    });

    it('is refused for a second entry with the same id', () => {
      given(decider, [customerEntry])
        .when(record({ minutes: 10 }))
        .thenRefuses('conflict', 'time-entry-already-recorded');
    });

    it('fills the day up to exactly 24 hours', () => {
      given(decider, [recorded('t-0', 1000)])
        .when(record({ minutes: 440 }))
        .then([recorded('t-1', 440, { kind: 'customer', customerId: acme })]);
    });

    it('is refused one minute beyond 24 hours in the day', () => {
      given(decider, [recorded('t-0', 1000)])
        .when(record({ minutes: 441 }))
        .thenRefuses('rule', 'day-exceeds-24-hours');
    });

    it('is refused for a single entry longer than a day', () => {
      given(decider, [])
        .when(record({ minutes: 1441 }))
        .thenRefuses('rule', 'day-exceeds-24-hours');
    });

    it('counts absence towards the 24 hours', () => {
      given(decider, [recorded('t-0', 480, { kind: 'absence' })])
        .when(record({ minutes: 961 }))
        .thenRefuses('rule', 'day-exceeds-24-hours');
    });

    it('no longer counts a voided entry', () => {
      const voided: TimeEntryVoided = { type: 'TimeEntryVoided', data: { ...recorded('t-0', 1440, {}).data, reason: 'Wrong day' } };
      given(decider, [recorded('t-0', 1440, {}), voided])
        .when(record({ minutes: 1440 }))
        .then([recorded('t-1', 1440, { kind: 'customer', customerId: acme })]);
    });

    it('counts a corrected entry with its corrected minutes', () => {
      const corrected: TimeEntryCorrected = {
        type: 'TimeEntryCorrected',
        data: { entryId: 't-0', employeeId: 'anna', date: '2025-05-06', minutes: 400, kind: 'internal', previous: { minutes: 1000, kind: 'internal' } },
      };
      const past = [recorded('t-0', 1000, {}), corrected];
      given(decider, past)
        .when(record({ minutes: 1040 }))
        .then([recorded('t-1', 1040, { kind: 'customer', customerId: acme })]);
      given(decider, past)
        .when(record({ minutes: 1041 }))
        .thenRefuses('rule', 'day-exceeds-24-hours');
    });

    it.each<[string, Partial<RecordTimeEntry['data']>, string, string]>([
      ['a blank employee', { employeeId: '' }, 'employeeId', 'required'],
      ['a blank entry id', { entryId: ' ' }, 'entryId', 'required'],
      ['an impossible date', { date: '2025-06-31' }, 'date', 'invalid-date'],
      ['zero minutes', { minutes: 0 }, 'minutes', 'invalid-minutes'],
      ['negative minutes', { minutes: -30 }, 'minutes', 'invalid-minutes'],
      ['fractional minutes', { minutes: 7.5 }, 'minutes', 'invalid-minutes'],
      ['an unknown kind', { kind: 'travel' as RecordTimeEntry['data']['kind'] }, 'kind', 'invalid-kind'],
      ['customer time without a customer', { customerId: undefined }, 'customerId', 'required'],
      ['customer time with an invalid organisationsnummer', { customerId: '5560360790' }, 'customerId', 'invalid-organisation-number'],
      ['internal time naming a customer', { kind: 'internal' }, 'customerId', 'customer-only-for-customer-time'],
      ['absence naming a customer', { kind: 'absence' }, 'customerId', 'customer-only-for-customer-time'],
      ['a blank funding project', { fundingProjectId: '' }, 'fundingProjectId', 'required'],
    ])('is refused as invalid with %s', (_, overrides, field, code) => {
      given(decider, []).when(record(overrides)).thenRefuses('invalid', code, field);
    });
  });

  describe('correcting', () => {
    it('carries the new values in full and the previous ones', () => {
      const funded = recorded('t-1', 120, { kind: 'customer', customerId: acme, fundingProjectId: 'eruf-2025' });
      given(decider, [funded])
        .when(correct({ minutes: 90, customerId: '556677-8899' }))
        .then([
          {
            type: 'TimeEntryCorrected',
            data: {
              entryId: 't-1',
              employeeId: 'anna',
              date: '2025-05-06',
              minutes: 90,
              kind: 'customer',
              customerId: other,
              fundingProjectId: 'eruf-2025',
              previous: { minutes: 120, kind: 'customer', customerId: acme },
            },
          },
        ]);
    });

    it('turns customer time into internal time, dropping the customer', () => {
      given(decider, [customerEntry])
        .when(correct({ minutes: 120, kind: 'internal', customerId: undefined }))
        .then([
          {
            type: 'TimeEntryCorrected',
            data: { entryId: 't-1', employeeId: 'anna', date: '2025-05-06', minutes: 120, kind: 'internal', previous: { minutes: 120, kind: 'customer', customerId: acme } },
          },
        ]);
    });

    it('turns internal time into customer time', () => {
      given(decider, [recorded('t-1', 60, {})])
        .when(correct({ minutes: 60 }))
        .then([
          {
            type: 'TimeEntryCorrected',
            data: { entryId: 't-1', employeeId: 'anna', date: '2025-05-06', minutes: 60, kind: 'customer', customerId: acme, previous: { minutes: 60, kind: 'internal' } },
          },
        ]);
    });

    it('takes the previous values from the latest correction', () => {
      const first: TimeEntryCorrected = {
        type: 'TimeEntryCorrected',
        data: {
          entryId: 't-1',
          employeeId: 'anna',
          date: '2025-05-06',
          minutes: 90,
          kind: 'customer',
          customerId: acme,
          previous: { minutes: 120, kind: 'customer', customerId: acme },
        },
      };
      given(decider, [customerEntry, first])
        .when(correct({ minutes: 75 }))
        .then([{ type: 'TimeEntryCorrected', data: { ...first.data, minutes: 75, previous: { minutes: 90, kind: 'customer', customerId: acme } } }]);
    });

    it('emits nothing when nothing changes', () => {
      given(decider, [customerEntry])
        .when(correct({ minutes: 120, customerId: '556036-0793' }))
        .then([]);
    });

    it('may grow an entry up to the 24 hours of the day, not beyond', () => {
      const past = [recorded('t-0', 1000, {}), recorded('t-1', 400, {})];
      given(decider, past)
        .when(correct({ minutes: 440, kind: 'internal', customerId: undefined }))
        .then([
          {
            type: 'TimeEntryCorrected',
            data: { entryId: 't-1', employeeId: 'anna', date: '2025-05-06', minutes: 440, kind: 'internal', previous: { minutes: 400, kind: 'internal' } },
          },
        ]);
      given(decider, past)
        .when(correct({ minutes: 441, kind: 'internal', customerId: undefined }))
        .thenRefuses('rule', 'day-exceeds-24-hours');
    });

    it('is refused for an unknown entry', () => {
      given(decider, [recorded('t-0', 60, {})])
        .when(correct())
        .thenRefuses('not_found', 'time-entry-not-found');
    });

    it('is refused for a voided entry', () => {
      const voided: TimeEntryVoided = { type: 'TimeEntryVoided', data: { ...customerEntry.data, reason: 'Logged twice' } };
      given(decider, [customerEntry, voided]).when(correct()).thenRefuses('rule', 'time-entry-voided');
    });

    it('is refused for someone else', () => {
      const bertil: Actor = { userId: 'bertil', roles: ['advisor'] };
      given(decider, [customerEntry])
        .when(correct({ actor: bertil }))
        .thenRefuses('forbidden', 'time-for-someone-else');
    });

    it.each([['controller' as const], ['admin' as const]])('is refused to role %s', (role) => {
      given(decider, [customerEntry])
        .when(correct({ actor: { userId: 'anna', roles: [role] } }))
        .thenRefuses('forbidden', 'role-not-allowed');
    });

    it.each<[string, Partial<CorrectTimeEntry['data']>, string, string]>([
      ['a blank entry id', { entryId: '' }, 'entryId', 'required'],
      ['an impossible date', { date: '2025-5-6' }, 'date', 'invalid-date'],
      ['zero minutes', { minutes: 0 }, 'minutes', 'invalid-minutes'],
      ['an unknown kind', { kind: 'overtime' as CorrectTimeEntry['data']['kind'] }, 'kind', 'invalid-kind'],
      ['customer time without a customer', { customerId: undefined }, 'customerId', 'required'],
      ['internal time naming a customer', { kind: 'internal' }, 'customerId', 'customer-only-for-customer-time'],
    ])('is refused as invalid with %s', (_, overrides, field, code) => {
      given(decider, [customerEntry]).when(correct(overrides)).thenRefuses('invalid', code, field);
    });
  });

  describe('voiding', () => {
    it('carries the voided values and the reason', () => {
      const funded = recorded('t-1', 120, { kind: 'customer', customerId: acme, fundingProjectId: 'eruf-2025' });
      given(decider, [funded])
        .when(voidIt())
        .then([{ type: 'TimeEntryVoided', data: { ...funded.data, reason: 'Logged twice' } }]);
    });

    it('carries the corrected values of a corrected entry', () => {
      const corrected: TimeEntryCorrected = {
        type: 'TimeEntryCorrected',
        data: { entryId: 't-1', employeeId: 'anna', date: '2025-05-06', minutes: 30, kind: 'internal', previous: { minutes: 120, kind: 'customer', customerId: acme } },
      };
      given(decider, [customerEntry, corrected])
        .when(voidIt())
        .then([{ type: 'TimeEntryVoided', data: { entryId: 't-1', employeeId: 'anna', date: '2025-05-06', minutes: 30, kind: 'internal', reason: 'Logged twice' } }]);
    });

    it('is refused for an unknown entry', () => {
      given(decider, []).when(voidIt()).thenRefuses('not_found', 'time-entry-not-found');
    });

    it('happens only once', () => {
      const voided: TimeEntryVoided = { type: 'TimeEntryVoided', data: { ...customerEntry.data, reason: 'Logged twice' } };
      given(decider, [customerEntry, voided]).when(voidIt()).thenRefuses('conflict', 'time-entry-already-voided');
    });

    it('is refused for someone else', () => {
      given(decider, [customerEntry])
        .when(voidIt({ employeeId: 'bertil' }))
        .thenRefuses('forbidden', 'time-for-someone-else');
    });

    it.each([['controller' as const], ['admin' as const]])('is refused to role %s', (role) => {
      given(decider, [customerEntry])
        .when(voidIt({ actor: { userId: 'anna', roles: [role] } }))
        .thenRefuses('forbidden', 'role-not-allowed');
    });

    it.each<[string, Partial<VoidTimeEntry['data']>, string, string]>([
      ['no reason', { reason: '' }, 'reason', 'required'],
      ['a blank entry id', { entryId: ' ' }, 'entryId', 'required'],
      ['an impossible date', { date: '2025-02-29' }, 'date', 'invalid-date'],
    ])('is refused as invalid with %s', (_, overrides, field, code) => {
      given(decider, [customerEntry]).when(voidIt(overrides)).thenRefuses('invalid', code, field);
    });
  });
});

describe('corrections pinned by the mutation run', () => {
  it('records a correction that changes only the kind', () => {
    given(decider, [recorded('t-1', 120, {})])
      .when(correct({ minutes: 120, kind: 'absence', customerId: undefined }))
      .then([
        {
          type: 'TimeEntryCorrected',
          data: { entryId: 't-1', employeeId: 'anna', date: '2025-05-06', minutes: 120, kind: 'absence', previous: { minutes: 120, kind: 'internal' } },
        },
      ]);
  });

  it('records a correction that changes only the customer', () => {
    given(decider, [customerEntry])
      .when(correct({ minutes: 120, customerId: '556677-8899' }))
      .then([
        {
          type: 'TimeEntryCorrected',
          data: {
            entryId: 't-1',
            employeeId: 'anna',
            date: '2025-05-06',
            minutes: 120,
            kind: 'customer',
            customerId: other,
            previous: { minutes: 120, kind: 'customer', customerId: acme },
          },
        },
      ]);
  });
});
