import { startTestApp, type TestApp } from '../support/app.js';

/**
 * GET /time-entries over HTTP: a person finds their entries (with each one's history) to correct
 * them, sees day and week totals against 24 hours and their customer-time share; advisors and credit
 * officers see only their own, controllers and admins anyone's.
 */
describe('time entries read side over HTTP', () => {
  let t: TestApp;
  let anna: string;
  let olle: string;
  let carl: string;
  let ada: string;
  let last = '';
  const entries: Record<string, string> = {};

  const get = (path: string, token: string) => t.request('GET', path, { token });
  const post = async (path: string, token: string, body: unknown) => {
    const response = await t.request('POST', path, { token, body });
    expect(response.status).toBe(200);
    last = response.body.position;
    return response.body as { ids: Record<string, string>; position: string };
  };
  const log = async (name: string, body: Record<string, unknown>, token = anna) => {
    entries[name] = (await post('/time-entries', token, body)).ids.entryId;
  };

  beforeAll(async () => {
    t = await startTestApp('read_time');
    [anna, olle, carl, ada] = await Promise.all([t.token('anna', 'advisor'), t.token('olle', 'credit_officer'), t.token('carl', 'controller'), t.token('ada', 'admin')]);
    await post('/employees', ada, { userId: 'anna', name: 'Anna', region: 'vastmanland', roles: ['advisor'] });
    await post('/employees', ada, { userId: 'olle', name: 'Olle', region: 'orebro', roles: ['credit_officer'] });
    await post('/customers', anna, {
      customerId: '556036-0793',
      name: 'Verkstads AB',
      region: 'vastmanland',
      municipality: 'Västerås',
      foundedOn: '2019-04-01',
      phase: 'growth',
      registeredOn: '2026-03-01',
    });
    await log('monCustomer', { date: '2026-03-02', minutes: 240, kind: 'customer', customerId: '556036-0793' });
    await log('monInternal', { date: '2026-03-02', minutes: 120, kind: 'internal' });
    await log('tueCustomer', { date: '2026-03-03', minutes: 300, kind: 'customer', customerId: '556036-0793' });
    await post(`/time-entries/${entries.tueCustomer}/correction`, anna, { date: '2026-03-03', minutes: 200, kind: 'customer', customerId: '556036-0793' });
    await log('nextMonAbsence', { date: '2026-03-09', minutes: 480, kind: 'absence' });
    await log('nextTueInternal', { date: '2026-03-10', minutes: 60, kind: 'internal' });
    await post(`/time-entries/${entries.nextTueInternal}/void`, anna, { date: '2026-03-10', reason: 'Fel dag' });
    await log('olleInternal', { date: '2026-03-02', minutes: 420, kind: 'internal' }, olle);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('lists the person’s entries with current values and history, day and week totals against 24 h, and the customer-time share', async () => {
    const response = await get(`/time-entries?from=2026-03-01&to=2026-03-31&position=${last}`, anna);
    expect(response.status).toBe(200);
    const body = response.body;
    expect(body).toMatchObject({ employeeId: 'anna', from: '2026-03-01', to: '2026-03-31', nextCursor: null });
    expect(body.items.map((e: { entryId: string }) => e.entryId).sort()).toEqual(
      [entries.monCustomer, entries.monInternal, entries.tueCustomer, entries.nextMonAbsence, entries.nextTueInternal].sort(),
    );
    expect(body.items.map((e: { date: string }) => e.date)).toEqual(['2026-03-02', '2026-03-02', '2026-03-03', '2026-03-09', '2026-03-10']);
    const corrected = body.items.find((e: { entryId: string }) => e.entryId === entries.tueCustomer);
    expect(corrected).toMatchObject({ minutes: 200, kind: 'customer', customerId: '5560360793', voided: false });
    expect(corrected.history.map((h: { change: string; minutes: number; recordedBy: string }) => [h.change, h.minutes, h.recordedBy])).toEqual([
      ['recorded', 300, 'anna'],
      ['corrected', 200, 'anna'],
    ]);
    const voided = body.items.find((e: { entryId: string }) => e.entryId === entries.nextTueInternal);
    expect(voided.voided).toBe(true);
    expect(voided.history.map((h: { change: string; reason: string | null }) => [h.change, h.reason])).toEqual([
      ['recorded', null],
      ['voided', 'Fel dag'],
    ]);
    expect(body.days).toEqual([
      { date: '2026-03-02', customerMinutes: 240, internalMinutes: 120, absenceMinutes: 0, totalMinutes: 360, remainingMinutes: 1080 },
      { date: '2026-03-03', customerMinutes: 200, internalMinutes: 0, absenceMinutes: 0, totalMinutes: 200, remainingMinutes: 1240 },
      { date: '2026-03-09', customerMinutes: 0, internalMinutes: 0, absenceMinutes: 480, totalMinutes: 480, remainingMinutes: 960 },
    ]);
    expect(body.weeks).toEqual([
      { week: '2026-W10', from: '2026-03-02', days: 2, capacityMinutes: 7 * 1440, customerMinutes: 440, internalMinutes: 120, absenceMinutes: 0, totalMinutes: 560 },
      { week: '2026-W11', from: '2026-03-09', days: 1, capacityMinutes: 7 * 1440, customerMinutes: 0, internalMinutes: 0, absenceMinutes: 480, totalMinutes: 480 },
    ]);
    expect(body.customerTimeShare).toEqual({ customerMinutes: 440, internalMinutes: 120, share: 440 / 560 });

    const part = (await get('/time-entries?from=2026-03-03&to=2026-03-09', anna)).body;
    expect(part.weeks.map((w: { week: string; capacityMinutes: number }) => [w.week, w.capacityMinutes])).toEqual([
      ['2026-W10', 6 * 1440],
      ['2026-W11', 1440],
    ]);
  });

  it('shows advisors and credit officers only their own entries; controllers and admins anyone’s', async () => {
    const own = (await get('/time-entries?from=2026-03-01&to=2026-03-31', olle)).body;
    expect(own.items.map((e: { entryId: string }) => e.entryId)).toEqual([entries.olleInternal]);
    expect(own.customerTimeShare).toEqual({ customerMinutes: 0, internalMinutes: 420, share: 0 });
    const refused = await get('/time-entries?employee=anna&from=2026-03-01&to=2026-03-31', olle);
    expect(refused.status).toBe(403);
    expect((await get('/time-entries?employee=olle', anna)).status).toBe(403);
    expect((await get('/time-entries?employee=anna&from=2026-03-01&to=2026-03-31', anna)).status).toBe(200);
    for (const token of [carl, ada]) {
      const response = await get('/time-entries?employee=anna&from=2026-03-01&to=2026-03-31', token);
      expect(response.status).toBe(200);
      expect(response.body.items).toHaveLength(5);
    }
  });

  it('refuses a backwards, too long or impossible range with 400 naming the field', async () => {
    expect((await get('/time-entries?from=2026-03-10&to=2026-03-01', anna)).body.errors[0].field).toBe('to');
    expect((await get('/time-entries?from=2024-01-01&to=2026-03-01', anna)).body.errors[0].field).toBe('to');
    const impossible = await get('/time-entries?from=2026-02-30&to=2026-03-01', anna);
    expect(impossible.status).toBe(400);
    expect(impossible.body.errors[0].field).toBe('from');
    expect((await get('/time-entries?limit=0', anna)).body.errors[0].field).toBe('limit');
  });

  it('pages through a month exactly once while entries are logged between the pages', async () => {
    const original = [entries.monCustomer, entries.monInternal, entries.tueCustomer, entries.nextMonAbsence, entries.nextTueInternal];
    const seen: string[] = [];
    let cursor: string | null = null;
    let day = 11;
    do {
      const response = await get(`/time-entries?from=2026-03-01&to=2026-03-31&limit=2${cursor ? `&cursor=${cursor}` : ''}`, anna);
      expect(response.status).toBe(200);
      seen.push(...response.body.items.map((e: { entryId: string }) => e.entryId));
      cursor = response.body.nextCursor;
      await log(`early-${day}`, { date: '2026-03-01', minutes: 10, kind: 'internal' });
      await log(`late-${day}`, { date: `2026-03-${day++}`, minutes: 10, kind: 'internal' });
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of original) expect(seen).toContain(id);
  });
});
