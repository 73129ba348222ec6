import type { INestApplication } from '@nestjs/common';
import { createApp } from '../../apps/api/src/create-app.js';
import { startTestApp, TEST_SECRET, type TestApp } from '../support/app.js';

const SEK = 100;
const VERKSTAD = '5560360793';

/**
 * Figures never pass off a read model that has not caught up as the truth. The api runs here with
 * its projections off (as when they run in a separate projector that is behind or down); the
 * history is recorded; a second instance plays the projector and is started while a figure request
 * waits. Every answer says which events it includes.
 */
describe('figures say how current they are', () => {
  let t: TestApp;
  let projector: INestApplication | undefined;
  let carl: string;
  let lastPosition = '';

  const ok = async (method: string, path: string, token: string, body?: unknown): Promise<void> => {
    const response = await t.request(method, path, { token, body });
    expect({ path, status: response.status, body: response.status === 200 ? undefined : response.body }).toEqual({ path, status: 200, body: undefined });
    lastPosition = response.body.position ?? lastPosition;
  };
  const startProjector = async (): Promise<INestApplication> => {
    const app = await createApp({ databaseUrl: t.db.url, auth: { secret: TEST_SECRET }, runProjections: true }, { logger: false });
    await app.init();
    return app;
  };

  beforeAll(async () => {
    t = await startTestApp('freshness', { runProjections: false });
    const [admin, anna, olle, petra] = await Promise.all([
      t.token('admin-ada', 'admin'),
      t.token('advisor-anna', 'advisor'),
      t.token('olle', 'credit_officer'),
      t.token('petra', 'credit_officer'),
    ]);
    carl = await t.token('ctrl-carl', 'controller');
    await ok('POST', '/employees', admin, { userId: 'advisor-anna', name: 'Anna', region: 'vastmanland', roles: ['advisor'] });
    for (const userId of ['olle', 'petra']) {
      await ok('POST', '/employees', admin, { userId, name: userId, region: 'vastmanland', roles: ['credit_officer'] });
      await ok('POST', `/employees/${userId}/credit-certifications`, admin, { validFrom: '2020-01-01' });
    }
    await ok('POST', '/customers', anna, {
      customerId: VERKSTAD,
      name: 'Verkstad AB',
      region: 'vastmanland',
      municipality: 'Västerås',
      foundedOn: '2019-04-01',
      phase: 'growth',
      registeredOn: '2026-11-02',
    });
    const loan = await t.request('POST', '/loans', {
      token: olle,
      body: { customerId: VERKSTAD, product: 'foretagslan', amountOre: 400_000 * SEK, purpose: 'Ny maskin', appliedOn: '2026-11-03' },
    });
    expect(loan.status).toBe(200);
    const loanId = loan.body.ids.loanId as string;
    await ok('POST', `/loans/${loanId}/decision`, olle, { outcome: 'granted', amountOre: 400_000 * SEK, interestRateBasisPoints: 650, termMonths: 60, decidedOn: '2026-11-05' });
    await ok('POST', `/loans/${loanId}/approval`, petra, { approvedOn: '2026-11-06' });
    await ok('POST', `/loans/${loanId}/disbursements`, olle, { amountOre: 250_000 * SEK, disbursedOn: '2026-11-10' });
  }, 60_000);
  afterAll(async () => {
    await projector?.close();
    await t.close();
  });

  it('answers at once with ?stale=ok, marked incomplete with the lag, and 503 with the lag when it cannot wait long enough', async () => {
    const stale = await t.request('GET', '/figures/loan-volume?year=2026&stale=ok', { token: carl });
    expect(stale.status).toBe(200);
    expect(stale.body.totals).toMatchObject({ loansGranted: 0, newLendingVolumeOre: 0 });
    expect(stale.body.freshness).toMatchObject({ position: '0-0', head: lastPosition, complete: false });
    expect(stale.body.freshness.lagEvents).toBeGreaterThanOrEqual(9);
    expect(stale.body.freshness.lagSeconds).toBeGreaterThanOrEqual(0);

    const behind = await t.request('GET', '/figures/loan-volume?year=2026&waitMs=200', { token: carl });
    expect(behind.status).toBe(503);
    expect(behind.headers.get('retry-after')).toBe('2');
    expect(behind.body).toMatchObject({ code: 'read-model-behind', freshness: { position: '0-0', head: lastPosition, complete: false } });
    expect(behind.body.detail).toMatch(/stale=ok/);

    const report = await t.request('GET', '/reports/yearly?year=2026&format=html&stale=ok', { token: carl });
    expect(report.status).toBe(200);
    expect(report.body).toContain('role="alert"');
    expect(report.body).toContain(lastPosition);
    expect(report.headers.get('x-figures-complete')).toBe('false');
  });

  it('waits by default until the read models hold everything recorded before the request, then answers the full figures and their position', async () => {
    const waiting = t.request('GET', '/figures/loan-volume?year=2026&waitMs=20000', { token: carl });
    await new Promise((resolve) => setTimeout(resolve, 300));
    projector = await startProjector();
    const answer = await waiting;
    expect(answer.status).toBe(200);
    expect(answer.body.totals).toMatchObject({ loansGranted: 1, grantedVolumeOre: 400_000 * SEK, newLendingVolumeOre: 250_000 * SEK });
    expect(answer.body.freshness).toEqual({ position: expect.stringMatching(/^\d+-\d+$/), head: lastPosition, lagEvents: 0, lagSeconds: 0, complete: true });
  });

  it('says the position in the JSON, CSV and HTML report, and marks figures read while the projector is down', async () => {
    const json = await t.request('GET', '/reports/yearly?year=2026', { token: carl });
    expect(json.status).toBe(200);
    expect(json.body.freshness).toMatchObject({ head: lastPosition, lagEvents: 0, complete: true });
    expect(json.headers.get('x-store-head')).toBe(lastPosition);
    const loansGranted = (json.body.figures as { metric: string; outcome: number }[]).find((f) => f.metric === 'loans_granted');
    expect(loansGranted?.outcome).toBe(1);

    const csv = await t.request('GET', '/reports/yearly?year=2026&format=csv', { token: carl });
    const [first, header] = (csv.body as string).replace(/^\uFEFF/, '').split('\r\n');
    expect(first).toBe(`# Läsmodellernas position ${json.body.freshness.position};lagrets huvud vid begäran ${lastPosition};händelser efter 0;sekunder efter 0;komplett`);
    expect(header).toBe('metric;label;unit;outcome;target;deviation;deviation_pct;comment');

    const html = await t.request('GET', '/reports/yearly?year=2026&format=html&lang=en', { token: carl });
    expect(html.body).toContain('Event store head when asked');
    expect(html.body).toContain(lastPosition);
    expect(html.body).not.toContain('role="alert"');

    // The projector stops; one more event is recorded: figures read with stale=ok say they lack it.
    await projector?.close();
    projector = undefined;
    const admin = await t.token('admin-ada', 'admin');
    await ok('POST', '/employees', admin, { userId: 'advisor-bo', name: 'Bo', region: 'orebro', roles: ['advisor'] });
    const csvStale = await t.request('GET', '/reports/yearly?year=2026&format=csv&lang=en&stale=ok', { token: carl });
    const line = (csvStale.body as string).replace(/^\uFEFF/, '').split('\r\n')[0];
    expect(line).toMatch(new RegExp(`^# Read models at position \\d+-\\d+;store head when asked ${lastPosition};events behind 1;seconds behind [\\d,]+;INCOMPLETE$`));
  });
});
