import { startTestApp, type TestApp } from '../support/app.js';

const today = (): string => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
const plusDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** GET /employees and /employees/certifications/expiring over HTTP: roles, regions, certification validity. */
describe('staff read side over HTTP', () => {
  let t: TestApp;
  let ada: string;
  let carl: string;
  let anna: string;
  let olle: string;
  let last = '';

  const get = (path: string, token: string) => t.request('GET', path, { token });
  const post = async (path: string, body: unknown) => {
    const response = await t.request('POST', path, { token: ada, body });
    expect(response.status).toBe(200);
    last = response.body.position;
  };

  beforeAll(async () => {
    t = await startTestApp('read_staff');
    [ada, carl, anna, olle] = await Promise.all([t.token('ada', 'admin'), t.token('carl', 'controller'), t.token('anna', 'advisor'), t.token('olle', 'credit_officer')]);
    await post('/employees', { userId: 'anna', name: 'Anna Rådgivare', region: 'vastmanland', roles: ['advisor'] });
    for (const userId of ['olle', 'petra', 'nils', 'rut']) await post('/employees', { userId, name: userId, region: 'orebro', roles: ['credit_officer'] });
    await post('/employees/olle/credit-certifications', { validFrom: '2020-01-01' });
    await post('/employees/petra/credit-certifications', { validFrom: '2020-01-01', validTo: plusDays(today(), 10) });
    await post('/employees/nils/credit-certifications', { validFrom: '2020-01-01', validTo: plusDays(today(), 5) });
    await post('/employees/nils/credit-certifications', { validFrom: '2021-01-01' });
    await post('/employees/rut/credit-certifications', { validFrom: '2020-01-01' });
    await post('/employees/rut/credit-certifications/revoke', { effectiveFrom: '2026-06-01' });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('lists employees with roles, region and certifications with their validity, never names', async () => {
    const response = await get(`/employees?position=${last}`, ada);
    expect(response.status).toBe(200);
    expect(response.body.items.map((e: { userId: string }) => e.userId)).toEqual(['anna', 'nils', 'olle', 'petra', 'rut']);
    const byId = Object.fromEntries(response.body.items.map((e: { userId: string }) => [e.userId, e]));
    expect(byId.anna).toEqual({ userId: 'anna', region: 'vastmanland', roles: ['advisor'], certifiedToday: false, certifications: [] });
    expect(byId.olle.certifiedToday).toBe(true);
    expect(byId.olle.certifications).toEqual([
      { validFrom: '2020-01-01', validTo: null, grantedTo: null, revokedFrom: null, validToday: true, grantedBy: 'ada', grantedAt: expect.any(String) },
    ]);
    expect(byId.rut.certifiedToday).toBe(false);
    expect(byId.rut.certifications[0]).toMatchObject({ validFrom: '2020-01-01', validTo: '2026-05-31', grantedTo: null, revokedFrom: '2026-06-01', validToday: false });
    expect(JSON.stringify(response.body)).not.toContain('Rådgivare');
    expect((await get('/employees?role=advisor', carl)).body.items.map((e: { userId: string }) => e.userId)).toEqual(['anna']);
    expect((await get('/employees?region=orebro&limit=2', carl)).body.items.map((e: { userId: string }) => e.userId)).toEqual(['nils', 'olle']);
  });

  it('lists certifications that end within the days asked, unless another grant continues them', async () => {
    const expiring = (await get(`/employees/certifications/expiring?position=${last}`, ada)).body;
    expect(expiring.items).toEqual([{ userId: 'petra', region: 'orebro', validFrom: '2020-01-01', validTo: plusDays(today(), 10), daysLeft: 10 }]);
    expect((await get('/employees/certifications/expiring?withinDays=9', carl)).body.items).toEqual([]);
    expect((await get('/employees/certifications/expiring?withinDays=400', carl)).body.errors[0].field).toBe('withinDays');
  });

  it('is for controllers and admins only', async () => {
    for (const token of [anna, olle]) {
      expect((await get('/employees', token)).status).toBe(403);
      expect((await get('/employees/certifications/expiring', token)).status).toBe(403);
    }
  });

  it('pages through employees exactly once while others are registered', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let n = 0;
    do {
      const response = await get(`/employees?limit=2${cursor ? `&cursor=${cursor}` : ''}`, ada);
      seen.push(...response.body.items.map((e: { userId: string }) => e.userId));
      cursor = response.body.nextCursor;
      await post('/employees', { userId: `aaa-${n}`, name: 'x', region: 'orebro', roles: ['advisor'] });
      await post('/employees', { userId: `zzz-${n++}`, name: 'x', region: 'orebro', roles: ['advisor'] });
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of ['anna', 'nils', 'olle', 'petra', 'rut']) expect(seen).toContain(id);
  });
});
