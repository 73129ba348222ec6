import { startTestApp, type TestApp } from '../support/app.js';

/** The behaviours every command shares, shown on customer registration. */
describe('commands over HTTP', () => {
  let t: TestApp;
  let advisor: string;
  beforeAll(async () => {
    t = await startTestApp('platform');
    advisor = await t.token('advisor-anna', 'advisor');
  });
  afterAll(async () => {
    await t.close();
  });

  const customer = (customerId: string) => ({
    customerId,
    name: 'Verkstads AB',
    region: 'vastmanland',
    municipality: 'Västerås',
    foundedOn: '2019-04-01',
    phase: 'growth',
    registeredOn: '2026-03-02',
  });

  it('records a command and answers with the ids, position and events', async () => {
    const response = await t.request('POST', '/customers', { token: advisor, body: customer('556036-0793') });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ ids: { customerId: '5560360793' }, revision: 0, events: ['CustomerRegistered'] });
    expect(response.body.position).toMatch(/^\d+-\d+$/);
  });

  it('keeps who, the correlation id and the causation id in the event metadata', async () => {
    const controller = await t.token('ctrl-carl', 'controller');
    await t.request('POST', '/customers', { token: advisor, body: customer('5567037485'), headers: { 'x-correlation-id': 'corr-abc' } });
    const audit = await t.request('GET', '/audit/streams/customer-5567037485', { token: controller });
    expect(audit.status).toBe(200);
    expect(audit.body.events).toHaveLength(1);
    expect(audit.body.events[0]).toMatchObject({ type: 'CustomerRegistered', recordedBy: 'advisor-anna', correlationId: 'corr-abc' });
    expect(audit.body.events[0].causationId).toMatch(/^[0-9a-f-]{36}$/);
    const byCorrelation = await t.request('GET', '/audit/events?correlationId=corr-abc', { token: controller });
    expect(byCorrelation.body.events.map((e: { streamId: string }) => e.streamId)).toEqual(['customer-5567037485']);
  });

  it('answers 400 naming each bad field and why', async () => {
    const response = await t.request('POST', '/customers', {
      token: advisor,
      body: { ...customer('123'), region: 'skane', foundedOn: '2019-13-01', extra: 1 },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const fields = response.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['customerId', 'region', 'foundedOn', 'extra']));
  });

  it('answers 400 for a wrong check digit, from the domain', async () => {
    const response = await t.request('POST', '/customers', { token: advisor, body: customer('5560360794') });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('customerId');
  });

  it('answers 400 for a body that is not JSON', async () => {
    const response = await t.request('POST', '/customers', { token: advisor, body: '{not json' });
    expect(response.status).toBe(400);
    expect(response.body.detail).toMatch(/JSON/i);
  });

  it('answers 401 without a valid token and 403 for a role that may not', async () => {
    expect((await t.request('POST', '/customers', { body: customer('5560360793') })).status).toBe(401);
    expect((await t.request('POST', '/customers', { token: 'not-a-jwt', body: customer('5560360793') })).status).toBe(401);
    const controller = await t.token('ctrl-carl', 'controller');
    const refused = await t.request('POST', '/customers', { token: controller, body: customer('5591234561') });
    expect(refused.status).toBe(403);
    expect((await t.request('GET', '/audit/streams/customer-5591234561', { token: controller })).status).toBe(404);
  });

  it('answers 409 for a duplicate and records nothing new', async () => {
    await t.request('POST', '/customers', { token: advisor, body: customer('5569805566') });
    const again = await t.request('POST', '/customers', { token: advisor, body: customer('556980-5566') });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('customer-already-registered');
    const controller = await t.token('ctrl-carl', 'controller');
    const audit = await t.request('GET', '/audit/streams/customer-5569805566', { token: controller });
    expect(audit.body.events).toHaveLength(1);
  });

  it('replays the first response for a retried Idempotency-Key and records nothing new', async () => {
    const headers = { 'idempotency-key': 'register-5565958542' };
    const first = await t.request('POST', '/customers', { token: advisor, body: customer('5565958542'), headers });
    const retry = await t.request('POST', '/customers', { token: advisor, body: customer('5565958542'), headers });
    expect(retry.status).toBe(first.status);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const reused = await t.request('POST', '/customers', { token: advisor, body: customer('5560360793'), headers });
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('idempotency-key-reused');
  });

  it('replays a refusal too', async () => {
    const headers = { 'idempotency-key': 'dup-twice' };
    await t.request('POST', '/customers', { token: advisor, body: customer('5562217546') });
    const first = await t.request('POST', '/customers', { token: advisor, body: customer('5562217546'), headers });
    const retry = await t.request('POST', '/customers', { token: advisor, body: customer('5562217546'), headers });
    expect(first.status).toBe(409);
    expect(retry.status).toBe(409);
    expect(retry.body).toEqual(first.body);
  });
});
