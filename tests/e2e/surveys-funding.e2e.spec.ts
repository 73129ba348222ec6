import { startTestApp, type TestApp } from '../support/app.js';

/** Survey answers, and special assignments (funding projects) with their costs and revenues, over HTTP. */
describe('surveys and funding projects over HTTP', () => {
  let t: TestApp;
  let anna: string;
  let carl: string;
  let root: string;
  let kerstin: string;

  // Organisationsnummer with valid Luhn check digits.
  const VERKSTAD = '5560360793';
  const UNREGISTERED = '5569876542';

  beforeAll(async () => {
    t = await startTestApp('surveys_funding');
    anna = await t.token('advisor-anna', 'advisor');
    carl = await t.token('ctrl-carl', 'controller');
    root = await t.token('admin-root', 'admin');
    kerstin = await t.token('credit-kerstin', 'credit_officer');
    const registered = await t.request('POST', '/customers', {
      token: anna,
      body: { customerId: VERKSTAD, name: 'Verkstads AB', region: 'vastmanland', municipality: 'Köping', foundedOn: '2019-04-01', phase: 'growth', registeredOn: '2026-01-10' },
    });
    expect(registered.status).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  const audit = async (streamId: string) => t.request('GET', `/audit/streams/${streamId}`, { token: carl });
  const fields = (body: { errors: { field: string }[] }) => body.errors.map((e) => e.field);

  describe('survey answers', () => {
    const answer = (overrides: Record<string, unknown> = {}) => ({ customerId: '556036-0793', wouldRecommend: true, score: 9, answeredOn: '2026-03-20', ...overrides });

    it('lets an advisor, a controller and an admin record an answer, each with a new answer id', async () => {
      for (const [token, userId] of [
        [anna, 'advisor-anna'],
        [carl, 'ctrl-carl'],
        [root, 'admin-root'],
      ] as const) {
        const response = await t.request('POST', '/survey-answers', { token, body: answer() });
        expect(response.status).toBe(200);
        expect(response.body.events).toEqual(['SurveyAnswerRecorded']);
        const [event] = (await audit(`survey-answer-${response.body.ids.answerId}`)).body.events;
        expect(event.data).toMatchObject({ customerId: VERKSTAD, answeredOn: '2026-03-20', wouldRecommend: true, score: 9, recordedBy: userId });
      }
    });

    it('records an answer without a score', async () => {
      const response = await t.request('POST', '/survey-answers', { token: anna, body: answer({ score: undefined, wouldRecommend: false }) });
      expect(response.status).toBe(200);
      const [event] = (await audit(`survey-answer-${response.body.ids.answerId}`)).body.events;
      expect(event.data.wouldRecommend).toBe(false);
      expect(event.data).not.toHaveProperty('score');
    });

    it('refuses a credit officer (403)', async () => {
      expect((await t.request('POST', '/survey-answers', { token: kerstin, body: answer() })).status).toBe(403);
    });

    it('answers 404 for a customer that is not registered', async () => {
      const response = await t.request('POST', '/survey-answers', { token: anna, body: answer({ customerId: UNREGISTERED }) });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('customer-not-found');
    });

    it('answers 400 naming each bad field', async () => {
      const response = await t.request('POST', '/survey-answers', { token: anna, body: { customerId: VERKSTAD, score: 11, answeredOn: 'yesterday' } });
      expect(response.status).toBe(400);
      expect(fields(response.body)).toEqual(expect.arrayContaining(['wouldRecommend', 'score', 'answeredOn']));
    });

    it('replays a retried Idempotency-Key with the same answer id and records once', async () => {
      const headers = { 'idempotency-key': 'answer-retry', 'x-correlation-id': 'answer-retry' };
      const first = await t.request('POST', '/survey-answers', { token: anna, body: answer(), headers });
      const retry = await t.request('POST', '/survey-answers', { token: anna, body: answer(), headers });
      expect(first.status).toBe(200);
      expect(retry.body).toEqual(first.body);
      const recorded = await t.request('GET', '/audit/events?correlationId=answer-retry', { token: carl });
      expect(recorded.body.events.map((e: { streamId: string }) => e.streamId)).toEqual([`survey-answer-${first.body.ids.answerId}`]);
    });
  });

  describe('funding projects', () => {
    const project = { name: 'Grön omställning Mälardalen', funder: 'Europeiska regionala utvecklingsfonden', startsOn: '2026-01-01', endsOn: '2027-12-31' };
    let projectId: string;
    const book = (kind: 'costs' | 'revenues', token: string, body: Record<string, unknown>, options: { project?: string; headers?: Record<string, string> } = {}) =>
      t.request('POST', `/funding-projects/${options.project ?? projectId}/${kind}`, { token, body, ...(options.headers ? { headers: options.headers } : {}) });

    beforeAll(async () => {
      const registered = await t.request('POST', '/funding-projects', { token: root, body: project });
      expect(registered.status).toBe(200);
      projectId = registered.body.ids.projectId;
    });

    it('lets an admin register a project with a new project id', async () => {
      expect(projectId).toMatch(/^[0-9a-f-]{36}$/);
      const [event] = (await audit(`funding-project-${projectId}`)).body.events;
      expect(event).toMatchObject({ type: 'FundingProjectRegistered', recordedBy: 'admin-root', data: { ...project, projectId, registeredBy: 'admin-root' } });
    });

    it('refuses a controller, an advisor and a credit officer registering a project (403)', async () => {
      for (const token of [carl, anna, kerstin]) expect((await t.request('POST', '/funding-projects', { token, body: project })).status).toBe(403);
    });

    it('answers 400 for a project that ends before it starts, and for missing fields', async () => {
      const backwards = await t.request('POST', '/funding-projects', { token: root, body: { ...project, startsOn: '2027-01-01', endsOn: '2026-12-31' } });
      expect(backwards.status).toBe(400);
      expect(fields(backwards.body)).toEqual(['endsOn']);
      const missing = await t.request('POST', '/funding-projects', { token: root, body: { name: 'X' } });
      expect(missing.status).toBe(400);
      expect(fields(missing.body)).toEqual(expect.arrayContaining(['funder', 'startsOn', 'endsOn']));
    });

    it('lets a controller book a cost and an admin a revenue, each with a new entry id', async () => {
      const cost = await book('costs', carl, { amountOre: 4_500_000, description: 'Workshop venue', bookedOn: '2026-03-31' });
      expect(cost.status).toBe(200);
      expect(cost.body).toMatchObject({ ids: { projectId }, events: ['ProjectCostBooked'] });
      const revenue = await book('revenues', root, { amountOre: 25_000_000, description: 'Grant instalment 1', bookedOn: '2026-06-30' });
      expect(revenue.status).toBe(200);
      expect(revenue.body.events).toEqual(['ProjectRevenueBooked']);
      expect(revenue.body.ids.entryId).not.toBe(cost.body.ids.entryId);
      const events = (await audit(`funding-project-${projectId}`)).body.events;
      expect(events.find((e: { type: string }) => e.type === 'ProjectCostBooked').data).toMatchObject({
        entryId: cost.body.ids.entryId,
        amountOre: 4_500_000,
        bookedOn: '2026-03-31',
        bookedBy: 'ctrl-carl',
      });
      expect(events.find((e: { type: string }) => e.type === 'ProjectRevenueBooked').data).toMatchObject({
        entryId: revenue.body.ids.entryId,
        amountOre: 25_000_000,
        bookedBy: 'admin-root',
      });
    });

    it('refuses an advisor and a credit officer booking (403)', async () => {
      for (const token of [anna, kerstin]) {
        expect((await book('costs', token, { amountOre: 100, description: 'Coffee', bookedOn: '2026-03-31' })).status).toBe(403);
        expect((await book('revenues', token, { amountOre: 100, description: 'Fee', bookedOn: '2026-03-31' })).status).toBe(403);
      }
    });

    it('refuses a booking outside the project period (422) and records nothing', async () => {
      const before = (await audit(`funding-project-${projectId}`)).body.events.length;
      const late = await book('costs', carl, { amountOre: 100_00, description: 'Invoice from before the project', bookedOn: '2025-12-31' });
      expect(late.status).toBe(422);
      expect(late.body.code).toBe('booked-outside-project-period');
      expect((await audit(`funding-project-${projectId}`)).body.events).toHaveLength(before);
    });

    it('answers 404 for an unknown project', async () => {
      for (const kind of ['costs', 'revenues'] as const) {
        const response = await book(kind, carl, { amountOre: 100, description: 'X', bookedOn: '2026-03-31' }, { project: 'no-such-project' });
        expect(response.status).toBe(404);
        expect(response.body.code).toBe('funding-project-not-found');
      }
      expect((await audit('funding-project-no-such-project')).status).toBe(404);
    });

    it('answers 400 for an amount that is not a positive whole number of öre', async () => {
      for (const amountOre of [0, -100, 12.5, '100']) {
        const response = await book('costs', carl, { amountOre, description: 'X', bookedOn: '2026-03-31' });
        expect(response.status).toBe(400);
        expect(fields(response.body)).toContain('amountOre');
      }
    });

    it('replays a retried booking with the same Idempotency-Key: one entry, the same entry id', async () => {
      const before = (await audit(`funding-project-${projectId}`)).body.events.length;
      const headers = { 'idempotency-key': 'cost-retry-1' };
      const body = { amountOre: 1_250_000, description: 'Consultant, March', bookedOn: '2026-03-31' };
      const first = await book('costs', carl, body, { headers });
      const retry = await book('costs', carl, body, { headers });
      expect(first.status).toBe(200);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect((await audit(`funding-project-${projectId}`)).body.events).toHaveLength(before + 1);
    });
  });
});
