import { randomUUID } from 'node:crypto';
import { type EventStore } from '#libs/event-store';
import { EVENT_STORE } from '#libs/platform';
import { startTestApp, type TestApp } from '../support/app.js';

/** Board targets, benchmark shares and deviation comments over HTTP: entered by controllers, a later value replaces an earlier. */
describe('targets, benchmarks and report comments over HTTP', () => {
  let t: TestApp;
  let carl: string;
  let root: string;
  let anna: string;
  let kerstin: string;

  beforeAll(async () => {
    t = await startTestApp('targets');
    carl = await t.token('ctrl-carl', 'controller');
    root = await t.token('admin-root', 'admin');
    anna = await t.token('advisor-anna', 'advisor');
    kerstin = await t.token('credit-kerstin', 'credit_officer');
  });
  afterAll(async () => {
    await t.close();
  });

  const audit = async (streamId: string) => t.request('GET', `/audit/streams/${streamId}`, { token: carl });
  const fields = (body: { errors: { field: string }[] }) => body.errors.map((e) => e.field);

  describe('targets', () => {
    it('lets a controller enter a quarterly regional target, recorded with its unit', async () => {
      const response = await t.request('PUT', '/targets', {
        token: carl,
        body: { metric: 'new_lending_volume', year: 2026, quarter: 1, region: 'vastmanland', value: 4_500_000_000 },
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ ids: { targetKey: 'new_lending_volume/2026/1/vastmanland' }, revision: 0, events: ['TargetSet'] });
      const [event] = (await audit('targets-2026-new_lending_volume-q1-vastmanland')).body.events;
      expect(event).toMatchObject({
        recordedBy: 'ctrl-carl',
        data: { metric: 'new_lending_volume', year: 2026, quarter: 1, region: 'vastmanland', unit: 'ore', value: 4_500_000_000, setBy: 'ctrl-carl' },
      });
    });

    it('lets an admin enter a yearly target for both regions; a later value replaces it and the same value again records nothing', async () => {
      const first = await t.request('PUT', '/targets', { token: root, body: { metric: 'loans_granted', year: 2027, value: 300 } });
      expect(first.status).toBe(200);
      expect(first.body.ids).toEqual({ targetKey: 'loans_granted/2027/year/all' });
      const replaced = await t.request('PUT', '/targets', { token: carl, body: { metric: 'loans_granted', year: 2027, value: 320 } });
      expect(replaced.body).toMatchObject({ revision: 1, events: ['TargetSet'] });
      const same = await t.request('PUT', '/targets', { token: carl, body: { metric: 'loans_granted', year: 2027, value: 320 } });
      expect(same.status).toBe(200);
      expect(same.body).toMatchObject({ revision: 1, events: [] });
      const events = (await audit('targets-2027-loans_granted-year-all')).body.events;
      expect(events.map((e: { data: { value: number } }) => e.data.value)).toEqual([300, 320]);
      expect(events[0].data).not.toHaveProperty('quarter');
      expect(events[0].data).not.toHaveProperty('region');
    });

    it('refuses an advisor and a credit officer: they may not set targets (403)', async () => {
      for (const token of [anna, kerstin]) {
        expect((await t.request('PUT', '/targets', { token, body: { metric: 'loans_granted', year: 2030, value: 1 } })).status).toBe(403);
      }
      expect((await audit('targets-2030')).status).toBe(404);
      expect((await audit('targets-2030-loans_granted-year-all')).status).toBe(404);
    });

    it('answers 400 naming each bad field', async () => {
      const response = await t.request('PUT', '/targets', { token: carl, body: { metric: 'happiness', year: 1800, quarter: 5, region: 'skane', value: 'many' } });
      expect(response.status).toBe(400);
      expect(fields(response.body)).toEqual(expect.arrayContaining(['metric', 'year', 'quarter', 'region', 'value']));
    });

    it("answers 400 for a value that does not fit the metric's unit", async () => {
      const share = await t.request('PUT', '/targets', { token: carl, body: { metric: 'customer_time_share', year: 2026, value: 80 } });
      expect(share.status).toBe(400);
      expect(fields(share.body)).toEqual(['value']);
      const count = await t.request('PUT', '/targets', { token: carl, body: { metric: 'delivery_modules', year: 2026, value: 12.5 } });
      expect(count.status).toBe(400);
      expect(fields(count.body)).toEqual(['value']);
      const percent = await t.request('PUT', '/targets', { token: carl, body: { metric: 'return_on_lending', year: 2026, value: 2 } });
      expect(percent.status).toBe(200);
    });

    it('replays a retried Idempotency-Key and records once', async () => {
      const headers = { 'idempotency-key': 'target-2028-share' };
      const body = { metric: 'recommendation_share', year: 2028, value: 0.9 };
      const first = await t.request('PUT', '/targets', { token: carl, body, headers });
      const retry = await t.request('PUT', '/targets', { token: carl, body, headers });
      expect(first.status).toBe(200);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect((await audit('targets-2028-recommendation_share-year-all')).body.events).toHaveLength(1);
    });
  });

  describe('stream boundaries: independent writes do not collide', () => {
    const METRICS = ['loans_granted', 'new_lending_volume', 'delivery_modules', 'recommendation_share'];

    it('records 8 different targets of one year sent at once: every one succeeds, each in its own stream', async () => {
      const bodies = [1, 2].flatMap((quarter) => METRICS.map((metric, i) => ({ metric, year: 2034, quarter, value: metric === 'recommendation_share' ? 0.5 : (i + 1) * 100 })));
      const responses = await Promise.all(bodies.map((body) => t.request('PUT', '/targets', { token: carl, body })));
      expect(responses.map((r) => r.status)).toEqual(bodies.map(() => 200));
      expect(responses.map((r) => r.body.revision)).toEqual(bodies.map(() => 0));
      for (const body of bodies) {
        const events = (await audit(`targets-2034-${body.metric}-q${body.quarter}-all`)).body.events;
        expect(events.map((e: { data: { value: number } }) => e.data.value)).toEqual([body.value]);
      }
    });

    it('records 8 benchmarks and 8 deviation comments of one year sent at once: every one succeeds', async () => {
      const benchmarks = ['orebro', 'vastmanland']
        .flatMap((region) =>
          ['women_led', 'early_stage'].flatMap((attribute) =>
            ['business_population', 'new_businesses'].map((population) => ({ region, year: 2034, attribute, population, share: 0.2 })),
          ),
        )
        .slice(0, 8);
      const comments = [1, 2].flatMap((quarter) => METRICS.map((metric) => ({ metric, year: 2034, quarter, comment: `Why ${metric} missed in Q${quarter}` })));
      const responses = await Promise.all([
        ...benchmarks.map((body) => t.request('PUT', '/benchmarks', { token: carl, body })),
        ...comments.map((body) => t.request('PUT', '/report-comments', { token: carl, body })),
      ]);
      expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200));
      expect(responses.map((r) => r.body.events)).toEqual(responses.map(() => expect.arrayContaining([expect.any(String)])));
    });

    it('still reads a year stream recorded before targets had their own streams', async () => {
      const store = t.app.get<EventStore>(EVENT_STORE);
      await store.append(
        'targets-2033',
        [
          {
            id: randomUUID(),
            type: 'TargetSet',
            data: { year: 2033, metric: 'loans_granted', unit: 'count', value: 250, setBy: 'ctrl-carl' },
            metadata: { userId: 'ctrl-carl', correlationId: 'c', causationId: 'c' },
          },
        ],
        { expectedRevision: 'no_stream' },
      );
      const same = await t.request('PUT', '/targets', { token: carl, body: { metric: 'loans_granted', year: 2033, value: 250 } });
      expect(same.status).toBe(200);
      expect(same.body.events).toEqual([]);
      expect((await audit('targets-2033-loans_granted-year-all')).status).toBe(404);
      const changed = await t.request('PUT', '/targets', { token: carl, body: { metric: 'loans_granted', year: 2033, value: 260 } });
      expect(changed.body).toMatchObject({ events: ['TargetSet'], revision: 0 });
      expect((await audit('targets-2033')).body.events).toHaveLength(1);
      expect((await audit('targets-2033-loans_granted-year-all')).body.events.map((e: { data: { value: number } }) => e.data.value)).toEqual([260]);
    });
  });

  describe('benchmarks', () => {
    it("lets a controller enter a focus group's share of a region's new businesses; a new share replaces it", async () => {
      const body = { region: 'orebro', year: 2026, attribute: 'women_led', population: 'new_businesses', share: 0.32 };
      const response = await t.request('PUT', '/benchmarks', { token: carl, body });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ ids: { benchmarkKey: '2026/orebro/women_led/new_businesses' }, events: ['BenchmarkSet'] });
      expect((await t.request('PUT', '/benchmarks', { token: carl, body })).body.events).toEqual([]);
      expect((await t.request('PUT', '/benchmarks', { token: carl, body: { ...body, share: 0.34 } })).body.events).toEqual(['BenchmarkSet']);
      const events = (await audit('benchmarks-2026-orebro-women_led-new_businesses')).body.events;
      expect(events.map((e: { data: { share: number } }) => e.data.share)).toEqual([0.32, 0.34]);
      expect(events[1]).toMatchObject({ recordedBy: 'ctrl-carl', data: { setBy: 'ctrl-carl' } });
    });

    it('refuses every role but the controller (403)', async () => {
      const body = { region: 'vastmanland', year: 2031, attribute: 'early_stage', population: 'business_population', share: 0.1 };
      for (const token of [root, anna, kerstin]) expect((await t.request('PUT', '/benchmarks', { token, body })).status).toBe(403);
      expect((await audit('benchmarks-2031')).status).toBe(404);
      expect((await audit('benchmarks-2031-vastmanland-early_stage-business_population')).status).toBe(404);
    });

    it('answers 400 for a share outside 0..1 and unknown attributes, naming them', async () => {
      const response = await t.request('PUT', '/benchmarks', {
        token: carl,
        body: { region: 'orebro', year: 2026, attribute: 'left_handed', population: 'everyone', share: 32 },
      });
      expect(response.status).toBe(400);
      expect(fields(response.body)).toEqual(expect.arrayContaining(['attribute', 'population', 'share']));
    });
  });

  describe('report comments', () => {
    it('lets a controller explain a deviation; the latest comment for the scope wins, the same text again records nothing', async () => {
      const body = { metric: 'loans_granted', year: 2026, quarter: 2, region: 'orebro', comment: 'Two large banks widened their SME lending.' };
      const first = await t.request('PUT', '/report-comments', { token: carl, body });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ ids: { commentKey: 'loans_granted/2026/2/orebro' }, events: ['DeviationCommentRecorded'] });
      expect((await t.request('PUT', '/report-comments', { token: carl, body })).body.events).toEqual([]);
      const revised = await t.request('PUT', '/report-comments', { token: carl, body: { ...body, comment: 'Banks widened SME lending; two applications moved to Q3.' } });
      expect(revised.body.events).toEqual(['DeviationCommentRecorded']);
      const events = (await audit('report-comments-2026-loans_granted-q2-orebro')).body.events;
      expect(events).toHaveLength(2);
      expect(events[1].data).toMatchObject({ metric: 'loans_granted', quarter: 2, region: 'orebro', recordedBy: 'ctrl-carl' });
    });

    it('refuses an admin, an advisor and a credit officer (403)', async () => {
      const body = { metric: 'loans_granted', year: 2032, comment: 'No' };
      for (const token of [root, anna, kerstin]) expect((await t.request('PUT', '/report-comments', { token, body })).status).toBe(403);
      expect((await audit('report-comments-2032')).status).toBe(404);
      expect((await audit('report-comments-2032-loans_granted-year-all')).status).toBe(404);
    });

    it('answers 400 for a blank comment and an unknown metric', async () => {
      const blank = await t.request('PUT', '/report-comments', { token: carl, body: { metric: 'loans_granted', year: 2026, comment: '   ' } });
      expect(blank.status).toBe(400);
      expect(fields(blank.body)).toEqual(['comment']);
      const unknown = await t.request('PUT', '/report-comments', { token: carl, body: { metric: 'mood', year: 2026, comment: 'Fine' } });
      expect(unknown.status).toBe(400);
      expect(fields(unknown.body)).toEqual(['metric']);
    });
  });
});
