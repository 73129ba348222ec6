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

  it('lets only controllers and admins read the figures', async () => {
    expect((await t.request('GET', '/figures/targets?year=2026', { token: anna })).status).toBe(403);
    expect((await t.request('GET', '/figures/targets?year=2026', { token: carl })).status).toBe(200);
  });
});
