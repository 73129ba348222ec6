import { startTestApp, type TestApp } from '../support/app.js';

describe('the service', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('health');
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers /health once the database is reachable and migrations are applied', async () => {
    const response = await t.request('GET', '/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up', pendingMigrations: 0, seeding: { state: 'off', done: 0, total: 0, rate: 0 } });
    expect(response.headers.get('x-correlation-id')).toMatch(/.+/);
  });

  it('serves the OpenAPI description at /docs', async () => {
    const ui = await t.request('GET', '/docs');
    expect(ui.status).toBe(200);
    const json = await t.request('GET', '/docs/json');
    expect(json.status).toBe(200);
    expect(json.body.paths['/health']).toBeDefined();
    expect(json.body.components.securitySchemes.bearer).toBeDefined();
  });

  it('echoes a given correlation id', async () => {
    const response = await t.request('GET', '/health', { headers: { 'x-correlation-id': 'trace-42' } });
    expect(response.headers.get('x-correlation-id')).toBe('trace-42');
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await t.request('GET', '/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 404, code: 'not-found' });
  });
});
