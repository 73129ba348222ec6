import { startTestApp, type TestApp } from '../support/app.js';

const SEK = 100;
const VERKSTAD = '5560360793';
const BAGERI = '5567037485';

interface Figure {
  metric: string;
  unit: string;
  label: { sv: string; en: string };
  outcome: number | null;
  target: number | null;
  deviation: number | null;
  deviationPercent: number | null;
  comment: { comment: string; recordedBy: string } | null;
}

/**
 * The quarterly report over HTTP for 2026-Q2 (a past quarter): one loan of 400 000 kr granted and
 * disbursed to Verkstad (Västmanland, bredd, women-led), two modules delivered, Anna's time, the
 * board's targets for the quarter and the controller's comment on the modules. Then the report is
 * issued, a module voided, and the issued figures compared with today's.
 */
describe('quarterly and yearly reports over HTTP', () => {
  let t: TestApp;
  let admin: string;
  let anna: string;
  let olle: string;
  let petra: string;
  let carl: string;
  let deliveryToVoid: string;
  let lastPosition: string;

  const ok = async (method: string, path: string, token: string, body?: unknown): Promise<{ ids: Record<string, string>; position: string }> => {
    const response = await t.request(method, path, { token, body });
    expect({ path, status: response.status, body: response.status === 200 ? undefined : response.body }).toEqual({ path, status: 200, body: undefined });
    if (response.body.position) lastPosition = response.body.position;
    return response.body;
  };
  const get = (path: string, token = carl, headers?: Record<string, string>) =>
    t.request('GET', `${path}${path.includes('?') ? '&' : '?'}position=${lastPosition}&waitMs=10000`, { token, headers });
  const figureOf = (figures: Figure[], metric: string): Figure => {
    const found = figures.find((f) => f.metric === metric);
    if (!found) throw new Error(`No figure ${metric} among ${figures.map((f) => f.metric).join(', ')}`);
    return found;
  };

  beforeAll(async () => {
    t = await startTestApp('reports');
    [admin, anna, olle, petra, carl] = await Promise.all([
      t.token('admin-ada', 'admin'),
      t.token('advisor-anna', 'advisor'),
      t.token('olle', 'credit_officer'),
      t.token('petra', 'credit_officer'),
      t.token('ctrl-carl', 'controller'),
    ]);
    await ok('POST', '/employees', admin, { userId: 'advisor-anna', name: 'Anna', region: 'vastmanland', roles: ['advisor'] });
    for (const userId of ['olle', 'petra']) {
      await ok('POST', '/employees', admin, { userId, name: userId, region: 'vastmanland', roles: ['credit_officer'] });
      await ok('POST', `/employees/${userId}/credit-certifications`, admin, { validFrom: '2020-01-01' });
    }
    for (const [customerId, region] of [
      [VERKSTAD, 'vastmanland'],
      [BAGERI, 'orebro'],
    ]) {
      await ok('POST', '/customers', anna, { customerId, name: 'Kund AB', region, municipality: 'Västerås', foundedOn: '2019-04-01', phase: 'growth', registeredOn: '2026-01-10' });
    }
    await ok('POST', `/customers/${VERKSTAD}/classifications`, anna, { group: 'bredd', effectiveFrom: '2026-01-01' });
    await ok('PUT', `/customers/${VERKSTAD}/owner-profile`, anna, { womenLed: 'yes', foreignBackground: 'no', recordedOn: '2026-01-10' });

    const { ids } = await ok('POST', '/loans', olle, { customerId: VERKSTAD, product: 'foretagslan', amountOre: 400_000 * SEK, purpose: 'Ny maskin', appliedOn: '2026-04-01' });
    await ok('POST', `/loans/${ids.loanId}/decision`, olle, {
      outcome: 'granted',
      amountOre: 400_000 * SEK,
      interestRateBasisPoints: 650,
      termMonths: 60,
      decidedOn: '2026-04-05',
    });
    await ok('POST', `/loans/${ids.loanId}/approval`, petra, { approvedOn: '2026-04-06' });
    await ok('POST', `/loans/${ids.loanId}/disbursements`, olle, { amountOre: 250_000 * SEK, disbursedOn: '2026-04-10' });

    await ok('POST', '/advisory/deliveries', anna, { customerId: BAGERI, module: 'behovssamtal', deliveredOn: '2026-05-02' });
    deliveryToVoid = (await ok('POST', '/advisory/deliveries', anna, { customerId: VERKSTAD, module: 'affarsutveckling', deliveredOn: '2026-05-03' })).ids.deliveryId;
    await ok('POST', '/time-entries', anna, { date: '2026-05-04', minutes: 300, kind: 'customer', customerId: VERKSTAD });
    await ok('POST', '/time-entries', anna, { date: '2026-05-04', minutes: 100, kind: 'internal' });

    await ok('PUT', '/targets', carl, { metric: 'loans_granted', year: 2026, quarter: 2, value: 2 });
    await ok('PUT', '/targets', carl, { metric: 'delivery_modules', year: 2026, quarter: 2, value: 3 });
    await ok('PUT', '/targets', carl, { metric: 'new_lending_volume', year: 2026, quarter: 2, value: 200_000 * SEK });
    await ok('PUT', '/targets', carl, { metric: 'customer_time_share', year: 2026, quarter: 2, value: 0.8 });
    await ok('PUT', '/targets', carl, { metric: 'delivery_modules', year: 2026, value: 12 });
    await ok('PUT', '/benchmarks', carl, { region: 'vastmanland', year: 2026, attribute: 'women_led', population: 'business_population', share: 0.3 });
    await ok('PUT', '/report-comments', carl, { metric: 'delivery_modules', year: 2026, quarter: 2, comment: 'Två rådgivare föräldralediga; hösten tar igen.' });
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  describe('today’s report', () => {
    it('answers JSON with every scorecard metric, target, deviation and comment, the same outcomes the figures routes give', async () => {
      const response = await get('/reports/quarterly?year=2026&quarter=2');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const { body } = response;
      expect(body).toMatchObject({ kind: 'quarterly', year: 2026, quarter: 2, region: null, period: { kind: 'quarter', from: '2026-04-01', to: '2026-06-30', label: '2026-Q2' } });
      expect(body.readModelsAt).toMatch(/^\d+-\d+$/);
      const figures = body.figures as Figure[];

      // Every metric of the scorecard catalogue is there, once.
      for (const metric of [
        'unique_customers_advisory',
        'unique_customers_total',
        'delivery_modules',
        'loans_granted',
        'granted_volume',
        'new_lending_volume',
        'return_on_lending',
        'customer_time_share',
        'recommendation_share',
        'women_led_share_loans',
        'foreign_background_share_loans',
        'women_led_share_advisory',
        'foreign_background_share_advisory',
        'early_stage_share_loans',
        'early_stage_share_advisory',
        'interventions_bredd',
        'interventions_ideal',
        'interventions_spets',
      ]) {
        expect(figures.filter((f) => f.metric === metric)).toHaveLength(1);
      }
      expect(new Set(figures.map((f) => f.metric)).size).toBe(figures.length);

      expect(figureOf(figures, 'loans_granted')).toMatchObject({ unit: 'count', outcome: 1, target: 2, deviation: -1, deviationPercent: -50, comment: null });
      expect(figureOf(figures, 'delivery_modules')).toMatchObject({
        outcome: 2,
        target: 3,
        deviation: -1,
        comment: { comment: 'Två rådgivare föräldralediga; hösten tar igen.', recordedBy: 'ctrl-carl' },
      });
      expect(figureOf(figures, 'delivery_modules').deviationPercent).toBeCloseTo(-100 / 3, 10);
      expect(figureOf(figures, 'new_lending_volume')).toMatchObject({ unit: 'ore', outcome: 250_000 * SEK, target: 200_000 * SEK, deviation: 50_000 * SEK, deviationPercent: 25 });
      expect(figureOf(figures, 'granted_volume')).toMatchObject({ outcome: 400_000 * SEK, target: null, deviation: null });
      expect(figureOf(figures, 'customer_time_share')).toMatchObject({ unit: 'share', outcome: 0.75, target: 0.8 });
      expect(figureOf(figures, 'customer_time_share').deviation).toBeCloseTo(-0.05, 12);
      // Supporting figures.
      expect(figureOf(figures, 'outstanding_principal')).toMatchObject({ unit: 'ore', outcome: 250_000 * SEK, target: null });
      expect(figureOf(figures, 'unique_customers_loans').outcome).toBe(1);
      expect(figureOf(figures, 'unique_customers_advisory').outcome).toBe(2);
      expect(figureOf(figures, 'delivery_modules.behovssamtal').outcome).toBe(1);
      // The loan and Verkstad's module were for bredd; Bageri is unclassified.
      expect(figureOf(figures, 'interventions_bredd').outcome).toBe(2);
      expect(figureOf(figures, 'interventions_unclassified').outcome).toBe(1);
      expect(figureOf(figures, 'interventions_bredd.share').outcome).toBeCloseTo(2 / 3, 12);
      expect(figureOf(figures, 'women_led_share_loans')).toMatchObject({ outcome: 1 });
      expect(figureOf(figures, 'women_led_share_advisory.unknown').outcome).toBe(1);
      expect(figureOf(figures, 'women_led_share_loans.benchmark.vastmanland.business_population').outcome).toBe(0.3);
      expect(figureOf(figures, 'customer_time_share.vastmanland').outcome).toBe(0.75);
      expect(figureOf(figures, 'customer_time_share.2026-05').outcome).toBe(0.75);
      expect(figureOf(figures, 'customer_time_share.goal').outcome).toBe(0.8);
      expect(figureOf(figures, 'mentor_pairs.active').outcome).toBe(0);

      // The targets route (figure 13) gives the same target, outcome and deviation for every target.
      const targets = await get('/figures/targets?year=2026&quarter=2');
      expect(targets.body.targets).toHaveLength(4);
      for (const row of targets.body.targets) {
        expect({ metric: row.metric, ...pick(figureOf(figures, row.metric)) }).toEqual({ metric: row.metric, ...pick(row) });
      }
      // And the yearly report takes the year's targets only.
      const year = await get('/reports/yearly?year=2026');
      expect(figureOf(year.body.figures, 'delivery_modules')).toMatchObject({ outcome: 2, target: 12, deviation: -10, comment: null });
      expect(figureOf(year.body.figures, 'loans_granted').target).toBeNull();
      expect(figureOf(year.body.figures, 'customer_time_share.2026-Q2').outcome).toBe(0.75);
    });

    it('answers CSV for Swedish Excel: UTF-8 with BOM, semicolons, decimal comma, money in kronor, one row per figure', async () => {
      const response = await fetch(`${t.baseUrl}/reports/quarterly?year=2026&quarter=2&position=${lastPosition}`, {
        headers: { authorization: `Bearer ${carl}`, accept: 'text/csv' },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="almi-report-2026-Q2.csv"');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [freshness, ...lines] = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1).split('\r\n');
      // The first line says which events the figures include; then the header.
      expect(freshness).toMatch(/^# Läsmodellernas position \d+-\d+;lagrets huvud vid begäran \d+-\d+;händelser efter 0;sekunder efter 0;komplett$/);
      expect(lines[0]).toBe('metric;label;unit;outcome;target;deviation;deviation_pct;comment');
      const row = (metric: string) => lines.find((l) => l.startsWith(`${metric};`));
      expect(row('delivery_modules')).toBe('delivery_modules;Levererade moduler;count;2;3;-1;-33,333333;"Två rådgivare föräldralediga; hösten tar igen."');
      expect(row('new_lending_volume')).toBe('new_lending_volume;Nyutlåningsvolym;SEK;250000,00;200000,00;50000,00;25;');
      expect(row('customer_time_share')).toBe('customer_time_share;Andel kundtid;share;0,75;0,8;-0,05;-6,25;');
      expect(row('granted_volume')).toBe('granted_volume;Beviljad volym;SEK;400000,00;;;;');
      const json = await get('/reports/quarterly?year=2026&quarter=2');
      // Header, one line per figure, and the empty string after the last CRLF.
      expect(lines).toHaveLength(json.body.figures.length + 2);

      const english = await get('/reports/quarterly?year=2026&quarter=2&format=csv&lang=en');
      expect(english.body).toContain('delivery_modules;Delivery modules;count;2;3;-1;');
    });

    it('answers a printable HTML page in Swedish or English, with amounts in kronor and the comment', async () => {
      const response = await get('/reports/quarterly?year=2026&quarter=2', carl, { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html: string = response.body;
      expect(html).toMatch(/^<!doctype html>\n<html lang="sv">/);
      expect(html).toContain('<h1>Kvartalsrapport 2026 kvartal 2</h1>');
      expect(html).toContain('@media print');
      expect(html).toMatch(
        /<tr data-metric="new_lending_volume" data-outcome="25000000" data-target="20000000">\s*<td>Nyutlåningsvolym<\/td><td class="num">250\u00a0000,00 kr<\/td><td class="num">200\u00a0000,00 kr<\/td><td class="num dev">\+50\u00a0000,00 kr<\/td><td class="num dev">\+25,0 %<\/td>/,
      );
      expect(html).toContain('<td class="comment">Två rådgivare föräldralediga; hösten tar igen.</td>');
      expect(html).not.toContain('<script');

      const english = await get('/reports/quarterly?year=2026&quarter=2&format=html&lang=en');
      expect(english.body).toContain('<html lang="en">');
      expect(english.body).toContain('<h1>Quarterly report 2026 quarter 2</h1>');
      expect(english.body).toContain('<td class="num">SEK 250,000.00</td>');
      expect(english.body).toContain('<td class="num">75.0 %</td>');
    });

    it('is described in the OpenAPI document with its three formats', async () => {
      const { body } = await t.request('GET', '/docs/json');
      expect(
        Object.keys(body.paths)
          .filter((path) => path.startsWith('/reports'))
          .sort(),
      ).toEqual(['/reports/issued', '/reports/quarterly', '/reports/quarterly/issue', '/reports/yearly', '/reports/yearly/issue']);
      expect(Object.keys(body.paths['/reports/quarterly'].get.responses['200'].content).sort()).toEqual(['application/json', 'text/csv', 'text/html']);
    });

    it('is read by controllers and admins only, and names a bad parameter', async () => {
      expect((await get('/reports/quarterly?year=2026&quarter=2', anna)).status).toBe(403);
      expect((await get('/reports/yearly?year=2026', admin)).status).toBe(200);
      const noQuarter = await get('/reports/quarterly?year=2026');
      expect(noQuarter.status).toBe(400);
      expect(noQuarter.body.errors.map((e: { field: string }) => e.field)).toContain('quarter');
      expect((await get('/reports/quarterly?year=2026&quarter=2&format=pdf')).status).toBe(400);
      expect((await get('/reports/quarterly?year=2026&quarter=2&issued=latest')).body).toMatchObject({ status: 404, code: 'report-not-issued' });
    });
  });

  describe('issued reports', () => {
    let first: { ids: Record<string, string>; position: string };

    it('records the figures as version 1 with the position they were computed at; a correction afterwards shows as a difference from it', async () => {
      const before = lastPosition;
      first = await ok('POST', '/reports/quarterly/issue', carl, { year: 2026, quarter: 2 });
      expect(first.ids).toEqual({ report: 'report-2026-Q2', version: '1' });
      const stream = (await t.request('GET', '/audit/streams/report-2026-Q2', { token: carl })).body.events;
      expect(stream).toHaveLength(1);
      expect(stream[0]).toMatchObject({ type: 'ReportIssued', recordedBy: 'ctrl-carl', data: { kind: 'quarterly', year: 2026, quarter: 2, version: 1, issuedBy: 'ctrl-carl' } });
      // Computed at the store's head when issued: at or after the last write, before the report's own event.
      const computedAt = position(stream[0].data.position);
      expect(compare(computedAt, position(before))).toBeGreaterThanOrEqual(0);
      expect(compare(computedAt, position(first.position))).toBeLessThan(0);

      await ok('POST', `/advisory/deliveries/${deliveryToVoid}/void`, anna, { reason: 'Registrerad på fel kund', voidedOn: '2026-07-02' });
      const comparison = await get('/reports/quarterly?year=2026&quarter=2&issued=latest');
      expect(comparison.status).toBe(200);
      const { body } = comparison;
      expect(body.issued).toMatchObject({ streamId: 'report-2026-Q2', version: 1, position: stream[0].data.position, issuedBy: 'ctrl-carl' });
      expect(figureOf(body.issued.figures, 'delivery_modules').outcome).toBe(2);
      expect(figureOf(body.current.figures, 'delivery_modules').outcome).toBe(1);
      const difference = (metric: string) => body.differences.find((d: { metric: string }) => d.metric === metric);
      expect(difference('delivery_modules')).toMatchObject({
        issued: { outcome: 2, target: 3, deviation: -1 },
        current: { outcome: 1, target: 3, deviation: -2 },
        outcomeDifference: -1,
        changed: true,
      });
      expect(difference('loans_granted')).toMatchObject({ outcomeDifference: 0, changed: false });
      // The voided module was Verkstad's (bredd); Verkstad is still a customer through the loan.
      expect(difference('interventions_bredd')).toMatchObject({ issued: { outcome: 2 }, current: { outcome: 1 }, changed: true });
      expect(difference('unique_customers_advisory')).toMatchObject({ outcomeDifference: -1 });
      expect(body.changed).toBe(body.differences.filter((d: { changed: boolean }) => d.changed).length);
      expect(body.differences.filter((d: { changed: boolean }) => d.changed).map((d: { metric: string }) => d.metric)).toEqual(
        expect.arrayContaining(['delivery_modules', 'delivery_modules.affarsutveckling', 'interventions_bredd', 'unique_customers_advisory']),
      );

      const html = await get('/reports/quarterly?year=2026&quarter=2&issued=1&format=html');
      expect(html.body).toContain('Rapporterat jämfört med i dag');
      expect(html.body).toMatch(/<tr data-metric="delivery_modules" data-issued="2" data-current="1" class="changed">/);
      const csv = await get('/reports/quarterly?year=2026&quarter=2&issued=1&format=csv');
      const comment = '"Två rådgivare föräldralediga; hösten tar igen."';
      expect(csv.body.split('\r\n')).toContain(`delivery_modules;Levererade moduler;count;2;1;-1;3;3;${comment};${comment};yes`);
    });

    it('records a re-issue as version 2; version 1 keeps what was reported, and the list shows both', async () => {
      const second = await ok('POST', '/reports/quarterly/issue', carl, { year: 2026, quarter: 2 });
      expect(second.ids).toEqual({ report: 'report-2026-Q2', version: '2' });

      const latest = await get('/reports/quarterly?year=2026&quarter=2&issued=latest');
      expect(latest.body.issued.version).toBe(2);
      expect(latest.body.changed).toBe(0);
      const v1 = await get('/reports/quarterly?year=2026&quarter=2&issued=1');
      expect(figureOf(v1.body.issued.figures, 'delivery_modules').outcome).toBe(2);
      expect((await get('/reports/quarterly?year=2026&quarter=2&issued=3')).body).toMatchObject({ status: 404, code: 'report-version-not-found' });

      await ok('POST', '/reports/yearly/issue', carl, { year: 2025, region: 'orebro' });
      const list = await t.request('GET', '/reports/issued?year=2026', { token: carl });
      expect(list.status).toBe(200);
      expect(list.body.reports.map((r: Record<string, unknown>) => [r.streamId, r.version, r.latest, r.issuedBy])).toEqual([
        ['report-2026-Q2', 1, false, 'ctrl-carl'],
        ['report-2026-Q2', 2, true, 'ctrl-carl'],
      ]);
      expect(list.body.reports[0].figureCount).toBe(v1.body.issued.figures.length);
      const regional = await t.request('GET', '/reports/issued?year=2025&region=orebro', { token: carl });
      expect(regional.body.reports).toEqual([expect.objectContaining({ streamId: 'report-2025-year-orebro', kind: 'yearly', quarter: null, region: 'orebro', version: 1 })]);
      expect((await t.request('GET', '/reports/issued?year=2025&region=vastmanland', { token: carl })).body.reports).toEqual([]);
      expect((await t.request('GET', '/reports/issued', { token: carl })).status).toBe(400);
    });

    it('is issued by a controller only, and only once the period has ended', async () => {
      expect((await t.request('POST', '/reports/quarterly/issue', { token: admin, body: { year: 2026, quarter: 2 } })).status).toBe(403);
      const early = await t.request('POST', '/reports/yearly/issue', { token: carl, body: { year: 2999 } });
      expect(early.status).toBe(422);
      expect(early.body.code).toBe('period-not-ended');
      const invalid = await t.request('POST', '/reports/quarterly/issue', { token: carl, body: { year: 2026, quarter: 5 } });
      expect(invalid.status).toBe(400);
    });
  });
});

const pick = (f: Pick<Figure, 'target' | 'outcome' | 'deviation' | 'deviationPercent'>) => ({
  target: f.target,
  outcome: f.outcome,
  deviation: f.deviation,
  deviationPercent: f.deviationPercent,
});

const position = (text: string): [number, number] => text.split('-').map(Number) as [number, number];
const compare = (a: [number, number], b: [number, number]): number => a[0] - b[0] || a[1] - b[1];
