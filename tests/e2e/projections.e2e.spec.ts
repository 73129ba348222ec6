import pg from 'pg';
import { comparePositions, formatPosition, parsePosition, type GlobalPosition } from '#libs/event-store';
import { createPool, type Pool } from '#libs/postgres';
import { createApp } from '../../apps/api/src/create-app.js';
import { startTestApp, TEST_BACKDATING_WINDOW_DAYS, TEST_SECRET, type TestApp } from '../support/app.js';
import { createTestDatabase, eventually } from '../support/database.js';

const PROJECTIONS = [
  'customers',
  'staff',
  'loans',
  'advisory',
  'customer-time',
  'surveys',
  'funding',
  'targets',
  'customer-directory',
  'loan-book',
  'time-entry-history',
  'credit-certifications',
  'scorecard-inputs',
];

interface Status {
  name: string;
  checkpoint: string;
  head: string;
  lagEvents: number;
  state: string;
  active: boolean;
  rebuilding: boolean;
  lastError?: string;
}

/** The read models inside the api: projections run in-process, their status, rebuilds and read-your-writes. */
describe('projections over HTTP', () => {
  let t: TestApp;
  let pool: Pool;
  let advisor: string;
  let controller: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp('projections');
    pool = createPool(t.db.url, { max: 2 });
    advisor = await t.token('advisor-anna', 'advisor');
    controller = await t.token('ctrl-carl', 'controller');
    admin = await t.token('admin-ada', 'admin');
  });
  afterAll(async () => {
    await pool.end();
    await t.close();
  });

  const register = async (customerId: string): Promise<GlobalPosition> => {
    const response = await t.request('POST', '/customers', {
      token: advisor,
      body: { customerId, name: 'Verkstads AB', region: 'orebro', municipality: 'Örebro', foundedOn: '2019-04-01', phase: 'early_stage', registeredOn: '2026-03-02' },
    });
    expect(response.status).toBe(200);
    return parsePosition(response.body.position)!;
  };

  const statusAt = async (position?: GlobalPosition): Promise<{ projections: Status[]; rebuild: any }> => {
    const response = await t.request('GET', `/projections${position ? `?position=${formatPosition(position)}` : ''}`, { token: controller });
    expect(response.status).toBe(200);
    return response.body;
  };

  it('projects commands in-process: waiting for a command position shows every checkpoint at or past it', async () => {
    await register('5560360793');
    const owner = await t.request('PUT', '/customers/5560360793/owner-profile', {
      token: advisor,
      body: { womenLed: 'yes', foreignBackground: 'no', ownerName: 'Anna Andersson', recordedOn: '2026-03-03' },
    });
    expect(owner.status).toBe(200);
    const position = parsePosition(owner.body.position)!;

    const { projections } = await statusAt(position);

    expect(projections.map((p) => p.name)).toEqual(PROJECTIONS);
    for (const p of projections) {
      expect(comparePositions(parsePosition(p.checkpoint)!, position)).toBeGreaterThanOrEqual(0);
      expect(p).toMatchObject({ state: 'running', active: true, rebuilding: false });
      expect(p.lastError).toBeUndefined();
    }
    // The read model already holds the write, with the sealed owner answers opened and no owner name.
    const { rows } = await pool.query('SELECT * FROM rm_customers WHERE customer_id = $1', ['5560360793']);
    expect(rows).toEqual([expect.objectContaining({ region: 'orebro', women_led: 'yes', foreign_background: 'no', personal_data_erased: false })]);
    expect(JSON.stringify(rows)).not.toContain('Anna');
  });

  it('answers 503 when the read models do not reach a position in time, and 400 naming a malformed position or waitMs', async () => {
    const head = await register('5567037485');
    const beyond = formatPosition({ commit: head.commit + 1_000_000, prepare: 0 });

    const late = await t.request('GET', `/projections?position=${beyond}&waitMs=200`, { token: controller });
    expect(late.status).toBe(503);
    expect(late.body).toMatchObject({ status: 503, code: 'read-model-behind' });
    expect(late.body.detail).toContain(`did not reach ${beyond} within 200 ms`);

    const malformed = await t.request('GET', '/projections?position=latest', { token: controller });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'position' })]);
    const tooLong = await t.request('GET', `/projections?position=${formatPosition(head)}&waitMs=60000`, { token: controller });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ field: 'waitMs' })]);
  });

  it('rebuilds one projection in the background; the status shows the run and the same rows come back', async () => {
    const position = await register('5562217546');
    await statusAt(position);
    const before = (await pool.query('SELECT * FROM rm_customers ORDER BY customer_id')).rows;

    const started = await t.request('POST', '/projections/rebuild', { token: admin, body: { name: 'customers' } });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ started: ['customers'] });

    const done = await eventually(async () => {
      const { rebuild } = await statusAt();
      expect(rebuild.finishedAt).toBeDefined();
      return rebuild;
    });
    expect(done).toMatchObject({ projections: ['customers'], progress: { projection: 'customers', switched: true } });
    expect(done.error).toBeUndefined();
    expect((await pool.query('SELECT * FROM rm_customers ORDER BY customer_id')).rows).toEqual(before);
    const { projections } = await statusAt(position);
    expect(projections.find((p) => p.name === 'customers')).toMatchObject({ rebuilding: false, lagEvents: 0 });
  });

  it('rebuilds all when no name is given, refuses a second rebuild while one runs (409) and an unknown name (404)', async () => {
    const started = await t.request('POST', '/projections/rebuild', { token: admin, body: {} });
    const again = await t.request('POST', '/projections/rebuild', { token: admin, body: { name: 'loans' } });
    expect(started.status).toBe(202);
    expect(started.body.started).toEqual(PROJECTIONS);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('rebuild-in-progress');

    await eventually(async () => expect((await statusAt()).rebuild.finishedAt).toBeDefined(), 20_000);
    expect((await statusAt()).rebuild.error).toBeUndefined();

    const unknown = await t.request('POST', '/projections/rebuild', { token: admin, body: { name: 'loan-volume' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('projection-not-found');
  });

  it('shows the status to admins and controllers, and lets only admins rebuild', async () => {
    expect((await t.request('GET', '/projections', { token: admin })).status).toBe(200);
    expect((await t.request('GET', '/projections', { token: advisor })).status).toBe(403);
    expect((await t.request('GET', '/projections')).status).toBe(401);
    expect((await t.request('POST', '/projections/rebuild', { token: controller, body: {} })).status).toBe(403);
  });
});

describe('the api without in-process projections (RUN_PROJECTIONS=false)', () => {
  it('does not project, yet reports the status and times out waiting for a position nobody projects', async () => {
    const db = await createTestDatabase('projections_off');
    const app = await createApp(
      { databaseUrl: db.url, auth: { secret: TEST_SECRET }, runProjections: false },
      { logger: false, backdatingWindowDays: TEST_BACKDATING_WINDOW_DAYS },
    );
    try {
      await app.listen(0, '127.0.0.1');
      const { port } = app.getHttpServer().address() as { port: number };
      const { issueToken } = await import('#libs/platform');
      const headers = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
      const advisor = await issueToken(TEST_SECRET, { userId: 'advisor-anna', roles: ['advisor'] });
      const admin = await issueToken(TEST_SECRET, { userId: 'admin-ada', roles: ['admin'] });
      const command = await fetch(`http://127.0.0.1:${port}/customers`, {
        method: 'POST',
        headers: headers(advisor),
        body: JSON.stringify({
          customerId: '5560360793',
          name: 'Verkstads AB',
          region: 'orebro',
          municipality: 'Örebro',
          foundedOn: '2019-04-01',
          phase: 'growth',
          registeredOn: '2026-03-02',
        }),
      });
      const { position } = (await command.json()) as { position: string };

      const status = await fetch(`http://127.0.0.1:${port}/projections`, { headers: headers(admin) });
      const body = (await status.json()) as { projections: Status[] };
      expect(body.projections.map((p) => [p.name, p.state, p.active])).toEqual(PROJECTIONS.map((name) => [name, 'stopped', false]));
      const waited = await fetch(`http://127.0.0.1:${port}/projections?position=${position}&waitMs=300`, { headers: headers(admin) });
      expect(waited.status).toBe(503);
    } finally {
      await app.close();
      await db.drop();
    }
  });
});

describe('closing the api', () => {
  it('stops the projections and closes every database connection it opened', async () => {
    const t = await startTestApp('projections_close');
    const advisor = await t.token('advisor-anna', 'advisor');
    const response = await t.request('POST', '/customers', {
      token: advisor,
      body: { customerId: '5560360793', name: 'Verkstads AB', region: 'orebro', municipality: 'Örebro', foundedOn: '2019-04-01', phase: 'growth', registeredOn: '2026-03-02' },
    });
    const admin = await t.token('admin-ada', 'admin');
    expect((await t.request('GET', `/projections?position=${response.body.position}`, { token: admin })).status).toBe(200);
    const database = new URL(t.db.url).pathname.slice(1);

    await t.app.close();

    const server = new pg.Client({ connectionString: process.env.TEST_SERVER_URL });
    await server.connect();
    try {
      const { rows } = await server.query('SELECT application_name FROM pg_stat_activity WHERE datname = $1', [database]);
      expect(rows).toEqual([]);
    } finally {
      await server.end();
      await t.db.drop();
    }
  });
});
