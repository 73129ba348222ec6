import { startTestApp, type TestApp } from '../../../tests/support/app.js';

/** The figures through the real api: commands recorded, projected in-process, read back with ?position=. */
describe('scorecard figures over HTTP, end to end', () => {
  let t: TestApp;
  let anna: string;
  let carl: string;
  const VERKSTAD = '5560360793';
  const BAGERI = '5567037485';

  beforeAll(async () => {
    t = await startTestApp('scorecard');
    anna = await t.token('advisor-anna', 'advisor');
    carl = await t.token('ctrl-carl', 'controller');
    // Deliveries are credited only to a registered advisor.
    const admin = await t.token('admin-root', 'admin');
    const employee = await t.request('POST', '/employees', { token: admin, body: { userId: 'advisor-anna', name: 'Anna', region: 'vastmanland', roles: ['advisor'] } });
    expect(employee.status).toBe(200);
    for (const [customerId, region] of [
      [VERKSTAD, 'vastmanland'],
      [BAGERI, 'orebro'],
    ]) {
      const registered = await t.request('POST', '/customers', {
        token: anna,
        body: { customerId, name: 'Kund AB', region, municipality: 'Västerås', foundedOn: '2019-04-01', phase: 'growth', registeredOn: '2026-01-10' },
      });
      expect(registered.status).toBe(200);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const command = async (path: string, body: Record<string, unknown>): Promise<string> => {
    const response = await t.request('POST', path, { token: anna, body });
    expect(response.status).toBe(200);
    return response.body.position as string;
  };

  it('reads its own writes: a session, two modules (one voided) and time, counted as soon as the command’s position is reached', async () => {
    await command('/advisory/sessions', { customerId: VERKSTAD, date: '2026-03-02', durationMinutes: 60, sustainabilityDiscussed: false });
    await command('/advisory/deliveries', { customerId: BAGERI, module: 'behovssamtal', deliveredOn: '2026-04-02' });
    const voided = await t.request('POST', '/advisory/deliveries', { token: anna, body: { customerId: VERKSTAD, module: 'framtidsdialog', deliveredOn: '2026-03-03' } });
    await command(`/advisory/deliveries/${voided.body.ids.deliveryId}/void`, { reason: 'Wrong customer', voidedOn: '2026-03-05' });
    await command('/time-entries', { date: '2026-03-02', minutes: 90, kind: 'customer', customerId: VERKSTAD });
    await command('/time-entries', { date: '2026-03-02', minutes: 480, kind: 'absence' });
    const last = await command('/time-entries', { date: '2026-03-02', minutes: 30, kind: 'internal' });

    const customers = await t.request('GET', `/figures/unique-customers?year=2026&position=${last}&waitMs=5000`, { token: carl });
    expect(customers.status).toBe(200);
    expect(customers.body.uniqueCustomers).toMatchObject({ advisory: 2, loans: 0, total: 2 });
    expect(customers.body.deliveryModules).toMatchObject({ total: 1, byModule: [{ module: 'behovssamtal', count: 1 }] });

    const q1 = await t.request('GET', `/figures/unique-customers?year=2026&quarter=1&region=vastmanland&position=${last}`, { token: carl });
    expect(q1.body.uniqueCustomers).toMatchObject({ advisory: 1, byAdvisor: [{ advisorId: 'advisor-anna', advisory: 1 }] });

    const time = await t.request('GET', `/figures/customer-time?year=2026&month=3&position=${last}`, { token: carl });
    expect(time.body.total).toEqual({ customerMinutes: 90, internalMinutes: 30, workedMinutes: 120, share: 0.75 });
    expect(time.body.byEmployee).toEqual([{ employeeId: 'advisor-anna', region: 'vastmanland', customerMinutes: 90, internalMinutes: 30, workedMinutes: 120, share: 0.75 }]);
  });

  it('refuses a period of more than 10 years, or weeks over more than 2 years, with a 400 naming the parameter, at once', async () => {
    const started = Date.now();
    const blocked = await t.request('GET', '/figures/customer-time?from=1900-01-01&to=2999-12-31&granularity=week', { token: carl });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(blocked.status).toBe(400);
    expect(JSON.stringify(blocked.body)).toContain('to');
    expect(blocked.body.code).toBe('period-too-long');

    const weeks = await t.request('GET', '/figures/customer-time?from=2023-01-01&to=2025-12-31&granularity=week', { token: carl });
    expect(weeks.status).toBe(400);
    expect(weeks.body).toMatchObject({ code: 'period-too-long' });
    expect(JSON.stringify(weeks.body)).toContain('granularity');

    for (const route of ['loan-volume', 'unique-customers', 'target-groups', 'focus-groups', 'recommendations', 'special-assignments', 'mentor-pairs', 'targets']) {
      const tooLong = await t.request('GET', `/figures/${route}?from=2016-01-01&to=2026-01-01`, { token: carl });
      expect({ route, status: tooLong.status }).toEqual({ route, status: 400 });
    }
  });

  it('answers /health while the largest allowed figure requests run', async () => {
    const largest = [
      '/figures/customer-time?from=2024-03-01&to=2026-02-28&granularity=week',
      '/figures/customer-time?from=2016-03-01&to=2026-02-28&granularity=month',
      ...['loan-volume', 'unique-customers', 'target-groups', 'focus-groups', 'recommendations', 'special-assignments', 'mentor-pairs', 'targets'].map(
        (route) => `/figures/${route}?from=2016-03-01&to=2026-02-28`,
      ),
    ];
    let figuresDone = 0;
    const figures = Promise.all(
      largest.map(async (path) => {
        const response = await t.request('GET', path, { token: carl });
        figuresDone++;
        return { path, status: response.status };
      }),
    );
    const started = Date.now();
    const health = await t.request('GET', '/health');
    const healthMs = Date.now() - started;
    const pendingWhenHealthAnswered = largest.length - figuresDone;
    expect(health.status).toBe(200);
    // Either the health check came back while figures were still being computed, or it came back
    // quickly anyway; a blocked event loop would hold it until every figure was done.
    expect(pendingWhenHealthAnswered > 0 || healthMs < 5000).toBe(true);
    expect(await figures).toEqual(largest.map((path) => ({ path, status: 200 })));
    const weeks = await t.request('GET', largest[0], { token: carl });
    expect(weeks.body.buckets.length).toBeGreaterThanOrEqual(104);
    expect(weeks.body.buckets.find((b: { from: string }) => b.from === '2026-03-02')).toBeUndefined();
  });

  it('lets only controllers and admins read the figures', async () => {
    expect((await t.request('GET', '/figures/targets?year=2026', { token: anna })).status).toBe(403);
    expect((await t.request('GET', '/figures/targets?year=2026', { token: carl })).status).toBe(200);
  });
});
