import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../support/app.js';

/** Advisory sessions, module deliveries and mentor pairs over HTTP, with the module catalogue extended by configuration. */
describe('advisory over HTTP', () => {
  let t: TestApp;
  let anna: string;
  let bo: string;
  let carl: string;
  let root: string;
  let kerstin: string;
  let configDir: string;

  // Organisationsnummer with valid Luhn check digits.
  const VERKSTAD = '5560360793';
  const BAGERI = '5567037485';
  const UNREGISTERED = '5569876542';

  beforeAll(async () => {
    configDir = mkdtempSync(join(tmpdir(), 'advisory-modules-'));
    const modulesFile = join(configDir, 'modules.json');
    writeFileSync(modulesFile, JSON.stringify([{ key: 'exportcoaching', name: 'Exportcoaching' }]));
    t = await startTestApp('advisory', { catalogues: { advisoryModulesFile: modulesFile } });
    anna = await t.token('advisor-anna', 'advisor');
    bo = await t.token('advisor-bo', 'advisor');
    carl = await t.token('ctrl-carl', 'controller');
    root = await t.token('admin-root', 'admin');
    kerstin = await t.token('credit-kerstin', 'credit_officer');
    // A delivery is credited only to a registered advisor.
    for (const userId of ['advisor-anna', 'advisor-bo']) {
      const employee = await t.request('POST', '/employees', { token: root, body: { userId, name: userId, region: 'vastmanland', roles: ['advisor'] } });
      expect(employee.status).toBe(200);
    }
    for (const customerId of [VERKSTAD, BAGERI]) {
      const registered = await t.request('POST', '/customers', {
        token: anna,
        body: { customerId, name: 'Kund AB', region: 'vastmanland', municipality: 'Västerås', foundedOn: '2019-04-01', phase: 'growth', registeredOn: '2026-01-10' },
      });
      expect(registered.status).toBe(200);
    }
  });
  afterAll(async () => {
    await t.close();
    rmSync(configDir, { recursive: true, force: true });
  });

  const audit = async (streamId: string) => t.request('GET', `/audit/streams/${streamId}`, { token: carl });
  const session = (overrides: Record<string, unknown> = {}) => ({
    customerId: '556036-0793',
    date: '2026-03-02',
    durationMinutes: 60,
    sustainabilityDiscussed: true,
    ...overrides,
  });
  const delivery = (overrides: Record<string, unknown> = {}) => ({ customerId: VERKSTAD, module: 'affarsutveckling', deliveredOn: '2026-03-03', ...overrides });
  const pair = (overrides: Record<string, unknown> = {}) => ({
    programme: 'mentor_utveckla_foretag',
    mentorName: 'Karin Lindqvist',
    customerId: BAGERI,
    matchedOn: '2026-03-04',
    ...overrides,
  });

  describe('advisory sessions', () => {
    it('records the sessions of 8 advisors logged at once with one customer: every one succeeds', async () => {
      const tokens = await Promise.all(Array.from({ length: 8 }, (_, i) => t.token(`advisor-concurrent-${i}`, 'advisor')));
      const responses = await Promise.all(tokens.map((token) => t.request('POST', '/advisory/sessions', { token, body: session() })));
      expect(responses.map((r) => r.status)).toEqual(tokens.map(() => 200));
      for (const [i, response] of responses.entries()) {
        const events = (await audit(`advisory-session-${response.body.ids.sessionId}`)).body.events;
        expect(events).toHaveLength(1);
        expect(events[0]).toMatchObject({ recordedBy: `advisor-concurrent-${i}`, data: { customerId: VERKSTAD, advisorId: `advisor-concurrent-${i}` } });
      }
    });

    it('lets an advisor log their own session, with a new session id and who recorded it', async () => {
      const response = await t.request('POST', '/advisory/sessions', { token: anna, body: session() });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ revision: 0, events: ['AdvisorySessionLogged'] });
      const { sessionId } = response.body.ids;
      expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);
      const events = (await audit(`advisory-session-${sessionId}`)).body.events;
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        type: 'AdvisorySessionLogged',
        recordedBy: 'advisor-anna',
        data: { sessionId, customerId: VERKSTAD, advisorId: 'advisor-anna', date: '2026-03-02', durationMinutes: 60, sustainabilityDiscussed: true },
      });
    });

    it('dates a session today (Europe/Stockholm) when no date is given', async () => {
      const before = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
      const response = await t.request('POST', '/advisory/sessions', { token: anna, body: session({ date: undefined }) });
      const after = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
      expect(response.status).toBe(200);
      const [event] = (await audit(`advisory-session-${response.body.ids.sessionId}`)).body.events;
      expect([before, after]).toContain(event.data.date);
    });

    it('keeps a session id the client gives, and refuses the same id twice with 409', async () => {
      const first = await t.request('POST', '/advisory/sessions', { token: anna, body: session({ sessionId: 'anna-2026-03-02-a' }) });
      expect(first.status).toBe(200);
      expect(first.body.ids).toEqual({ sessionId: 'anna-2026-03-02-a' });
      const again = await t.request('POST', '/advisory/sessions', { token: anna, body: session({ sessionId: 'anna-2026-03-02-a' }) });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('session-already-logged');
      expect((await audit('advisory-session-anna-2026-03-02-a')).body.events).toHaveLength(1);
    });

    it('refuses a controller, a credit officer and an admin: only advisors log sessions (403)', async () => {
      for (const token of [carl, kerstin, root]) {
        const response = await t.request('POST', '/advisory/sessions', { token, body: session({ sessionId: 'not-an-advisor' }) });
        expect(response.status).toBe(403);
      }
      expect((await audit('advisory-session-not-an-advisor')).status).toBe(404);
    });

    it("refuses an advisor logging someone else's session (403) and records nothing", async () => {
      const response = await t.request('POST', '/advisory/sessions', { token: anna, body: session({ sessionId: 'for-bo', advisorId: 'advisor-bo' }) });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('session-for-someone-else');
      expect((await audit('advisory-session-for-bo')).status).toBe(404);
    });

    it('answers 404 for a customer that is not registered', async () => {
      const response = await t.request('POST', '/advisory/sessions', { token: anna, body: session({ sessionId: 'unknown-customer', customerId: UNREGISTERED }) });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('customer-not-found');
      expect((await audit('advisory-session-unknown-customer')).status).toBe(404);
    });

    it('answers 400 naming each bad field', async () => {
      const response = await t.request('POST', '/advisory/sessions', {
        token: anna,
        body: session({ customerId: '12345', date: '2026-02-30', durationMinutes: 0, sustainabilityDiscussed: 'yes', sessionId: 'has spaces', room: 'B' }),
      });
      expect(response.status).toBe(400);
      const fields = response.body.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['customerId', 'date', 'durationMinutes', 'sustainabilityDiscussed', 'sessionId', 'room']));
      const badCheckDigit = await t.request('POST', '/advisory/sessions', { token: anna, body: session({ customerId: '5560360794' }) });
      expect(badCheckDigit.status).toBe(400);
      expect(badCheckDigit.body.errors[0].field).toBe('customerId');
    });

    it('accepts a registered funding project and answers 404 for an unknown one', async () => {
      const project = await t.request('POST', '/funding-projects', {
        token: root,
        body: { name: 'Grön omställning', funder: 'ERUF', startsOn: '2026-01-01', endsOn: '2027-12-31' },
      });
      const { projectId } = project.body.ids;
      const funded = await t.request('POST', '/advisory/sessions', { token: anna, body: session({ fundingProjectId: projectId }) });
      expect(funded.status).toBe(200);
      const [event] = (await audit(`advisory-session-${funded.body.ids.sessionId}`)).body.events;
      expect(event.data.fundingProjectId).toBe(projectId);
      const unknown = await t.request('POST', '/advisory/sessions', { token: anna, body: session({ sessionId: 'unknown-project', fundingProjectId: 'no-such-project' }) });
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('funding-project-not-found');
      expect((await audit('advisory-session-unknown-project')).status).toBe(404);
    });

    it('replays a retried Idempotency-Key with the same session id and records once', async () => {
      const headers = { 'idempotency-key': 'session-retry-1', 'x-correlation-id': 'session-retry-1' };
      const first = await t.request('POST', '/advisory/sessions', { token: anna, body: session(), headers });
      const retry = await t.request('POST', '/advisory/sessions', { token: anna, body: session(), headers });
      expect(first.status).toBe(200);
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      const recorded = await t.request('GET', '/audit/events?correlationId=session-retry-1', { token: carl });
      expect(recorded.body.events.map((e: { streamId: string }) => e.streamId)).toEqual([`advisory-session-${first.body.ids.sessionId}`]);
    });
  });

  describe('module deliveries', () => {
    it('lets an advisor record a delivery and void it; the void repeats the facts and both stay in the audit trail', async () => {
      const delivered = await t.request('POST', '/advisory/deliveries', { token: anna, body: delivery() });
      expect(delivered.status).toBe(200);
      expect(delivered.body.events).toEqual(['ModuleDelivered']);
      const { deliveryId } = delivered.body.ids;
      const voided = await t.request('POST', `/advisory/deliveries/${deliveryId}/void`, { token: anna, body: { reason: 'Wrong customer', voidedOn: '2026-03-05' } });
      expect(voided.status).toBe(200);
      expect(voided.body).toMatchObject({ ids: { deliveryId }, revision: 1, events: ['ModuleDeliveryVoided'] });
      const events = (await audit(`delivery-${deliveryId}`)).body.events;
      expect(events.map((e: { type: string }) => e.type)).toEqual(['ModuleDelivered', 'ModuleDeliveryVoided']);
      expect(events[1].data).toMatchObject({
        deliveryId,
        customerId: VERKSTAD,
        module: 'affarsutveckling',
        advisorId: 'advisor-anna',
        deliveredOn: '2026-03-03',
        voidedOn: '2026-03-05',
        reason: 'Wrong customer',
        voidedBy: 'advisor-anna',
      });
    });

    it('refuses voiding twice with 409 and records nothing new', async () => {
      const { deliveryId } = (await t.request('POST', '/advisory/deliveries', { token: anna, body: delivery() })).body.ids;
      expect((await t.request('POST', `/advisory/deliveries/${deliveryId}/void`, { token: anna, body: { reason: 'Duplicate' } })).status).toBe(200);
      const again = await t.request('POST', `/advisory/deliveries/${deliveryId}/void`, { token: anna, body: { reason: 'Duplicate' } });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('delivery-already-voided');
      expect((await audit(`delivery-${deliveryId}`)).body.events).toHaveLength(2);
    });

    it('lets an admin void but not deliver; refuses a controller both (403)', async () => {
      const { deliveryId } = (await t.request('POST', '/advisory/deliveries', { token: anna, body: delivery() })).body.ids;
      expect((await t.request('POST', '/advisory/deliveries', { token: root, body: delivery() })).status).toBe(403);
      expect((await t.request('POST', '/advisory/deliveries', { token: carl, body: delivery() })).status).toBe(403);
      expect((await t.request('POST', `/advisory/deliveries/${deliveryId}/void`, { token: carl, body: { reason: 'No' } })).status).toBe(403);
      const byAdmin = await t.request('POST', `/advisory/deliveries/${deliveryId}/void`, { token: root, body: { reason: 'Registered twice' } });
      expect(byAdmin.status).toBe(200);
      const [, voided] = (await audit(`delivery-${deliveryId}`)).body.events;
      expect(voided).toMatchObject({ recordedBy: 'admin-root', data: { voidedBy: 'admin-root' } });
    });

    it('refuses a void dated before the delivery (422) and records nothing', async () => {
      const { deliveryId } = (await t.request('POST', '/advisory/deliveries', { token: anna, body: delivery() })).body.ids;
      const early = await t.request('POST', `/advisory/deliveries/${deliveryId}/void`, { token: anna, body: { reason: 'Oops', voidedOn: '2026-03-01' } });
      expect(early.status).toBe(422);
      expect(early.body.code).toBe('voided-before-delivered');
      expect((await audit(`delivery-${deliveryId}`)).body.events).toHaveLength(1);
    });

    it('answers 404 for voiding an unknown delivery and for delivering to an unknown customer', async () => {
      const unknownDelivery = await t.request('POST', '/advisory/deliveries/no-such-delivery/void', { token: anna, body: { reason: 'Gone' } });
      expect(unknownDelivery.status).toBe(404);
      expect(unknownDelivery.body.code).toBe('delivery-not-found');
      expect((await audit('delivery-no-such-delivery')).status).toBe(404);
      const unknownCustomer = await t.request('POST', '/advisory/deliveries', { token: anna, body: delivery({ customerId: UNREGISTERED }) });
      expect(unknownCustomer.status).toBe(404);
      expect(unknownCustomer.body.code).toBe('customer-not-found');
    });

    it('accepts a module added by ADVISORY_MODULES_FILE and refuses one outside the catalogue, naming the field (400)', async () => {
      const configured = await t.request('POST', '/advisory/deliveries', { token: anna, body: delivery({ module: 'exportcoaching' }) });
      expect(configured.status).toBe(200);
      const [event] = (await audit(`delivery-${configured.body.ids.deliveryId}`)).body.events;
      expect(event.data.module).toBe('exportcoaching');
      const unknown = await t.request('POST', '/advisory/deliveries', { token: anna, body: delivery({ module: 'golf' }) });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'module' })]);
    });

    it('answers 400 naming each bad field of a delivery and of a void', async () => {
      const response = await t.request('POST', '/advisory/deliveries', { token: anna, body: { customerId: VERKSTAD, deliveredOn: '03/03/2026' } });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['module', 'deliveredOn']));
      const { deliveryId } = (await t.request('POST', '/advisory/deliveries', { token: anna, body: delivery() })).body.ids;
      const noReason = await t.request('POST', `/advisory/deliveries/${deliveryId}/void`, { token: anna, body: {} });
      expect(noReason.status).toBe(400);
      expect(noReason.body.errors.map((e: { field: string }) => e.field)).toContain('reason');
    });

    it('replays a retried void with the same Idempotency-Key instead of answering 409', async () => {
      const { deliveryId } = (await t.request('POST', '/advisory/deliveries', { token: anna, body: delivery() })).body.ids;
      const headers = { 'idempotency-key': `void-${deliveryId}` };
      const first = await t.request('POST', `/advisory/deliveries/${deliveryId}/void`, { token: anna, body: { reason: 'Twice' }, headers });
      const retry = await t.request('POST', `/advisory/deliveries/${deliveryId}/void`, { token: anna, body: { reason: 'Twice' }, headers });
      expect(first.status).toBe(200);
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual(first.body);
      expect((await audit(`delivery-${deliveryId}`)).body.events).toHaveLength(2);
    });
  });

  describe('mentor pairs', () => {
    it("matches a pair and concludes it; the mentor's name is personal data, masked in the audit trail", async () => {
      const matched = await t.request('POST', '/advisory/mentor-pairs', { token: bo, body: pair() });
      expect(matched.status).toBe(200);
      expect(matched.body.events).toEqual(['MentorPairMatched']);
      const { pairId } = matched.body.ids;
      const concluded = await t.request('POST', `/advisory/mentor-pairs/${pairId}/conclude`, { token: bo, body: { concludedOn: '2026-11-15' } });
      expect(concluded.status).toBe(200);
      expect(concluded.body).toMatchObject({ ids: { pairId }, events: ['MentorPairConcluded'] });
      const events = (await audit(`mentor-pair-${pairId}`)).body.events;
      expect(events[0].data).toMatchObject({ pairId, programme: 'mentor_utveckla_foretag', customerId: BAGERI, matchedBy: 'advisor-bo', mentorName: '[personal data]' });
      expect(JSON.stringify(events)).not.toContain('Lindqvist');
      expect(events[1].data).toMatchObject({ pairId, matchedOn: '2026-03-04', concludedOn: '2026-11-15' });
    });

    it('concludes with today as the date when the body gives none', async () => {
      const { pairId } = (await t.request('POST', '/advisory/mentor-pairs', { token: bo, body: pair({ matchedOn: '2020-01-01' }) })).body.ids;
      const concluded = await t.request('POST', `/advisory/mentor-pairs/${pairId}/conclude`, { token: bo });
      expect(concluded.status).toBe(200);
      const [, event] = (await audit(`mentor-pair-${pairId}`)).body.events;
      expect(event.data.concludedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('refuses concluding twice (409), before the match (422), and an unknown pair (404)', async () => {
      const { pairId } = (await t.request('POST', '/advisory/mentor-pairs', { token: bo, body: pair() })).body.ids;
      const early = await t.request('POST', `/advisory/mentor-pairs/${pairId}/conclude`, { token: bo, body: { concludedOn: '2026-03-01' } });
      expect(early.status).toBe(422);
      expect(early.body.code).toBe('concluded-before-matched');
      expect((await t.request('POST', `/advisory/mentor-pairs/${pairId}/conclude`, { token: bo, body: { concludedOn: '2026-06-01' } })).status).toBe(200);
      const twice = await t.request('POST', `/advisory/mentor-pairs/${pairId}/conclude`, { token: bo, body: { concludedOn: '2026-06-02' } });
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('mentor-pair-already-concluded');
      expect((await audit(`mentor-pair-${pairId}`)).body.events).toHaveLength(2);
      const unknown = await t.request('POST', '/advisory/mentor-pairs/no-such-pair/conclude', { token: bo, body: {} });
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('mentor-pair-not-found');
    });

    it('refuses other roles (403), an unknown customer (404) and bad fields (400)', async () => {
      for (const token of [carl, root, kerstin]) expect((await t.request('POST', '/advisory/mentor-pairs', { token, body: pair() })).status).toBe(403);
      const unknown = await t.request('POST', '/advisory/mentor-pairs', { token: bo, body: pair({ customerId: UNREGISTERED }) });
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('customer-not-found');
      const bad = await t.request('POST', '/advisory/mentor-pairs', { token: bo, body: pair({ programme: 'mentor_golf', mentorName: '' }) });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['programme', 'mentorName']));
    });
  });
});
