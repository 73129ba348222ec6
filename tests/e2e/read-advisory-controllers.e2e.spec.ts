import { startTestApp, type TestApp } from '../support/app.js';

/**
 * The advisory lists (sessions, deliveries, mentor pairs active at a date) and the controllers'
 * lists (targets, benchmarks, deviation comments, funding projects by year) over HTTP.
 */
describe('advisory and controllers’ lists over HTTP', () => {
  let t: TestApp;
  let anna: string;
  let bo: string;
  let olle: string;
  let carl: string;
  let ada: string;
  let last = '';
  const ids: Record<string, string> = {};

  const get = (path: string, token: string) => t.request('GET', path, { token });
  const send = async (method: string, path: string, token: string, body: unknown) => {
    const response = await t.request(method, path, { token, body });
    expect(response.status).toBe(200);
    last = response.body.position;
    return response.body as { ids: Record<string, string>; position: string };
  };
  const A = '5560360793';
  const B = '5561000018';

  beforeAll(async () => {
    t = await startTestApp('read_advisory');
    [anna, bo, olle, carl, ada] = await Promise.all([
      t.token('anna', 'advisor'),
      t.token('bo', 'advisor'),
      t.token('olle', 'credit_officer'),
      t.token('carl', 'controller'),
      t.token('ada', 'admin'),
    ]);
    for (const userId of ['anna', 'bo']) await send('POST', '/employees', ada, { userId, name: userId, region: 'vastmanland', roles: ['advisor'] });
    for (const [customerId, name] of [
      [A, 'Älvdalens Verkstads AB'],
      [B, 'Åkerö Bygg AB'],
    ]) {
      await send('POST', '/customers', anna, {
        customerId,
        name,
        region: 'vastmanland',
        municipality: 'Västerås',
        foundedOn: '2019-04-01',
        phase: 'growth',
        registeredOn: '2026-01-02',
      });
    }
    ids.s1 = (await send('POST', '/advisory/sessions', anna, { customerId: A, date: '2026-01-10', durationMinutes: 60, sustainabilityDiscussed: false })).ids.sessionId;
    ids.s2 = (await send('POST', '/advisory/sessions', anna, { customerId: B, date: '2026-02-10', durationMinutes: 90, sustainabilityDiscussed: true })).ids.sessionId;
    ids.s3 = (await send('POST', '/advisory/sessions', bo, { customerId: A, date: '2026-03-10', durationMinutes: 30, sustainabilityDiscussed: false })).ids.sessionId;
    ids.d1 = (await send('POST', '/advisory/deliveries', anna, { customerId: A, module: 'behovssamtal', deliveredOn: '2026-01-11' })).ids.deliveryId;
    ids.d2 = (await send('POST', '/advisory/deliveries', bo, { customerId: B, module: 'affarsutveckling', deliveredOn: '2026-02-11' })).ids.deliveryId;
    await send('POST', `/advisory/deliveries/${ids.d2}/void`, bo, { reason: 'Dubblett', voidedOn: '2026-02-12' });
    ids.p1 = (await send('POST', '/advisory/mentor-pairs', anna, { programme: 'mentor_starta_foretag', mentorName: 'Mona', customerId: A, matchedOn: '2026-01-15' })).ids.pairId;
    ids.p2 = (await send('POST', '/advisory/mentor-pairs', anna, { programme: 'mentor_utveckla_foretag', mentorName: 'Max', customerId: B, matchedOn: '2026-02-01' })).ids.pairId;
    await send('POST', `/advisory/mentor-pairs/${ids.p1}/conclude`, anna, { concludedOn: '2026-03-01' });
    await send('PUT', '/targets', carl, { metric: 'loans_granted', year: 2026, value: 300 });
    await send('PUT', '/targets', carl, { metric: 'loans_granted', year: 2026, quarter: 2, region: 'orebro', value: 40 });
    await send('PUT', '/targets', carl, { metric: 'loans_granted', year: 2027, value: 320 });
    await send('PUT', '/benchmarks', carl, { region: 'orebro', year: 2026, attribute: 'women_led', population: 'new_businesses', share: 0.32 });
    await send('PUT', '/report-comments', carl, { metric: 'loans_granted', year: 2026, quarter: 2, region: 'orebro', comment: 'Två stora banker ökade sin utlåning.' });
    ids.project = (await send('POST', '/funding-projects', ada, { name: 'Grön omställning', funder: 'ERUF', startsOn: '2026-01-01', endsOn: '2027-12-31' })).ids.projectId;
    await send('POST', `/funding-projects/${ids.project}/costs`, carl, { amountOre: 4_500_000, description: 'Lokal', bookedOn: '2026-03-31' });
    await send('POST', `/funding-projects/${ids.project}/revenues`, ada, { amountOre: 3_000_000, description: 'Bidrag', bookedOn: '2026-03-31' });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  const list = async (path: string, token = anna) => {
    const response = await get(path, token);
    expect(response.status).toBe(200);
    return response.body.items as Record<string, unknown>[];
  };

  it('lists sessions by advisor, customer and period, newest first', async () => {
    const all = await list(`/advisory/sessions?position=${last}`);
    expect(all.map((s) => s.sessionId)).toEqual([ids.s3, ids.s2, ids.s1]);
    expect(all[1]).toEqual({
      sessionId: ids.s2,
      customerId: B,
      customerName: 'Åkerö Bygg AB',
      advisorId: 'anna',
      date: '2026-02-10',
      durationMinutes: 90,
      sustainabilityDiscussed: true,
      fundingProjectId: null,
    });
    expect((await list('/advisory/sessions?advisor=anna')).map((s) => s.sessionId)).toEqual([ids.s2, ids.s1]);
    expect((await list('/advisory/sessions?customerId=556036-0793')).map((s) => s.sessionId)).toEqual([ids.s3, ids.s1]);
    expect((await list('/advisory/sessions?from=2026-02-01&to=2026-02-28', olle)).map((s) => s.sessionId)).toEqual([ids.s2]);
    const page1 = (await get('/advisory/sessions?limit=2', carl)).body;
    const page2 = (await get(`/advisory/sessions?limit=2&cursor=${page1.nextCursor}`, carl)).body;
    expect([...page1.items, ...page2.items].map((s: { sessionId: string }) => s.sessionId)).toEqual([ids.s3, ids.s2, ids.s1]);
    expect(page2.nextCursor).toBeNull();
  });

  it('lists deliveries with the voided ones marked', async () => {
    const all = await list('/advisory/deliveries');
    expect(all.map((d) => [d.deliveryId, d.voided])).toEqual([
      [ids.d2, true],
      [ids.d1, false],
    ]);
    expect(all[0]).toMatchObject({ module: 'affarsutveckling', advisorId: 'bo', voidedOn: '2026-02-12', voidReason: 'Dubblett', customerName: 'Åkerö Bygg AB' });
    expect((await list('/advisory/deliveries?advisor=anna&from=2026-01-01&to=2026-01-31')).map((d) => d.deliveryId)).toEqual([ids.d1]);
  });

  it('lists the mentor pairs active at a date, by programme (a pair concluded that day is no longer active)', async () => {
    expect((await list('/advisory/mentor-pairs')).map((p) => p.pairId)).toEqual([ids.p1, ids.p2]);
    expect((await list('/advisory/mentor-pairs?activeOn=2026-02-15')).map((p) => p.pairId)).toEqual([ids.p1, ids.p2]);
    expect((await list('/advisory/mentor-pairs?activeOn=2026-03-01')).map((p) => p.pairId)).toEqual([ids.p2]);
    expect((await list('/advisory/mentor-pairs?activeOn=2026-01-14')).map((p) => p.pairId)).toEqual([]);
    expect((await list('/advisory/mentor-pairs?activeOn=2026-02-15&programme=mentor_starta_foretag')).map((p) => p.pairId)).toEqual([ids.p1]);
    const pair = (await list('/advisory/mentor-pairs?programme=mentor_starta_foretag'))[0];
    expect(pair).toEqual({
      pairId: ids.p1,
      programme: 'mentor_starta_foretag',
      customerId: A,
      customerName: 'Älvdalens Verkstads AB',
      matchedOn: '2026-01-15',
      concludedOn: '2026-03-01',
      fundingProjectId: null,
    });
    expect(JSON.stringify(await list('/advisory/mentor-pairs'))).not.toContain('Mona');
    expect((await get('/advisory/mentor-pairs?activeOn=tomorrow', anna)).body.errors[0].field).toBe('activeOn');
  });

  it('lists what controllers entered, by year, for controllers and admins only', async () => {
    expect(await list(`/targets?year=2026&position=${last}`, carl)).toEqual([
      { metric: 'loans_granted', year: 2026, quarter: null, region: null, unit: 'count', value: 300 },
      { metric: 'loans_granted', year: 2026, quarter: 2, region: 'orebro', unit: 'count', value: 40 },
    ]);
    expect(await list('/targets', ada)).toHaveLength(3);
    expect(await list('/benchmarks?year=2026', carl)).toEqual([{ region: 'orebro', year: 2026, attribute: 'women_led', population: 'new_businesses', share: 0.32 }]);
    expect(await list('/benchmarks?year=2025', carl)).toEqual([]);
    expect(await list('/report-comments?year=2026', carl)).toEqual([
      { metric: 'loans_granted', year: 2026, quarter: 2, region: 'orebro', comment: 'Två stora banker ökade sin utlåning.', recordedBy: 'carl' },
    ]);
    const projects = await list('/funding-projects?year=2027', ada);
    expect(projects).toEqual([
      { projectId: ids.project, name: 'Grön omställning', funder: 'ERUF', startsOn: '2026-01-01', endsOn: '2027-12-31', costsOre: 4_500_000, revenuesOre: 3_000_000 },
    ]);
    expect(await list('/funding-projects?year=2028', ada)).toEqual([]);
    expect((await get('/targets?year=20x6', carl)).body.errors[0].field).toBe('year');
    for (const path of ['/targets', '/benchmarks', '/report-comments', '/funding-projects']) {
      for (const token of [anna, olle]) expect((await get(path, token)).status).toBe(403);
    }
  });

  it('pages targets without gaps or repeats while more are entered', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let year = 2030;
    do {
      const response = await get(`/targets?limit=1${cursor ? `&cursor=${cursor}` : ''}`, carl);
      seen.push(...response.body.items.map((i: { year: number; quarter: number | null }) => `${i.year}-${i.quarter}`));
      cursor = response.body.nextCursor;
      await send('PUT', '/targets', carl, { metric: 'loans_granted', year: year++, value: 1 });
    } while (cursor && seen.length < 20);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, 3)).toEqual(['2026-null', '2026-2', '2027-null']);
  });
});
