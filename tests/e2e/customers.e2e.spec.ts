import { startTestApp, type TestApp } from '../support/app.js';

interface AuditEvent {
  type: string;
  recordedBy: string;
  data: Record<string, unknown>;
}

/** Customers over HTTP: profile changes, target-group classification, the owner profile and its erasure. */
describe('customers over HTTP', () => {
  let t: TestApp;
  let advisor: string;
  let officer: string;
  let controller: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp('customers');
    advisor = await t.token('advisor-anna', 'advisor');
    officer = await t.token('officer-olle', 'credit_officer');
    controller = await t.token('ctrl-carl', 'controller');
    admin = await t.token('admin-ada', 'admin');
  });
  afterAll(async () => {
    await t.close();
  });

  const register = async (customerId: string): Promise<void> => {
    const response = await t.request('POST', '/customers', {
      token: advisor,
      body: { customerId, name: 'Verkstads AB', region: 'vastmanland', municipality: 'Västerås', foundedOn: '2019-04-01', phase: 'early_stage', registeredOn: '2026-03-02' },
    });
    expect(response.status).toBe(200);
  };

  const audit = async (customerId: string): Promise<AuditEvent[]> => {
    const response = await t.request('GET', `/audit/streams/customer-${customerId}`, { token: controller });
    expect(response.status).toBe(200);
    return response.body.events;
  };

  describe('updating the profile', () => {
    it('records only the fields that changed, from the date given', async () => {
      await register('5560360793');
      const response = await t.request('PATCH', '/customers/556036-0793', {
        token: officer,
        body: { name: 'Verkstads AB', municipality: 'Köping', phase: 'growth', updatedOn: '2026-04-01' },
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ ids: { customerId: '5560360793' }, revision: 1, events: ['CustomerProfileUpdated'] });
      const events = await audit('5560360793');
      expect(events.at(-1)).toMatchObject({
        type: 'CustomerProfileUpdated',
        recordedBy: 'officer-olle',
        data: { customerId: '5560360793', municipality: 'Köping', phase: 'growth', updatedOn: '2026-04-01' },
      });
      expect(events.at(-1)!.data).not.toHaveProperty('name');
    });

    it('records nothing when the profile already reads so', async () => {
      const response = await t.request('PATCH', '/customers/5560360793', { token: advisor, body: { municipality: 'Köping' } });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ events: [], revision: 1 });
      expect(await audit('5560360793')).toHaveLength(2);
    });

    it('answers 404 for a customer never registered', async () => {
      const response = await t.request('PATCH', '/customers/5567037485', { token: advisor, body: { municipality: 'Arboga' } });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('customer-not-found');
    });

    it('answers 400 naming a bad organisationsnummer in the path and bad fields in the body', async () => {
      const badId = await t.request('PATCH', '/customers/5560360794', { token: advisor, body: { municipality: 'Arboga' } });
      expect(badId.status).toBe(400);
      expect(badId.body.errors).toEqual([expect.objectContaining({ field: 'customerId' })]);
      const badBody = await t.request('PATCH', '/customers/5560360793', { token: advisor, body: { region: 'skane', updatedOn: '2026-02-30' } });
      expect(badBody.status).toBe(400);
      expect(badBody.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['region', 'updatedOn']));
    });
  });

  describe('classifying into a target group', () => {
    it('appends to the history, even back-dated, and repeats record nothing', async () => {
      await register('5569805566');
      const first = await t.request('POST', '/customers/5569805566/classifications', { token: advisor, body: { group: 'ideal', effectiveFrom: '2026-03-02' } });
      const second = await t.request('POST', '/customers/5569805566/classifications', { token: officer, body: { group: 'spets', effectiveFrom: '2026-01-01' } });
      const repeated = await t.request('POST', '/customers/5569805566/classifications', { token: advisor, body: { group: 'spets', effectiveFrom: '2026-01-01' } });
      expect([first.status, second.status, repeated.status]).toEqual([200, 200, 200]);
      expect(repeated.body.events).toEqual([]);
      const classified = (await audit('5569805566')).filter((e) => e.type === 'CustomerClassified').map((e) => e.data);
      expect(classified).toEqual([
        { customerId: '5569805566', group: 'ideal', effectiveFrom: '2026-03-02' },
        { customerId: '5569805566', group: 'spets', effectiveFrom: '2026-01-01' },
      ]);
    });

    it('answers 400 naming an unknown group', async () => {
      const response = await t.request('POST', '/customers/5569805566/classifications', { token: advisor, body: { group: 'mega' } });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['group']);
    });

    it('answers 404 for a customer never registered', async () => {
      const response = await t.request('POST', '/customers/5567037485/classifications', { token: advisor, body: { group: 'bredd' } });
      expect(response.status).toBe(404);
    });

    it('replays the first response for a retried Idempotency-Key and records it once', async () => {
      await register('5565958542');
      const headers = { 'idempotency-key': 'classify-5565958542-bredd' };
      const body = { group: 'bredd', effectiveFrom: '2026-03-10' };
      const first = await t.request('POST', '/customers/5565958542/classifications', { token: advisor, body, headers });
      const retry = await t.request('POST', '/customers/5565958542/classifications', { token: advisor, body, headers });
      expect(first.status).toBe(200);
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect((await audit('5565958542')).filter((e) => e.type === 'CustomerClassified')).toHaveLength(1);
    });
  });

  describe('roles', () => {
    it('refuses a controller every change with 403 and records nothing', async () => {
      await register('5562217546');
      const attempts = [
        t.request('PATCH', '/customers/5562217546', { token: controller, body: { municipality: 'Sala' } }),
        t.request('POST', '/customers/5562217546/classifications', { token: controller, body: { group: 'ideal' } }),
        t.request('PUT', '/customers/5562217546/owner-profile', { token: controller, body: { womenLed: 'yes', foreignBackground: 'no' } }),
        t.request('POST', '/customers/5562217546/erase-personal-data', { token: controller, body: {} }),
      ];
      expect((await Promise.all(attempts)).map((r) => r.status)).toEqual([403, 403, 403, 403]);
      expect((await audit('5562217546')).map((e) => e.type)).toEqual(['CustomerRegistered']);
    });

    it('lets only an admin erase personal data', async () => {
      const byAdvisor = await t.request('POST', '/customers/5562217546/erase-personal-data', { token: advisor, body: {} });
      const byOfficer = await t.request('POST', '/customers/5562217546/erase-personal-data', { token: officer, body: {} });
      expect([byAdvisor.status, byOfficer.status]).toEqual([403, 403]);
      expect((await audit('5562217546')).map((e) => e.type)).toEqual(['CustomerRegistered']);
    });

    it('answers 401 without a token', async () => {
      const response = await t.request('PATCH', '/customers/5562217546', { body: { municipality: 'Sala' } });
      expect(response.status).toBe(401);
    });
  });

  describe('the owner profile and its erasure', () => {
    it('keeps the owner profile sealed: the audit shows it only as personal data', async () => {
      await register('5566778899');
      const response = await t.request('PUT', '/customers/5566778899/owner-profile', {
        token: advisor,
        body: { womenLed: 'yes', foreignBackground: 'unknown', ownerName: 'Anna Andersson', recordedOn: '2026-03-03' },
      });
      expect(response.status).toBe(200);
      expect(response.body.events).toEqual(['OwnerProfileRecorded']);
      const recorded = (await audit('5566778899')).find((e) => e.type === 'OwnerProfileRecorded')!;
      expect(recorded.data).toEqual({
        customerId: '5566778899',
        womenLed: '[personal data]',
        foreignBackground: '[personal data]',
        ownerName: '[personal data]',
        recordedOn: '2026-03-03',
      });
    });

    it('records nothing when the same profile is recorded again (it can still be read)', async () => {
      const response = await t.request('PUT', '/customers/5566778899/owner-profile', {
        token: officer,
        body: { womenLed: 'yes', foreignBackground: 'unknown', ownerName: 'Anna Andersson' },
      });
      expect(response.status).toBe(200);
      expect(response.body.events).toEqual([]);
    });

    it('takes 10 parallel first owner profiles of a fresh customer: all 200, one key, one event', async () => {
      await register('5560000126');
      const responses = await Promise.all(
        Array.from({ length: 10 }, () =>
          t.request('PUT', '/customers/5560000126/owner-profile', {
            token: advisor,
            body: { womenLed: 'no', foreignBackground: 'yes', ownerName: 'Bo Berg', recordedOn: '2026-03-03' },
          }),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
      expect((await audit('5560000126')).filter((e) => e.type === 'OwnerProfileRecorded')).toHaveLength(1);
    });

    it('answers 400 naming a bad answer', async () => {
      const response = await t.request('PUT', '/customers/5566778899/owner-profile', { token: advisor, body: { womenLed: 'maybe', foreignBackground: 'no' } });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['womenLed']);
    });

    it('erases on request: the owner profile reads as erased, every other field stays', async () => {
      const response = await t.request('POST', '/customers/556677-8899/erase-personal-data', { token: admin, body: { requestedOn: '2026-04-15' } });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ ids: { customerId: '5566778899' }, events: ['CustomerPersonalDataErased'] });
      const events = await audit('5566778899');
      expect(events.map((e) => e.type)).toEqual(['CustomerRegistered', 'OwnerProfileRecorded', 'CustomerPersonalDataErased']);
      expect(events[0].data).toMatchObject({ name: 'Verkstads AB', municipality: 'Västerås', phase: 'early_stage' });
      expect(events[1].data).toEqual({
        customerId: '5566778899',
        womenLed: '[erased]',
        foreignBackground: '[erased]',
        ownerName: '[erased]',
        recordedOn: '2026-03-03',
      });
      expect(events[2]).toMatchObject({ recordedBy: 'admin-ada', data: { customerId: '5566778899', requestedOn: '2026-04-15' } });
    });

    it('still takes other changes to the customer after an erasure', async () => {
      const response = await t.request('POST', '/customers/5566778899/classifications', { token: advisor, body: { group: 'ideal', effectiveFrom: '2026-05-01' } });
      expect(response.status).toBe(200);
      expect(response.body.events).toEqual(['CustomerClassified']);
    });

    it('records personal data given again after an erasure under a new key; the erased data stays unreadable', async () => {
      const response = await t.request('PUT', '/customers/5566778899/owner-profile', {
        token: advisor,
        body: { womenLed: 'no', foreignBackground: 'no', recordedOn: '2026-06-01' },
      });
      expect(response.status).toBe(200);
      const events = await audit('5566778899');
      const profiles = events.filter((e) => e.type === 'OwnerProfileRecorded');
      expect(profiles.map((e) => (e.data as { womenLed: string }).womenLed)).toEqual(['[erased]', '[personal data]']);
      expect((await t.request('POST', '/customers/5566778899/classifications', { token: advisor, body: { group: 'spets', effectiveFrom: '2026-07-01' } })).status).toBe(200);
    });

    it('answers 404 when erasing for a customer never registered, and erases nothing', async () => {
      const response = await t.request('POST', '/customers/5567037485/erase-personal-data', { token: admin, body: {} });
      expect(response.status).toBe(404);
      expect((await t.request('GET', '/audit/streams/customer-5567037485', { token: controller })).status).toBe(404);
    });
  });

  it('describes every route and field in OpenAPI', async () => {
    const json = (await t.request('GET', '/docs/json')).body;
    expect(Object.keys(json.paths['/customers/{customerId}']).sort()).toEqual(['get', 'patch']);
    expect(json.paths['/customers/{customerId}/classifications'].post.description).toContain('Roles: advisor, credit_officer, admin');
    expect(json.paths['/customers/{customerId}/owner-profile'].put).toBeDefined();
    expect(json.paths['/customers/{customerId}/erase-personal-data'].post.description).toContain('Roles: admin.');
    expect(Object.keys(json.components.schemas.RecordOwnerProfileDto.properties)).toEqual(['womenLed', 'foreignBackground', 'ownerName', 'recordedOn']);
    expect(Object.keys(json.components.schemas.UpdateCustomerProfileDto.properties)).toEqual(['name', 'region', 'municipality', 'phase', 'updatedOn']);
  });
});
