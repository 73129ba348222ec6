import { addDays, daysBetween } from '#libs/decider';
import { startTestApp, type TestApp } from '../support/app.js';

const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });
const SEK = 100;
/** Wide enough to reach back into the previous quarter (for the closed-period case), whatever today is. */
const WINDOW = 120;

/**
 * The controls on business dates, certification and delivery credit, on a back-dating window of 120 days:
 * each refusal records nothing, and the 2020 back-dating scenario of issue 8 is refused.
 */
describe('controls on back-dating, certification and delivery credit', () => {
  let t: TestApp;
  let admin: string;
  let officer: string;
  let approver: string;
  let only2020: string;
  let revoked2021: string;
  let advisor: string;
  let otherAdvisor: string;
  let adminAdvisor: string;
  const today = STOCKHOLM.format(new Date());
  const CUSTOMER = '5560360793';

  const post = (path: string, token: string, body: unknown) => t.request('POST', path, { token, body });
  const application = (appliedOn: string) => ({ customerId: CUSTOMER, product: 'foretagslan', amountOre: 300_000 * SEK, purpose: 'Maskin', appliedOn });
  const eventsOf = async (streamId: string): Promise<string[]> => {
    const audit = await t.request('GET', `/audit/streams/${streamId}`, { token: admin });
    return audit.status === 404 ? [] : audit.body.events.map((e: { type: string }) => e.type);
  };

  beforeAll(async () => {
    t = await startTestApp('controls', { backdatingWindowDays: WINDOW });
    admin = await t.token('admin-ada', 'admin', 'controller');
    [officer, approver, only2020, revoked2021] = await Promise.all(['olle', 'petra', 'sigge', 'tora'].map((u) => t.token(u, 'credit_officer')));
    advisor = await t.token('anna', 'advisor');
    otherAdvisor = await t.token('bo', 'advisor');
    adminAdvisor = await t.token('root', 'advisor', 'admin');
    for (const [userId, roles] of [
      ['olle', ['credit_officer']],
      ['petra', ['credit_officer']],
      ['sigge', ['credit_officer']],
      ['tora', ['credit_officer']],
      ['anna', ['advisor']],
      ['bo', ['advisor']],
      ['ulla', ['controller']],
    ] as const) {
      expect((await post('/employees', admin, { userId, name: userId, region: 'vastmanland', roles })).status).toBe(200);
    }
    // Open-ended certifications from well in the past: certified on any business date and today.
    for (const userId of ['olle', 'petra']) expect((await post(`/employees/${userId}/credit-certifications`, admin, { validFrom: '2015-01-01' })).status).toBe(200);
    expect((await post('/employees/sigge/credit-certifications', admin, { validFrom: '2020-01-01', validTo: '2020-12-31' })).status).toBe(200);
    expect((await post('/employees/tora/credit-certifications', admin, { validFrom: '2019-01-01' })).status).toBe(200);
    expect((await post('/employees/tora/credit-certifications/revoke', admin, { effectiveFrom: '2021-01-01' })).status).toBe(200);
    const customer = await post('/customers', advisor, {
      customerId: CUSTOMER,
      name: 'Verkstads AB',
      region: 'vastmanland',
      municipality: 'Västerås',
      foundedOn: '2019-04-01',
      phase: 'growth',
      registeredOn: today,
    });
    expect(customer.status).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('business dates', () => {
    it('accepts a date back-dated to the edge of the window, and today', async () => {
      expect((await post('/loans', officer, application(addDays(today, -WINDOW)))).status).toBe(200);
      expect((await post('/loans', officer, application(today))).status).toBe(200);
    });

    it('refuses a date beyond the window with 422, saying how far back is allowed, and records nothing', async () => {
      const loanId = 'L-too-old';
      const old = addDays(today, -WINDOW - 1);
      const response = await t.request('POST', '/loans', { token: officer, body: application(old), headers: { 'x-correlation-id': 'too-old' } });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('business-date-outside-backdating-window');
      expect(response.body.detail).toBe(`appliedOn ${old} is ${WINDOW + 1} days back: at most ${WINDOW} days back is allowed, so from ${addDays(today, -WINDOW)}`);
      expect((await t.request('GET', '/audit/events?correlationId=too-old', { token: admin })).body.events).toEqual([]);
      expect(await eventsOf(`loan-${loanId}`)).toEqual([]);
    });

    it('refuses a date in the future with 422 and records nothing', async () => {
      const response = await t.request('POST', '/advisory/sessions', {
        token: advisor,
        body: { customerId: CUSTOMER, date: addDays(today, 1), durationMinutes: 60, sustainabilityDiscussed: false },
        headers: { 'x-correlation-id': 'future' },
      });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('business-date-in-future');
      expect((await t.request('GET', '/audit/events?correlationId=future', { token: admin })).body.events).toEqual([]);
    });

    it('checks the window on other areas too: time entries', async () => {
      const response = await post('/time-entries', advisor, { date: addDays(today, -WINDOW - 30), minutes: 60, kind: 'internal' });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('business-date-outside-backdating-window');
    });
  });

  describe('certification today and on the business date', () => {
    it('refuses the 2020 scenario: an officer certified only for 2020 back-dates an application into 2020', async () => {
      const response = await t.request('POST', '/loans', { token: only2020, body: application('2020-06-01'), headers: { 'x-correlation-id': 'scenario-2020' } });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('credit-certification-missing-today');
      expect((await t.request('GET', '/audit/events?correlationId=scenario-2020', { token: admin })).body.events).toEqual([]);
    });

    it('refuses the 2020 scenario from a certified officer too: 2020 is beyond the back-dating window', async () => {
      const response = await post('/loans', officer, application('2020-06-01'));
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('business-date-outside-backdating-window');
    });

    it('refuses a four-eyes approver whose certification was revoked', async () => {
      const registered = await post('/loans', officer, application(today));
      const { loanId } = registered.body.ids;
      expect((await post(`/loans/${loanId}/decision`, officer, { outcome: 'granted', amountOre: 300_000 * SEK, interestRateBasisPoints: 650, termMonths: 60 })).status).toBe(200);
      const approval = await post(`/loans/${loanId}/approval`, revoked2021, { approvedOn: today });
      expect(approval.status).toBe(403);
      expect(approval.body.code).toBe('credit-certification-missing');
      expect(await eventsOf(`loan-${loanId}`)).toEqual(['LoanApplicationRegistered', 'LoanGrantDecided']);
      expect((await post(`/loans/${loanId}/approval`, approver, { approvedOn: today })).status).toBe(200);
    });
  });

  describe('delivery modules are credited only to a registered, active advisor, and to the actor', () => {
    const delivery = (advisorId?: string) => ({ customerId: CUSTOMER, module: 'behovssamtal', deliveredOn: today, ...(advisorId === undefined ? {} : { advisorId }) });

    it('credits the acting advisor', async () => {
      const response = await post('/advisory/deliveries', advisor, delivery());
      expect(response.status).toBe(200);
    });

    it('refuses to credit another advisor unless the actor is an admin (403)', async () => {
      const response = await post('/advisory/deliveries', otherAdvisor, delivery('anna'));
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('delivery-for-another-advisor');
      expect((await post('/advisory/deliveries', adminAdvisor, delivery('anna'))).status).toBe(200);
    });

    it('refuses an advisor id nobody has (422), even from an admin', async () => {
      const response = await post('/advisory/deliveries', adminAdvisor, delivery('nobody-at-all'));
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('advisor-not-registered');
    });

    it('refuses an acting advisor who is not registered (422)', async () => {
      const unregistered = await t.token('ghost', 'advisor');
      const response = await post('/advisory/deliveries', unregistered, delivery());
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('advisor-not-registered');
    });

    it('refuses a registered employee who is not an advisor (422)', async () => {
      const response = await post('/advisory/deliveries', adminAdvisor, delivery('ulla'));
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('advisor-not-active');
    });
  });

  describe('a period whose report was issued is closed', () => {
    it('records a back-dated command into it, and the answer and the audit route say it changes the issued report', async () => {
      // The previous quarter has ended, so its report can be issued; its last day is within the window.
      const month = Number(today.slice(5, 7));
      const thisQuarter = Math.floor((month - 1) / 3) + 1;
      const [year, quarter] = thisQuarter === 1 ? [Number(today.slice(0, 4)) - 1, 4] : [Number(today.slice(0, 4)), thisQuarter - 1];
      const lastDay = addDays(`${thisQuarter === 1 ? year + 1 : year}-${String((thisQuarter - 1) * 3 + 1).padStart(2, '0')}-01`, -1);
      const issued = await post('/reports/quarterly/issue', admin, { year, quarter });
      expect(issued.status).toBe(200);
      const session = await post('/advisory/sessions', advisor, { customerId: CUSTOMER, date: lastDay, durationMinutes: 45, sustainabilityDiscussed: true });
      expect(session.status).toBe(200);
      const changed = [{ report: `${year}-Q${quarter}`, region: null, version: 1, issuedAt: expect.any(String) }];
      expect(session.body.changesIssuedReports).toEqual(changed);
      const audit = await t.request('GET', `/audit/streams/advisory-session-${session.body.ids.sessionId}`, { token: admin });
      expect(audit.body.events[0]).toMatchObject({
        recordedBy: 'anna',
        businessDate: lastDay,
        recordedOn: today,
        backdatedDays: daysBetween(lastDay, today),
        changesIssuedReports: changed,
      });
      // A command into an open period says nothing of the kind.
      const open = await post('/advisory/sessions', advisor, { customerId: CUSTOMER, date: today, durationMinutes: 30, sustainabilityDiscussed: false });
      expect(open.body.changesIssuedReports).toBeUndefined();
    });

    it('shows how many days an event was back-dated, and by whom', async () => {
      const backDated = addDays(today, -20);
      const response = await post('/time-entries', advisor, { date: backDated, minutes: 30, kind: 'internal' });
      expect(response.status).toBe(200);
      const audit = await t.request('GET', `/audit/streams/time-anna-${backDated}`, { token: admin });
      expect(audit.body.events.at(-1)).toMatchObject({ recordedBy: 'anna', businessDate: backDated, recordedOn: today, backdatedDays: 20 });
    });
  });
});
