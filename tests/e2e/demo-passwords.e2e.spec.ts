import { seedDemoDataIfEmpty, type DemoData } from '#libs/demo-data';
import { DEMO_PASSWORD, demoPeople, setDemoPasswords } from '../../apps/api/src/auth/demo-passwords.js';
import { startTestApp, type TestApp } from '../support/app.js';

/** A newcomer signs in to the demo data as each role with the documented password. */
describe('demo data: local sign-in for every demo employee', () => {
  let t: TestApp;
  let data: DemoData;

  beforeAll(async () => {
    t = await startTestApp('demopw');
    const seeded = await seedDemoDataIfEmpty(t.app, { seed: 42, scale: 0.02, from: '2026-01-01', today: '2026-03-31', concurrency: 8 });
    if (seeded.outcome !== 'seeded') throw new Error('expected an empty store to be seeded');
    data = seeded.data;
    await setDemoPasswords(t.app, data);
  }, 180_000);
  afterAll(async () => {
    await t.close();
  });

  it('signs in as an advisor, a credit officer, a controller and an admin with the demo password', async () => {
    const people = demoPeople(data);
    for (const role of ['advisor', 'credit_officer', 'controller', 'admin']) {
      const person = people.find((p) => p.roles.includes(role));
      expect(person).toBeDefined();
      const login = await t.request('POST', '/auth/login', { body: { userId: person!.userId, password: DEMO_PASSWORD } });
      expect(login.status).toBe(204);
      const cookie = login.headers.get('set-cookie')!.split(';')[0];
      const me = await t.request('GET', '/auth/me', { headers: { cookie } });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ userId: person!.userId, roles: [role], method: 'local' });
      expect(typeof me.body.name).toBe('string');
    }
  }, 30_000);

  it('records one PasswordSet per demo employee, by the demo admin', async () => {
    const controller = await t.token('ctrl', 'controller');
    const people = demoPeople(data);
    for (const person of people) {
      const audit = await t.request('GET', `/audit/streams/credentials-${person.userId}`, { token: controller });
      expect(audit.status).toBe(200);
      expect(audit.body.events).toEqual([expect.objectContaining({ type: 'PasswordSet', recordedBy: person.registeredBy.userId })]);
    }
  }, 30_000);
});
