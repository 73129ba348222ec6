import type { EventStore } from '#libs/event-store';
import { EVENT_STORE } from '#libs/platform';
import { startTestApp, type TestApp } from '../support/app.js';

/** Logging, correcting and voiding one's own time over HTTP: one stream per person-day holds the 24-hour rule. */
describe('customer time over HTTP', () => {
  let t: TestApp;
  let anna: string;
  let kerstin: string;
  let carl: string;
  let root: string;

  // Organisationsnummer with valid Luhn check digits.
  const VERKSTAD = '5560360793';
  const UNREGISTERED = '5569876542';

  beforeAll(async () => {
    t = await startTestApp('customer_time');
    anna = await t.token('advisor-anna', 'advisor');
    kerstin = await t.token('credit-kerstin', 'credit_officer');
    carl = await t.token('ctrl-carl', 'controller');
    root = await t.token('admin-root', 'admin');
    const registered = await t.request('POST', '/customers', {
      token: anna,
      body: { customerId: VERKSTAD, name: 'Verkstads AB', region: 'orebro', municipality: 'Örebro', foundedOn: '2019-04-01', phase: 'growth', registeredOn: '2026-01-10' },
    });
    expect(registered.status).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  const audit = async (streamId: string) => t.request('GET', `/audit/streams/${streamId}`, { token: carl });
  const types = async (streamId: string): Promise<string[]> => (await audit(streamId)).body.events.map((e: { type: string }) => e.type);
  const record = (token: string, body: Record<string, unknown>, headers?: Record<string, string>) =>
    t.request('POST', '/time-entries', { token, body, ...(headers ? { headers } : {}) });
  const customerTime = (date: string, minutes: number, overrides: Record<string, unknown> = {}) => ({ date, minutes, kind: 'customer', customerId: VERKSTAD, ...overrides });
  const internalTime = (date: string, minutes: number) => ({ date, minutes, kind: 'internal' });

  describe('recording', () => {
    it("records an advisor's own customer time on the day's stream, with a UUID entry id", async () => {
      const response = await record(anna, customerTime('2026-03-02', 90));
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ ids: { employeeId: 'advisor-anna', date: '2026-03-02' }, revision: 0, events: ['TimeEntryRecorded'] });
      expect(response.body.ids.entryId).toMatch(/^[0-9a-f-]{36}$/);
      const [event] = (await audit('time-advisor-anna-2026-03-02')).body.events;
      expect(event).toMatchObject({
        recordedBy: 'advisor-anna',
        data: { entryId: response.body.ids.entryId, employeeId: 'advisor-anna', date: '2026-03-02', minutes: 90, kind: 'customer', customerId: VERKSTAD },
      });
    });

    it("records a credit officer's own internal time and absence", async () => {
      expect((await record(kerstin, internalTime('2026-03-02', 240))).status).toBe(200);
      expect((await record(kerstin, { date: '2026-03-02', minutes: 240, kind: 'absence' })).status).toBe(200);
      expect(await types('time-credit-kerstin-2026-03-02')).toEqual(['TimeEntryRecorded', 'TimeEntryRecorded']);
    });

    it('gives two entries the same day different ids', async () => {
      const first = await record(anna, internalTime('2026-03-03', 30));
      const second = await record(anna, internalTime('2026-03-03', 30));
      expect(first.body.ids.entryId).not.toBe(second.body.ids.entryId);
    });

    it('refuses an advisor logging time for someone else (403) and records nothing', async () => {
      const response = await record(anna, { ...internalTime('2026-03-04', 60), employeeId: 'credit-kerstin' });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('time-for-someone-else');
      expect((await audit('time-credit-kerstin-2026-03-04')).status).toBe(404);
    });

    it('refuses a controller and an admin: only advisors and credit officers log time (403)', async () => {
      expect((await record(carl, internalTime('2026-03-04', 60))).status).toBe(403);
      expect((await record(root, internalTime('2026-03-04', 60))).status).toBe(403);
      expect((await audit('time-ctrl-carl-2026-03-04')).status).toBe(404);
      expect((await audit('time-admin-root-2026-03-04')).status).toBe(404);
    });

    it('refuses more than 24 hours in one person-day (422) and records nothing', async () => {
      expect((await record(anna, internalTime('2026-03-05', 600))).status).toBe(200);
      const over = await record(anna, customerTime('2026-03-05', 900));
      expect(over.status).toBe(422);
      expect(over.body.code).toBe('day-exceeds-24-hours');
      expect(await types('time-advisor-anna-2026-03-05')).toEqual(['TimeEntryRecorded']);
      expect((await record(anna, customerTime('2026-03-05', 840))).status).toBe(200);
    });

    it('answers 404 for an unknown customer and an unknown funding project', async () => {
      const customer = await record(anna, customerTime('2026-03-06', 60, { customerId: UNREGISTERED }));
      expect(customer.status).toBe(404);
      expect(customer.body.code).toBe('customer-not-found');
      const project = await record(anna, { ...internalTime('2026-03-06', 60), fundingProjectId: 'no-such-project' });
      expect(project.status).toBe(404);
      expect(project.body.code).toBe('funding-project-not-found');
      expect((await audit('time-advisor-anna-2026-03-06')).status).toBe(404);
    });

    it('answers 400 naming each bad field', async () => {
      const response = await record(anna, { date: '2026-13-01', minutes: 1.5, kind: 'lunch', customerId: 'abc', overtime: true });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['date', 'minutes', 'kind', 'customerId', 'overtime']));
      const noCustomer = await record(anna, customerTime('2026-03-06', 60, { customerId: undefined }));
      expect(noCustomer.status).toBe(400);
      expect(noCustomer.body.errors).toEqual([expect.objectContaining({ field: 'customerId' })]);
      const customerOnInternal = await record(anna, { ...internalTime('2026-03-06', 60), customerId: VERKSTAD });
      expect(customerOnInternal.status).toBe(400);
      expect(customerOnInternal.body.code).toBe('customer-only-for-customer-time');
    });

    it('replays a retried Idempotency-Key with the same entry id and records once', async () => {
      const headers = { 'idempotency-key': 'time-retry-1' };
      const first = await record(anna, internalTime('2026-03-07', 45), headers);
      const retry = await record(anna, internalTime('2026-03-07', 45), headers);
      expect(first.status).toBe(200);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(await types('time-advisor-anna-2026-03-07')).toEqual(['TimeEntryRecorded']);
    });
  });

  describe('correcting and voiding', () => {
    it('records a correction beside the original, with the previous values, visible in the audit stream', async () => {
      const { entryId } = (await record(anna, customerTime('2026-03-09', 120))).body.ids;
      const corrected = await t.request('POST', `/time-entries/${entryId}/correction`, {
        token: anna,
        body: { date: '2026-03-09', minutes: 90, kind: 'internal' },
      });
      expect(corrected.status).toBe(200);
      expect(corrected.body).toMatchObject({ ids: { entryId, employeeId: 'advisor-anna', date: '2026-03-09' }, revision: 1, events: ['TimeEntryCorrected'] });
      const events = (await audit('time-advisor-anna-2026-03-09')).body.events;
      expect(events.map((e: { type: string }) => e.type)).toEqual(['TimeEntryRecorded', 'TimeEntryCorrected']);
      expect(events[1]).toMatchObject({
        recordedBy: 'advisor-anna',
        data: { entryId, minutes: 90, kind: 'internal', previous: { minutes: 120, kind: 'customer', customerId: VERKSTAD } },
      });
      expect(events[1].data.customerId).toBeUndefined();
    });

    it('records nothing for a correction that changes nothing', async () => {
      const { entryId } = (await record(anna, internalTime('2026-03-10', 60))).body.ids;
      const same = await t.request('POST', `/time-entries/${entryId}/correction`, { token: anna, body: { date: '2026-03-10', minutes: 60, kind: 'internal' } });
      expect(same.status).toBe(200);
      expect(same.body).toMatchObject({ events: [], revision: 0 });
      expect(await types('time-advisor-anna-2026-03-10')).toEqual(['TimeEntryRecorded']);
    });

    it('refuses a correction that takes the day over 24 hours (422)', async () => {
      const { entryId } = (await record(anna, internalTime('2026-03-11', 60))).body.ids;
      expect((await record(anna, internalTime('2026-03-11', 1200))).status).toBe(200);
      const over = await t.request('POST', `/time-entries/${entryId}/correction`, { token: anna, body: { date: '2026-03-11', minutes: 300, kind: 'internal' } });
      expect(over.status).toBe(422);
      expect(over.body.code).toBe('day-exceeds-24-hours');
      expect(await types('time-advisor-anna-2026-03-11')).toEqual(['TimeEntryRecorded', 'TimeEntryRecorded']);
    });

    it('voids an entry (visible in the audit stream), refuses voiding it twice (409) and correcting it (422), and frees its minutes', async () => {
      const { entryId } = (await record(anna, internalTime('2026-03-12', 1440))).body.ids;
      const voided = await t.request('POST', `/time-entries/${entryId}/void`, { token: anna, body: { date: '2026-03-12', reason: 'Wrong day' } });
      expect(voided.status).toBe(200);
      expect(voided.body.events).toEqual(['TimeEntryVoided']);
      const twice = await t.request('POST', `/time-entries/${entryId}/void`, { token: anna, body: { date: '2026-03-12', reason: 'Again' } });
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('time-entry-already-voided');
      const correctVoided = await t.request('POST', `/time-entries/${entryId}/correction`, { token: anna, body: { date: '2026-03-12', minutes: 60, kind: 'internal' } });
      expect(correctVoided.status).toBe(422);
      expect(correctVoided.body.code).toBe('time-entry-voided');
      const events = (await audit('time-advisor-anna-2026-03-12')).body.events;
      expect(events.map((e: { type: string }) => e.type)).toEqual(['TimeEntryRecorded', 'TimeEntryVoided']);
      expect(events[1].data).toMatchObject({ entryId, minutes: 1440, kind: 'internal', reason: 'Wrong day' });
      expect((await record(anna, internalTime('2026-03-12', 480))).status).toBe(200);
    });

    it('answers 404 for an unknown entry, and for an entry looked for on another day', async () => {
      const { entryId } = (await record(anna, internalTime('2026-03-13', 60))).body.ids;
      const unknown = await t.request('POST', '/time-entries/no-such-entry/void', { token: anna, body: { date: '2026-03-13', reason: 'Gone' } });
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('time-entry-not-found');
      const otherDay = await t.request('POST', `/time-entries/${entryId}/correction`, { token: anna, body: { date: '2026-03-14', minutes: 30, kind: 'internal' } });
      expect(otherDay.status).toBe(404);
      expect((await audit('time-advisor-anna-2026-03-14')).status).toBe(404);
    });

    it("refuses correcting or voiding someone else's entry (403)", async () => {
      const { entryId } = (await record(kerstin, internalTime('2026-03-16', 60))).body.ids;
      const correct = await t.request('POST', `/time-entries/${entryId}/correction`, {
        token: anna,
        body: { employeeId: 'credit-kerstin', date: '2026-03-16', minutes: 30, kind: 'internal' },
      });
      expect(correct.status).toBe(403);
      const voided = await t.request('POST', `/time-entries/${entryId}/void`, { token: anna, body: { employeeId: 'credit-kerstin', date: '2026-03-16', reason: 'No' } });
      expect(voided.status).toBe(403);
      expect((await t.request('POST', `/time-entries/${entryId}/void`, { token: carl, body: { date: '2026-03-16', reason: 'No' } })).status).toBe(403);
      expect(await types('time-credit-kerstin-2026-03-16')).toEqual(['TimeEntryRecorded']);
    });

    it('answers 400 when the day of the entry is not given', async () => {
      const response = await t.request('POST', '/time-entries/some-entry/void', { token: anna, body: { reason: 'No date' } });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain('date');
    });
  });

  describe('concurrent entries for different people', () => {
    it('records the time entries of 8 people logged at once for one customer and day: every one succeeds', async () => {
      const tokens = await Promise.all(Array.from({ length: 8 }, (_, i) => t.token(`advisor-concurrent-${i}`, 'advisor')));
      const responses = await Promise.all(tokens.map((token) => record(token, customerTime('2026-03-16', 60))));
      expect(responses.map((r) => r.status)).toEqual(tokens.map(() => 200));
      for (let i = 0; i < tokens.length; i++) {
        const events = (await audit(`time-advisor-concurrent-${i}-2026-03-16`)).body.events;
        expect(events).toHaveLength(1);
        expect(events[0]).toMatchObject({ recordedBy: `advisor-concurrent-${i}`, data: { customerId: VERKSTAD, minutes: 60 } });
      }
    });
  });

  describe('concurrent entries for one person-day', () => {
    it('lets exactly one of two entries that together exceed 24 hours through; the other is refused with 422, and the stream holds one', async () => {
      for (const date of ['2026-04-01', '2026-04-02', '2026-04-03', '2026-04-06', '2026-04-07']) {
        const responses = await Promise.all([record(anna, internalTime(date, 780)), record(anna, internalTime(date, 780))]);
        expect(responses.map((r) => r.status).sort()).toEqual([200, 422]);
        expect(responses.find((r) => r.status === 422)?.body.code).toBe('day-exceeds-24-hours');
        const events = (await audit(`time-advisor-anna-${date}`)).body.events;
        expect(events).toHaveLength(1);
        expect(events[0].data.entryId).toBe(responses.find((r) => r.status === 200)?.body.ids.entryId);
      }
    });

    it('refuses the loser only after re-reading the day: both decide on the same empty day, one append wins, the other reads again', async () => {
      const date = '2026-04-08';
      const day = `time-advisor-anna-${date}`;
      const store = t.app.get<EventStore>(EVENT_STORE);
      const readStream = store.readStream;
      let reads = 0;
      let release!: () => void;
      const bothRead = new Promise<void>((resolve) => (release = resolve));
      // Hold each request's first read until both have read: then both decide on the same empty day.
      store.readStream = async (streamId, options) => {
        const events = await readStream.call(store, streamId, options);
        if (streamId === day && ++reads <= 2) {
          if (reads === 2) release();
          await bothRead;
        }
        return events;
      };
      try {
        const responses = await Promise.all([record(anna, internalTime(date, 780)), record(anna, internalTime(date, 780))]);
        expect(responses.map((r) => r.status).sort()).toEqual([200, 422]);
        expect(responses.find((r) => r.status === 422)?.body.code).toBe('day-exceeds-24-hours');
      } finally {
        store.readStream = readStream;
      }
      expect(reads).toBe(3);
      expect(await types(day)).toEqual(['TimeEntryRecorded']);
    });
  });
});
