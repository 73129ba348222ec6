import { startTestApp, type TestApp } from '../support/app.js';

/** A valid organisationsnummer (Luhn check digit) from nine digits. */
export const orgNumber = (nine: string): string => {
  for (let check = 0; check < 10; check += 1) {
    const digits = `${nine}${check}`;
    let sum = 0;
    for (let i = 0; i < digits.length; i += 1) {
      const digit = Number(digits[digits.length - 1 - i]);
      const weighted = i % 2 === 1 ? digit * 2 : digit;
      sum += weighted > 9 ? weighted - 9 : weighted;
    }
    if (sum % 10 === 0) return digits;
  }
  throw new Error('unreachable');
};

/**
 * The customer read routes over HTTP: search by name (prefix, case and Swedish letters folded) and
 * by organisationsnummer with or without the hyphen, filters, pagination while customers are
 * registered, and a customer's profile and timeline as each role may see it.
 */
describe('customers read side over HTTP', () => {
  let t: TestApp;
  let anna: string;
  let olle: string;
  let carl: string;
  let ada: string;

  const get = (path: string, token: string | undefined = anna) => t.request('GET', path, { token });
  const post = async (path: string, token: string, body: unknown, method = 'POST') => {
    const response = await t.request(method, path, { token, body });
    expect(response.status).toBe(200);
    return response.body as { ids: Record<string, string>; position: string };
  };
  const customer = (customerId: string, name: string, extra: Record<string, unknown> = {}) =>
    post('/customers', anna, { customerId, name, region: 'vastmanland', municipality: 'Västerås', foundedOn: '2019-04-01', phase: 'growth', registeredOn: '2026-03-02', ...extra });

  let lastPosition = '';
  beforeAll(async () => {
    t = await startTestApp('read_customers');
    [anna, olle, carl, ada] = await Promise.all([t.token('anna', 'advisor'), t.token('olle', 'credit_officer'), t.token('carl', 'controller'), t.token('ada', 'admin')]);
    await post('/employees', ada, { userId: 'anna', name: 'Anna', region: 'vastmanland', roles: ['advisor'] });
    for (const userId of ['olle', 'petra']) {
      await post('/employees', ada, { userId, name: userId, region: 'vastmanland', roles: ['credit_officer'] });
      await post(`/employees/${userId}/credit-certifications`, ada, { validFrom: '2020-01-01' });
    }
    await customer('5560360793', 'Älvdalens Verkstads AB');
    await customer(orgNumber('556100001'), 'Åkerö Bygg AB', { municipality: 'Köping', phase: 'early_stage' });
    await customer(orgNumber('556100002'), 'Café Époque HB', { region: 'orebro', municipality: 'Örebro' });
    await customer(orgNumber('556100003'), 'Örebro Plåt AB', { region: 'orebro', municipality: 'Örebro' });
    await customer(orgNumber('556100004'), 'Verkstadshuset i Köping AB', { municipality: 'Köping' });
    lastPosition = (await post(`/customers/${orgNumber('556100004')}/classifications`, anna, { group: 'spets', effectiveFrom: '2026-03-02' })).position;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const names = (body: { items: { name: string }[] }) => body.items.map((item) => item.name);
  const search = async (q: string, token = anna) => {
    const response = await get(`/customers?q=${encodeURIComponent(q)}&position=${lastPosition}`, token);
    expect(response.status).toBe(200);
    return names(response.body);
  };

  it('finds customers by the beginning of any word of the name, case-insensitive, Swedish letters folded', async () => {
    expect(await search('alvdal')).toEqual(['Älvdalens Verkstads AB']);
    expect(await search('ÄLVD')).toEqual(['Älvdalens Verkstads AB']);
    expect(new Set(await search('verkstad'))).toEqual(new Set(['Verkstadshuset i Köping AB', 'Älvdalens Verkstads AB']));
    expect(await search('akero')).toEqual(['Åkerö Bygg AB']);
    expect(await search('Åkerö bygg')).toEqual(['Åkerö Bygg AB']);
    expect(await search('cafe epoq')).toEqual(['Café Époque HB']);
    expect(await search('orebro')).toEqual(['Örebro Plåt AB']);
    expect(await search('koping')).toEqual(['Verkstadshuset i Köping AB']);
    expect(await search('ping')).toEqual([]);
    expect(await search('zz%')).toEqual([]);
  });

  it('finds a customer by organisationsnummer with or without the hyphen, and by its beginning', async () => {
    expect(await search('556036-0793')).toEqual(['Älvdalens Verkstads AB']);
    expect(await search('5560360793')).toEqual(['Älvdalens Verkstads AB']);
    expect(await search('556036-07')).toEqual(['Älvdalens Verkstads AB']);
    expect((await search('556100')).length).toBe(4);
    const item = (await get(`/customers?q=5560360793`)).body.items[0];
    expect(item).toEqual({
      customerId: '5560360793',
      organisationNumber: '556036-0793',
      name: 'Älvdalens Verkstads AB',
      region: 'vastmanland',
      municipality: 'Västerås',
      phase: 'growth',
      targetGroup: 'unclassified',
      registeredOn: '2026-03-02',
    });
  });

  it('filters by region, municipality (accents ignored), phase and current target group', async () => {
    expect(names((await get('/customers?region=orebro')).body)).toEqual(['Café Époque HB', 'Örebro Plåt AB']);
    expect(names((await get('/customers?municipality=koping')).body)).toEqual(['Åkerö Bygg AB', 'Verkstadshuset i Köping AB']); // sorted as folded: å as a
    expect(names((await get('/customers?phase=early_stage')).body)).toEqual(['Åkerö Bygg AB']);
    expect(names((await get('/customers?targetGroup=spets')).body)).toEqual(['Verkstadshuset i Köping AB']);
    expect((await get('/customers?targetGroup=unclassified')).body.items).toHaveLength(4);
  });

  it('pages through every customer exactly once while others are registered between the pages', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let extra = 10;
    do {
      const response = await get(`/customers?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      expect(response.body.items.length).toBeLessThanOrEqual(2);
      expect(response.body.position).toMatch(/^\d+-\d+$/);
      seen.push(...response.body.items.map((item: { customerId: string }) => item.customerId));
      cursor = response.body.nextCursor;
      // Writes between the pages: one sorts before every name, one after.
      await customer(orgNumber(`5562000${extra++}`), `Aaa ${extra}`);
      await customer(orgNumber(`5562000${extra++}`), `Zzz ${extra}`);
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of ['5560360793', orgNumber('556100001'), orgNumber('556100002'), orgNumber('556100003'), orgNumber('556100004')]) expect(seen).toContain(id);
  });

  it('refuses a bad limit, a foreign cursor and an unknown parameter with 400 naming the field; 401 without a token; every role may read', async () => {
    const tooMany = await get('/customers?limit=201');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors[0].field).toBe('limit');
    const cursor = await get('/customers?cursor=bm90LWEtY3Vyc29y');
    expect(cursor.status).toBe(400);
    expect(cursor.body.errors[0].field).toBe('cursor');
    expect((await get('/customers?sort=name')).status).toBe(400);
    expect((await get('/customers?region=skane')).body.errors[0].field).toBe('region');
    expect((await t.request('GET', '/customers')).status).toBe(401);
    for (const token of [olle, carl, ada]) expect((await get('/customers?limit=1', token)).status).toBe(200);
    expect((await get('/customers/556100-0000')).status).toBe(404);
    expect((await get('/customers/not-a-number')).status).toBe(404);
  });

  it('shows a customer’s profile, target-group history and timeline in date order, voided deliveries marked', async () => {
    const id = '5560360793';
    await post(`/customers/${id}/classifications`, anna, { group: 'bredd', effectiveFrom: '2026-03-02' });
    await post(`/customers/${id}/classifications`, anna, { group: 'ideal', effectiveFrom: '2026-04-01' });
    const session = await post('/advisory/sessions', anna, { customerId: id, date: '2026-03-03', durationMinutes: 90, sustainabilityDiscussed: true });
    const delivery = await post('/advisory/deliveries', anna, { customerId: id, module: 'behovssamtal', deliveredOn: '2026-03-04' });
    await post(`/advisory/deliveries/${delivery.ids.deliveryId}/void`, anna, { reason: 'Fel kund', voidedOn: '2026-03-06' });
    const pair = await post('/advisory/mentor-pairs', anna, { programme: 'mentor_starta_foretag', mentorName: 'Mona Mentor', customerId: id, matchedOn: '2026-03-05' });
    const loan = await post('/loans', olle, { customerId: id, product: 'foretagslan', amountOre: 30_000_000, purpose: 'Maskin', appliedOn: '2026-03-01' });
    await post(`/loans/${loan.ids.loanId}/decision`, olle, { outcome: 'granted', amountOre: 25_000_000, interestRateBasisPoints: 650, termMonths: 60, decidedOn: '2026-03-05' });
    const answer = await post('/survey-answers', carl, { customerId: id, wouldRecommend: true, score: 9, answeredOn: '2026-03-07' });

    const response = await get(`/customers/556036-0793?position=${answer.position}`);
    expect(response.status).toBe(200);
    const detail = response.body;
    expect(detail).toMatchObject({ customerId: id, organisationNumber: '556036-0793', name: 'Älvdalens Verkstads AB', foundedOn: '2019-04-01', targetGroup: 'ideal' });
    expect(detail.targetGroupHistory).toEqual([
      { group: 'bredd', effectiveFrom: '2026-03-02' },
      { group: 'ideal', effectiveFrom: '2026-04-01' },
    ]);
    expect(detail.ownerProfile).toEqual({ recorded: false, erased: false });
    expect(detail.timeline).toEqual([
      { kind: 'loan', id: loan.ids.loanId, date: '2026-03-01', loan: { product: 'foretagslan', status: 'granted', appliedAmountOre: 30_000_000, grantedAmountOre: 25_000_000 } },
      { kind: 'session', id: session.ids.sessionId, date: '2026-03-03', session: { advisorId: 'anna', durationMinutes: 90, sustainabilityDiscussed: true } },
      {
        kind: 'delivery',
        id: delivery.ids.deliveryId,
        date: '2026-03-04',
        delivery: { module: 'behovssamtal', advisorId: 'anna', voided: true, voidedOn: '2026-03-06', voidReason: 'Fel kund' },
      },
      { kind: 'mentor_pair', id: pair.ids.pairId, date: '2026-03-05', mentorPair: { programme: 'mentor_starta_foretag', matchedOn: '2026-03-05', concludedOn: null } },
      { kind: 'survey_answer', id: answer.ids.answerId, date: '2026-03-07', surveyAnswer: { wouldRecommend: true, score: 9 } },
    ]);
    expect(JSON.stringify(detail)).not.toContain('Mona');
  });

  it('tells every role whether an owner profile is recorded, shows the answers only to admins, and nothing once erased', async () => {
    const id = orgNumber('556100003');
    await post(`/customers/${id}/owner-profile`, anna, { womenLed: 'yes', foreignBackground: 'no', ownerName: 'Olga Ägare' }, 'PUT');
    const recorded = await post(`/customers/${id}/owner-profile`, anna, { womenLed: 'yes', foreignBackground: 'unknown' }, 'PUT');
    for (const token of [anna, olle, carl]) {
      const detail = (await get(`/customers/${id}?position=${recorded.position}`, token)).body;
      expect(detail.ownerProfile).toEqual({ recorded: true, erased: false });
    }
    expect((await get(`/customers/${id}`, ada)).body.ownerProfile).toEqual({ recorded: true, erased: false, womenLed: 'yes', foreignBackground: 'unknown' });
    const erased = await post(`/customers/${id}/erase-personal-data`, ada, {});
    for (const token of [anna, ada]) {
      const detail = (await get(`/customers/${id}?position=${erased.position}`, token)).body;
      expect(detail.ownerProfile).toEqual({ recorded: true, erased: true });
      expect(JSON.stringify(detail)).not.toContain('Olga');
    }
  });

  it('documents every read route in OpenAPI with a named response schema and its errors', async () => {
    const { body: document } = await t.request('GET', '/docs/json');
    const expected: Record<string, string> = {
      '/customers': 'CustomerPage',
      '/customers/{customerId}': 'CustomerDetailDto',
      '/loans': 'LoanPage',
      '/loans/worklists/awaiting-my-decision': 'LoanPage',
      '/loans/worklists/awaiting-my-approval': 'LoanPage',
      '/loans/{loanId}': 'LoanDetailDto',
      '/time-entries': 'TimeEntryPage',
      '/employees': 'EmployeePage',
      '/employees/certifications/expiring': 'ExpiringCertificationPage',
      '/advisory/sessions': 'AdvisorySessionPage',
      '/advisory/deliveries': 'DeliveryPage',
      '/advisory/mentor-pairs': 'MentorPairPage',
      '/targets': 'TargetPage',
      '/benchmarks': 'BenchmarkPage',
      '/report-comments': 'ReportCommentPage',
      '/funding-projects': 'FundingProjectPage',
    };
    for (const [path, schema] of Object.entries(expected)) {
      const operation = document.paths[path].get;
      expect(operation.responses['200'].content['application/json'].schema.$ref).toBe(`#/components/schemas/${schema}`);
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '503']));
    }
    const page = document.components.schemas.CustomerPage;
    expect(page.required).toEqual(expect.arrayContaining(['items', 'nextCursor', 'position']));
    expect(page.properties.items.items.$ref).toBe('#/components/schemas/CustomerSummaryDto');
    expect(document.components.schemas.TimelineEntryDto.properties.kind.enum).toEqual(['session', 'delivery', 'loan', 'mentor_pair', 'survey_answer']);
  });
});
