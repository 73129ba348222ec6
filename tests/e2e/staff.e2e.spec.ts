import { startTestApp, type TestApp } from '../support/app.js';

interface AuditEvent {
  type: string;
  recordedBy: string;
  data: Record<string, unknown>;
}

/** Staff over HTTP: employees and their roles, credit certifications. Only an admin manages them. */
describe('staff over HTTP', () => {
  let t: TestApp;
  let admin: string;
  let controller: string;

  beforeAll(async () => {
    t = await startTestApp('staff');
    admin = await t.token('admin-ada', 'admin');
    controller = await t.token('ctrl-carl', 'controller');
  });
  afterAll(async () => {
    await t.close();
  });

  const employee = (userId: string, roles: string[] = ['credit_officer']) => ({ userId, name: 'Olle Ek', region: 'orebro', roles });

  const audit = async (streamId: string): Promise<AuditEvent[]> => {
    const response = await t.request('GET', `/audit/streams/${streamId}`, { token: controller });
    expect(response.status).toBe(200);
    return response.body.events;
  };

  describe('employees', () => {
    it('registers an employee, with the name sealed as personal data', async () => {
      const response = await t.request('POST', '/employees', { token: admin, body: employee('olle.ek', ['credit_officer', 'advisor']) });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ ids: { userId: 'olle.ek' }, revision: 0, events: ['EmployeeRegistered'] });
      const [registered] = await audit('employee-olle.ek');
      expect(registered).toMatchObject({
        type: 'EmployeeRegistered',
        recordedBy: 'admin-ada',
        data: { userId: 'olle.ek', name: '[personal data]', region: 'orebro', roles: ['advisor', 'credit_officer'] },
      });
    });

    it('answers 409 for an employee already registered, and records nothing new', async () => {
      const again = await t.request('POST', '/employees', { token: admin, body: employee('olle.ek') });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('employee-already-registered');
      expect(await audit('employee-olle.ek')).toHaveLength(1);
    });

    it('replaces the roles with the set given, keeping the previous set; the same set records nothing', async () => {
      const changed = await t.request('PUT', '/employees/olle.ek/roles', { token: admin, body: { roles: ['credit_officer'] } });
      expect(changed.status).toBe(200);
      expect(changed.body.events).toEqual(['EmployeeRolesChanged']);
      const same = await t.request('PUT', '/employees/olle.ek/roles', { token: admin, body: { roles: ['credit_officer'] } });
      expect(same.status).toBe(200);
      expect(same.body.events).toEqual([]);
      const events = await audit('employee-olle.ek');
      expect(events.map((e) => e.data)).toContainEqual({ userId: 'olle.ek', roles: ['credit_officer'], previousRoles: ['advisor', 'credit_officer'] });
      expect(events).toHaveLength(2);
    });

    it('answers 404 when changing the roles of someone never registered', async () => {
      const response = await t.request('PUT', '/employees/nobody/roles', { token: admin, body: { roles: ['advisor'] } });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('employee-not-found');
    });

    it('answers 400 naming unknown roles and missing fields', async () => {
      const response = await t.request('POST', '/employees', { token: admin, body: { userId: 'has space', region: 'orebro', roles: ['boss'] } });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['userId', 'name', 'roles']));
      const roles = await t.request('PUT', '/employees/olle.ek/roles', { token: admin, body: { roles: 'admin' } });
      expect(roles.status).toBe(400);
      expect(roles.body.errors[0].field).toBe('roles');
    });
  });

  describe('credit certifications', () => {
    it('grants a certification for a period to a registered employee', async () => {
      const response = await t.request('POST', '/employees/olle.ek/credit-certifications', {
        token: admin,
        body: { validFrom: '2026-01-01', validTo: '2027-12-31' },
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ ids: { userId: 'olle.ek' }, events: ['CreditCertificationGranted'] });
      expect((await audit('certification-olle.ek'))[0].data).toEqual({ userId: 'olle.ek', validFrom: '2026-01-01', validTo: '2027-12-31' });
    });

    it('records nothing for the same grant again', async () => {
      const response = await t.request('POST', '/employees/olle.ek/credit-certifications', {
        token: admin,
        body: { validFrom: '2026-01-01', validTo: '2027-12-31' },
      });
      expect(response.status).toBe(200);
      expect(response.body.events).toEqual([]);
    });

    it('answers 404 for a person never registered as an employee, and records nothing', async () => {
      const response = await t.request('POST', '/employees/ghost/credit-certifications', { token: admin, body: { validFrom: '2026-01-01' } });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('employee-not-found');
      expect((await t.request('GET', '/audit/streams/certification-ghost', { token: controller })).status).toBe(404);
    });

    it('answers 400 for a period that ends before it starts, naming validTo', async () => {
      const response = await t.request('POST', '/employees/olle.ek/credit-certifications', {
        token: admin,
        body: { validFrom: '2026-06-01', validTo: '2026-05-31' },
      });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'validTo' })]);
    });

    it('revokes from a date', async () => {
      const response = await t.request('POST', '/employees/olle.ek/credit-certifications/revoke', { token: admin, body: { effectiveFrom: '2026-09-01' } });
      expect(response.status).toBe(200);
      expect(response.body.events).toEqual(['CreditCertificationRevoked']);
      expect((await audit('certification-olle.ek')).at(-1)!.data).toEqual({ userId: 'olle.ek', effectiveFrom: '2026-09-01' });
    });

    it('answers 404 when revoking for someone never certified', async () => {
      await t.request('POST', '/employees', { token: admin, body: employee('petra.lund') });
      const response = await t.request('POST', '/employees/petra.lund/credit-certifications/revoke', { token: admin, body: {} });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('certification-not-found');
    });

    it('replays a retried grant with the same Idempotency-Key', async () => {
      const headers = { 'idempotency-key': 'grant-petra-2026' };
      const first = await t.request('POST', '/employees/petra.lund/credit-certifications', { token: admin, body: { validFrom: '2026-02-01' }, headers });
      const retry = await t.request('POST', '/employees/petra.lund/credit-certifications', { token: admin, body: { validFrom: '2026-02-01' }, headers });
      expect(first.status).toBe(200);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(await audit('certification-petra.lund')).toHaveLength(1);
    });
  });

  describe('roles', () => {
    it('refuses everyone but an admin with 403, and records nothing', async () => {
      for (const role of ['advisor', 'credit_officer', 'controller'] as const) {
        const token = await t.token(`someone-${role}`, role);
        const attempts = await Promise.all([
          t.request('POST', '/employees', { token, body: employee(`new-${role}`) }),
          t.request('PUT', '/employees/petra.lund/roles', { token, body: { roles: ['admin'] } }),
          t.request('POST', '/employees/petra.lund/credit-certifications', { token, body: { validFrom: '2026-01-01' } }),
          t.request('POST', '/employees/petra.lund/credit-certifications/revoke', { token, body: { effectiveFrom: '2026-01-01' } }),
        ]);
        expect(attempts.map((a) => a.status)).toEqual([403, 403, 403, 403]);
        expect((await t.request('GET', `/audit/streams/employee-new-${role}`, { token: controller })).status).toBe(404);
      }
      expect(await audit('employee-petra.lund')).toHaveLength(1);
      expect(await audit('certification-petra.lund')).toHaveLength(1);
    });

    it('answers 401 without a token', async () => {
      expect((await t.request('POST', '/employees', { body: employee('anon') })).status).toBe(401);
    });
  });

  it('describes every route in OpenAPI as admin only', async () => {
    const json = (await t.request('GET', '/docs/json')).body;
    const operations = [
      json.paths['/employees'].post,
      json.paths['/employees/{userId}/roles'].put,
      json.paths['/employees/{userId}/credit-certifications'].post,
      json.paths['/employees/{userId}/credit-certifications/revoke'].post,
    ];
    for (const operation of operations) expect(operation.description).toContain('Roles: admin.');
    expect(Object.keys(json.components.schemas.RegisterEmployeeDto.properties)).toEqual(['userId', 'name', 'region', 'roles']);
    expect(Object.keys(json.components.schemas.GrantCreditCertificationDto.properties)).toEqual(['validFrom', 'validTo']);
  });
});
