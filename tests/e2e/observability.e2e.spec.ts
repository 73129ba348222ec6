import { Writable } from 'node:stream';
import { pino } from 'pino';
import { SeedingStatus } from '../../apps/api/src/observability/seeding-status.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { eventually } from '../support/database.js';

/** JSON logs with correlation ids and no personal data, Prometheus metrics, liveness and readiness. */
describe('operating the service', () => {
  let t: TestApp;
  let advisor: string;
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const seeding = new SeedingStatus();

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) {
          raw.push(line);
          lines.push(JSON.parse(line) as Record<string, unknown>);
        }
        done();
      },
    });
    t = await startTestApp('observability', { readiness: { maxLagEvents: 0, maxLagSeconds: 0 }, options: { logger: true, rootLogger: pino({ level: 'info' }, sink), seeding } });
    advisor = await t.token('advisor-anna', 'advisor');
  });
  afterAll(async () => {
    await t.close();
  });

  const metrics = async (): Promise<string> => {
    const response = await fetch(`${t.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return response.text();
  };

  it('logs each request as one JSON line with correlation id, user id, route pattern, status and duration, and no personal data', async () => {
    const registered = await t.request('POST', '/customers', {
      token: advisor,
      headers: { 'x-correlation-id': 'obs-register-1' },
      body: {
        customerId: '5566778899',
        name: 'Verkstads AB',
        region: 'vastmanland',
        municipality: 'Västerås',
        foundedOn: '2019-04-01',
        phase: 'early_stage',
        registeredOn: '2026-03-02',
      },
    });
    expect(registered.status).toBe(200);
    const profile = await t.request('PUT', '/customers/5566778899/owner-profile', {
      token: advisor,
      headers: { 'x-correlation-id': 'obs-profile-1' },
      body: { womenLed: 'yes', foreignBackground: 'unknown', ownerName: 'Ingrid Personsdotter', recordedOn: '2026-03-03' },
    });
    expect(profile.status).toBe(200);
    const line = await eventually(async () => {
      const found = lines.find((l) => l.correlationId === 'obs-profile-1' && typeof l.durationMs === 'number');
      if (!found) throw new Error('no request line yet');
      return found;
    });
    expect(line).toMatchObject({ userId: 'advisor-anna', route: '/customers/:customerId/owner-profile', res: { statusCode: 200 }, req: { method: 'PUT' } });
    expect(lines.filter((l) => l.correlationId === 'obs-profile-1' && typeof l.durationMs === 'number')).toHaveLength(1);
    const everything = raw.join('\n');
    expect(everything).not.toContain('Ingrid');
    expect(everything).not.toContain('5566778899'); // ids in paths can be personal numbers: the route pattern is logged
    expect(everything).not.toContain(advisor); // no token, no headers
    expect(everything).not.toContain('\u001b[');
  });

  it('serves Prometheus metrics: requests by route and status, command outcomes, appends, projections, pools, seeding', async () => {
    await t.request('POST', '/customers', {
      token: advisor,
      body: { customerId: '5566778899', name: 'Igen AB', region: 'vastmanland', municipality: 'Västerås', foundedOn: '2019-04-01', phase: 'growth', registeredOn: '2026-03-02' },
    });
    const text = await metrics();
    expect(text).toMatch(/http_requests_total\{method="POST",route="\/customers",status="200"\} [1-9]/);
    expect(text).toMatch(/http_request_duration_seconds_bucket\{le="0.005",method="POST",route="\/customers",status="200"\}/);
    expect(text).toMatch(/commands_total\{type="RegisterCustomerCommand",outcome="accepted"\} 1/);
    expect(text).toMatch(/commands_total\{type="RegisterCustomerCommand",outcome="conflict"\} 1/);
    expect(text).toMatch(/event_store_append_duration_seconds_count\{outcome="ok"\} [1-9]/);
    expect(text).toMatch(/projection_lag_events\{projection="customers"\} \d+/);
    expect(text).toMatch(/projection_lag_seconds\{projection="loans"\} \d+/);
    expect(text).toMatch(/projection_rebuilding\{projection="loans"\} 0/);
    expect(text).toMatch(/db_pool_connections\{pool="event_store"\} [1-9]/);
    expect(text).toMatch(/db_pool_max_connections\{pool="read_models"\} \d+/);
    expect(text).toMatch(/demo_seed_in_progress 0/);
  });

  it('answers liveness always, and readiness only once seeding is over and projections are within the limits', async () => {
    expect((await t.request('GET', '/health/live')).status).toBe(200);
    seeding.pending();
    seeding.progress(120, 1000, 600);
    const seedingNow = await t.request('GET', '/health/ready');
    expect(seedingNow.status).toBe(503);
    expect(seedingNow.body.detail).toContain('demo-seeding (seeding demo data: 120/1000 commands)');
    expect((await t.request('GET', '/health')).body.seeding).toMatchObject({ state: 'seeding', done: 120, total: 1000 });
    expect(await metrics()).toMatch(/demo_seed_commands_done 120/);
    seeding.finish('done');
    // With a lag limit of 0 events, readiness waits until every projection has caught up.
    const ready = await eventually(async () => {
      const response = await t.request('GET', '/health/ready');
      if (response.status !== 200) throw new Error(response.body.detail);
      return response.body;
    }, 15_000);
    expect(ready.checks.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining(['database', 'store-migrations', 'read-model-migrations', 'demo-seeding', 'projection:customers']),
    );
    await t.app.get<{ stop(): Promise<void> } & object>((await import('#libs/projections')).PROJECTION_RUNNER).stop();
    await t.request('POST', '/customers', {
      token: advisor,
      body: { customerId: '5560360793', name: 'Kund AB', region: 'orebro', municipality: 'Örebro', foundedOn: '2019-04-01', phase: 'growth', registeredOn: '2026-03-02' },
    });
    const behind = await eventually(async () => {
      const response = await t.request('GET', '/health/ready');
      if (response.status !== 503) throw new Error('still ready');
      return response.body;
    }, 15_000);
    expect(behind.detail).toMatch(/projection:customers \(1 events \/ \d+ s behind \(limits 0 \/ 0 s\)\)/);
  });
});
