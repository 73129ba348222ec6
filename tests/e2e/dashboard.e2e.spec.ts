import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// Every run saves its screenshot here (git-ignored); docs/dashboard.png in the README is a copy of one.
const SCREENSHOT = fileURLToPath(new URL('../../test-output/dashboard.png', import.meta.url));
const CHARTS = [
  'lending',
  'target-groups',
  'activity',
  'customer-time',
  'focus',
  'growth-index',
  'focus-group-index',
  'engagement',
  'free-equity',
  'sustainability',
  'diversity',
  'projections',
];

const SEK = 100;
const VERKSTAD = '5560360793';
const BAGERI = '5567037485';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`dashboard.e2e: SKIPPED, no Chromium at ${CHROMIUM} (apt-get install chromium); CI installs it`);
const suite = haveChromium ? describe : describe.skip;

/**
 * The dashboard in Debian's Chromium: the page is served by the api, a controller signs in with a
 * token, every chart renders, and every number shown is the one the api answers.
 */
suite('the dashboard in a browser', () => {
  let t: TestApp;
  let carl: string;
  let profile: string;
  let browser: BrowserContext;
  let page: Page;
  let position = '';

  const ok = async (method: string, path: string, token: string, body?: unknown): Promise<Record<string, string>> => {
    const response = await t.request(method, path, { token, body });
    expect({ path, status: response.status, body: response.status === 200 ? undefined : response.body }).toEqual({ path, status: 200, body: undefined });
    if (response.body.position) position = response.body.position;
    return response.body.ids;
  };
  const api = async (path: string) => {
    const response = await t.request('GET', `${path}${path.includes('?') ? '&' : '?'}position=${position}&waitMs=10000`, { token: carl });
    expect(response.status).toBe(200);
    return response.body;
  };
  /** Every number the page shows: the raw api value each table cell holds, by figure key. */
  const shownFigures = (): Promise<Record<string, number | null>> =>
    page.$$eval('td[data-figure]', (cells) =>
      Object.fromEntries(cells.map((c) => [(c as HTMLElement).dataset.figure, (c as HTMLElement).dataset.value === '' ? null : Number((c as HTMLElement).dataset.value)])),
    );
  const signIn = async (token: string, hash: string) => {
    await page.goto(`${t.baseUrl}/dashboard#${hash}`);
    await page.fill('#token', token);
    await page.click('#sign-in-form button[type="submit"]');
    await page.waitForSelector('body[data-state="ready"]', { timeout: 20_000 });
  };

  beforeAll(async () => {
    t = await startTestApp('dashboard');
    const [admin, anna, oskar, olle, petra] = await Promise.all([
      t.token('admin-ada', 'admin'),
      t.token('advisor-anna', 'advisor'),
      t.token('advisor-oskar', 'advisor'),
      t.token('olle', 'credit_officer'),
      t.token('petra', 'credit_officer'),
    ]);
    carl = await t.token('ctrl-carl', 'controller');
    await ok('POST', '/employees', admin, { userId: 'advisor-anna', name: 'Anna', region: 'vastmanland', roles: ['advisor'] });
    await ok('POST', '/employees', admin, { userId: 'advisor-oskar', name: 'Oskar', region: 'orebro', roles: ['advisor'] });
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
      registeredOn: '2026-01-10',
    });
    await ok('POST', '/customers', oskar, {
      customerId: BAGERI,
      name: 'Bageri AB',
      region: 'orebro',
      municipality: 'Örebro',
      foundedOn: '2024-02-01',
      phase: 'early_stage',
      registeredOn: '2026-01-12',
    });
    await ok('POST', `/customers/${VERKSTAD}/classifications`, anna, { group: 'ideal', effectiveFrom: '2026-01-01' });
    await ok('POST', `/customers/${BAGERI}/classifications`, oskar, { group: 'bredd', effectiveFrom: '2026-01-01' });
    await ok('PUT', `/customers/${VERKSTAD}/owner-profile`, anna, { womenLed: 'yes', foreignBackground: 'no', recordedOn: '2026-01-10' });

    // Two loans: one granted in Q1 and paid out over Q1 and Q2, one granted and paid out in Q2.
    const loan = async (customerId: string, amountOre: number, appliedOn: string, approvedOn: string, disbursements: [number, string][]) => {
      const { loanId } = await ok('POST', '/loans', olle, { customerId, product: 'foretagslan', amountOre, purpose: 'Investering', appliedOn });
      await ok('POST', `/loans/${loanId}/decision`, olle, { outcome: 'granted', amountOre, interestRateBasisPoints: 650, termMonths: 60, decidedOn: approvedOn });
      await ok('POST', `/loans/${loanId}/approval`, petra, { approvedOn });
      for (const [amount, disbursedOn] of disbursements) await ok('POST', `/loans/${loanId}/disbursements`, olle, { amountOre: amount, disbursedOn });
    };
    await loan(VERKSTAD, 600_000 * SEK, '2026-02-02', '2026-02-10', [
      [200_000 * SEK, '2026-02-20'],
      [400_000 * SEK, '2026-04-15'],
    ]);
    await loan(BAGERI, 150_000 * SEK, '2026-05-02', '2026-05-06', [[150_000 * SEK, '2026-05-20']]);

    await ok('POST', '/advisory/deliveries', anna, { customerId: VERKSTAD, module: 'behovssamtal', deliveredOn: '2026-04-08' });
    await ok('POST', '/advisory/deliveries', oskar, { customerId: BAGERI, module: 'affarsutveckling', deliveredOn: '2026-05-12' });
    await ok('POST', '/advisory/deliveries', oskar, { customerId: BAGERI, module: 'hallbarhetsworkshop', deliveredOn: '2026-06-03' });
    await ok('POST', '/advisory/sessions', anna, { customerId: VERKSTAD, date: '2026-06-10', durationMinutes: 60, sustainabilityDiscussed: true });

    for (const [token, customerId, date, customer, internal] of [
      [anna, VERKSTAD, '2026-04-07', 420, 60],
      [anna, VERKSTAD, '2026-05-05', 300, 180],
      [oskar, BAGERI, '2026-05-06', 360, 120],
      [oskar, BAGERI, '2026-06-09', 400, 80],
    ] as const) {
      await ok('POST', '/time-entries', token, { date, minutes: customer, kind: 'customer', customerId });
      await ok('POST', '/time-entries', token, { date, minutes: internal, kind: 'internal' });
    }

    for (const [quarter, granted, lending] of [
      [1, 500_000, 300_000],
      [2, 500_000, 600_000],
      [3, 400_000, 400_000],
    ] as const) {
      await ok('PUT', '/targets', carl, { metric: 'granted_volume', year: 2026, quarter, value: granted * SEK });
      await ok('PUT', '/targets', carl, { metric: 'new_lending_volume', year: 2026, quarter, value: lending * SEK });
    }
    await ok('PUT', '/targets', carl, { metric: 'unique_customers_advisory', year: 2026, quarter: 2, value: 3 });
    await ok('PUT', '/targets', carl, { metric: 'delivery_modules', year: 2026, quarter: 2, value: 4 });
    await ok('PUT', '/benchmarks', carl, { region: 'vastmanland', year: 2026, attribute: 'women_led', population: 'business_population', share: 0.3 });
    await ok('PUT', '/benchmarks', carl, { region: 'orebro', year: 2026, attribute: 'early_stage', population: 'new_businesses', share: 0.45 });
    // Everything projected before the browser reads it.
    await api('/projections');

    profile = await mkdtemp(join(tmpdir(), 'almi-dashboard-chromium-'));
    browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1400, height: 1000 } });
    page = await browser.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    await t?.close();
  });

  it('serves the page and its bundle without a token, and the figures only with one', async () => {
    const html = await fetch(`${t.baseUrl}/dashboard`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await html.text()).toContain('<script src="/dashboard/dashboard.js" defer></script>');
    const script = await fetch(`${t.baseUrl}/dashboard/dashboard.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toContain('almiDashboard');
    expect((await fetch(`${t.baseUrl}/dashboard/dashboard.css`)).status).toBe(200);
    expect((await fetch(`${t.baseUrl}/figures/targets?year=2026`)).status).toBe(401);
  });

  it('signs a controller in, renders every chart, and shows exactly the api’s figures for 2026 Q2', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signIn(carl, 'year=2026&quarter=2');
    expect(await page.isVisible('#sign-in')).toBe(false);
    expect(await page.textContent('#who')).toBe('ctrl-carl (controller)');
    expect(await page.evaluate(() => sessionStorage.getItem('almi-dashboard-token'))).toBe(carl);

    const charts = await page.$$eval('canvas[data-chart]', (canvases) =>
      canvases.map((canvas) => {
        const chart = (
          window as unknown as { almiDashboard: { Chart: { getChart(c: HTMLCanvasElement): { data: { datasets: { data: unknown[] }[] } } | undefined } } }
        ).almiDashboard.Chart.getChart(canvas as HTMLCanvasElement);
        const box = canvas.getBoundingClientRect();
        return { name: (canvas as HTMLElement).dataset.chart, width: box.width, height: box.height, chart: chart !== undefined, datasets: chart?.data.datasets.length ?? 0 };
      }),
    );
    expect(charts.map((c) => c.name)).toEqual(CHARTS);
    for (const chart of charts) {
      expect(chart).toMatchObject({ chart: true });
      expect(chart.width).toBeGreaterThan(100);
      expect(chart.height).toBeGreaterThan(100);
      expect(chart.datasets).toBeGreaterThan(0);
    }

    const shown = await shownFigures();
    const expected: Record<string, number | null> = {};
    // Lending by quarter against the quarter's targets.
    for (const q of [1, 2, 3, 4]) {
      const [loans, targets] = await Promise.all([api(`/figures/loan-volume?year=2026&quarter=${q}`), api(`/figures/targets?year=2026&quarter=${q}`)]);
      const target = (metric: string) => targets.targets.find((r: { metric: string }) => r.metric === metric)?.target ?? null;
      const key = `lending.2026-Q${q}`;
      Object.assign(expected, {
        [`${key}.loans_granted`]: loans.totals.loansGranted,
        [`${key}.granted_volume`]: loans.totals.grantedVolumeOre,
        [`${key}.granted_volume.target`]: target('granted_volume'),
        [`${key}.new_lending_volume`]: loans.totals.newLendingVolumeOre,
        [`${key}.new_lending_volume.target`]: target('new_lending_volume'),
        [`${key}.outstanding_principal`]: loans.outstandingPrincipalOre,
      });
    }
    // Target groups, unique customers and modules against targets, for the quarter.
    const groups = await api('/figures/target-groups?year=2026&quarter=2');
    for (const g of groups.groups) {
      Object.assign(expected, {
        [`target_groups.${g.targetGroup}.loans`]: g.loans.count,
        [`target_groups.${g.targetGroup}.modules`]: g.modules.count,
        [`target_groups.${g.targetGroup}.total`]: g.total.count,
        [`target_groups.${g.targetGroup}.share`]: g.total.share,
      });
    }
    const [customers, targets] = await Promise.all([api('/figures/unique-customers?year=2026&quarter=2'), api('/figures/targets?year=2026&quarter=2')]);
    const target = (metric: string) => targets.targets.find((r: { metric: string }) => r.metric === metric)?.target ?? null;
    for (const [metric, outcome] of [
      ['unique_customers_advisory', customers.uniqueCustomers.advisory],
      ['unique_customers_total', customers.uniqueCustomers.total],
      ['delivery_modules', customers.deliveryModules.total],
    ] as const) {
      Object.assign(expected, {
        [`activity.${metric}`]: outcome,
        [`activity.${metric}.target`]: target(metric),
        [`activity.${metric}.deviation`]: target(metric) === null ? null : outcome - target(metric),
      });
    }
    // Customer-time share by month and region.
    const time = await api('/figures/customer-time?year=2026&quarter=2&granularity=month');
    for (const bucket of time.buckets) {
      for (const r of bucket.byRegion) expected[`customer_time.${bucket.key}.${r.region}`] = r.share;
      Object.assign(expected, {
        [`customer_time.${bucket.key}.total`]: bucket.total.share,
        [`customer_time.${bucket.key}.customer_minutes`]: bucket.total.customerMinutes,
        [`customer_time.${bucket.key}.worked_minutes`]: bucket.total.workedMinutes,
      });
    }
    // Focus-group shares with unknowns and every benchmark entered.
    const focus = await api('/figures/focus-groups?year=2026&quarter=2');
    const benchmarkKeys = new Set<string>();
    for (const population of ['loans', 'advisory'] as const) {
      for (const [attribute, figures] of [
        ['women_led', focus[population].womenLed],
        ['foreign_background', focus[population].foreignBackground],
        ['early_stage', focus[population].earlyStage],
      ] as const) {
        expected[`focus.${population}.${attribute}.share`] = figures.share;
        if (attribute !== 'early_stage') expected[`focus.${population}.${attribute}.unknown`] = figures.unknown;
        for (const b of figures.benchmarks) benchmarkKeys.add(`${b.region}.${b.population}`);
      }
    }
    for (const population of ['loans', 'advisory'] as const) {
      for (const [attribute, figures] of [
        ['women_led', focus[population].womenLed],
        ['foreign_background', focus[population].foreignBackground],
        ['early_stage', focus[population].earlyStage],
      ] as const) {
        for (const key of benchmarkKeys) {
          expected[`focus.${population}.${attribute}.benchmark.${key}`] =
            figures.benchmarks.find((b: { region: string; population: string }) => `${b.region}.${b.population}` === key)?.share ?? null;
        }
      }
    }
    // The scorecard's additions: each row's outcome, its target (the board's, else the directive's level) and the difference.
    const q2 = 'year=2026&quarter=2';
    const [growth, focusIndex, engagement, equity, sustainability, diversity, municipalities, approvals, cohortTargets] = await Promise.all([
      api('/figures/growth-index?year=2025'),
      api(`/figures/focus-group-index?${q2}`),
      api(`/figures/employee-engagement?${q2}`),
      api(`/figures/free-equity?${q2}`),
      api(`/figures/sustainability?${q2}`),
      api(`/figures/employee-diversity?${q2}`),
      api(`/figures/municipalities?${q2}`),
      api(`/figures/special-assignment-approvals?${q2}`),
      api('/figures/targets?year=2025'),
    ]);
    const goal = (panel: string, key: string, outcome: number | null, goalTarget: number | null): void => {
      Object.assign(expected, {
        [`${panel}.${key}`]: outcome,
        [`${panel}.${key}.target`]: goalTarget,
        [`${panel}.${key}.deviation`]: outcome === null || goalTarget === null ? null : outcome - goalTarget,
      });
    };
    const boardOr = (metric: string, fallback: number | null, from = targets) => from.targets.find((r: { metric: string }) => r.metric === metric)?.target ?? fallback;
    goal('growth-index', 'index', growth.index, boardOr('growth_index', 100, cohortTargets));
    goal('growth-index', 'revenue', growth.revenue.growth, growth.revenue.control);
    goal('growth-index', 'value-added', growth.valueAdded.growth, growth.valueAdded.control);
    goal('growth-index', 'survival', growth.survival.rate, growth.survival.control);
    goal('focus-group-index', 'index', focusIndex.index, boardOr('focus_group_index', 100));
    for (const term of focusIndex.terms) goal('focus-group-index', term.attribute, term.share, term.benchmark);
    goal('engagement', 'total-score', engagement.result?.totalScore ?? null, boardOr('employee_total_score', 4));
    goal('engagement', 'engagement-index', engagement.result?.engagementIndex ?? null, boardOr('employee_engagement_index', null));
    for (const r of engagement.byRegion) goal('engagement', `total-score.${r.region}`, r.totalScore, 4);
    for (const x of equity.quarters) goal('free-equity', x.quarter, x.months, 3);
    goal('sustainability', 'share', sustainability.share, boardOr('sustainability_share', 1));
    for (const r of sustainability.byRegion) goal('sustainability', `share.${r.region}`, r.share, boardOr('sustainability_share', 1));
    goal('sustainability', 'workshops', sustainability.workshops, boardOr('sustainability_workshops', null));
    const d = diversity.result;
    goal('diversity', 'women', d?.shares.women ?? null, boardOr('employee_women_share', null));
    goal('diversity', 'foreign-background', d?.shares.foreignBackground ?? null, boardOr('employee_foreign_background_share', null));
    goal('diversity', 'under-30', d?.shares.under30 ?? null, boardOr('employee_under_30_share', null));
    goal('diversity', 'from-50', d?.shares.from50 ?? null, boardOr('employee_from_50_share', null));
    for (const m of municipalities.municipalities) {
      Object.assign(expected, {
        [`municipalities.${m.municipality}.unique-customers`]: m.uniqueCustomers,
        [`municipalities.${m.municipality}.interventions`]: m.interventions,
        [`municipalities.${m.municipality}.loans-granted`]: m.loansGranted,
        [`municipalities.${m.municipality}.new-lending`]: m.newLendingVolumeOre,
      });
    }
    for (const p of approvals.projects) goal('approvals', p.projectId, p.activitiesBeforeApproval, 0);
    // Projection lag: everything written has been applied.
    const { projections } = await api('/projections');
    for (const p of projections) Object.assign(expected, { [`projections.${p.name}.lagEvents`]: p.lagEvents, [`projections.${p.name}.lagSeconds`]: p.lagSeconds });

    expect(shown).toEqual(expected);
    // The data is what it was made to be, so the comparison is not of two empty pages.
    expect(shown).toMatchObject({
      'lending.2026-Q1.granted_volume': 600_000 * SEK,
      'lending.2026-Q2.new_lending_volume': 550_000 * SEK,
      'lending.2026-Q2.new_lending_volume.target': 600_000 * SEK,
      'lending.2026-Q4.granted_volume.target': null,
      'activity.delivery_modules': 3,
      'activity.unique_customers_advisory.deviation': -1,
      'target_groups.bredd.total': 3,
      'customer_time.2026-05.orebro': 0.75,
      'customer_time.2026-04.vastmanland': 0.875,
      'focus.advisory.women_led.benchmark.vastmanland.business_population': 0.3,
      'projections.loans.lagEvents': 0,
    });

    // The charts draw the same numbers: kronor for money, percent for shares.
    const datasets = await page.evaluate(() => {
      const { charts } = (window as unknown as { almiDashboard: { charts: Map<string, { data: { datasets: { label: string; data: unknown[] }[] } }> } }).almiDashboard;
      return Object.fromEntries([...charts].map(([name, chart]) => [name, chart.data.datasets.map((d) => ({ label: d.label, data: d.data }))]));
    });
    expect(datasets.lending[0]!.data).toEqual([1, 2, 3, 4].map((q) => (shown[`lending.2026-Q${q}.granted_volume`] as number) / SEK));
    expect(datasets.lending[3]!.data).toEqual([300_000, 600_000, 400_000, null]);
    expect(datasets['customer-time']!.find((d) => d.label === 'Örebro län')!.data).toEqual([null, 75, (400 / 480) * 100]);
    expect(datasets['customer-time']!.find((d) => d.label.startsWith('Mål'))!.data).toEqual([80, 80, 80]);
    expect(datasets.activity!.map((d) => d.data)).toEqual([
      [2, 2, 3],
      [3, null, 4],
    ]);
    expect(errors).toEqual([]);

    await mkdir(join(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  }, 60_000);

  it('filters by region: only that region’s customers and employees count', async () => {
    await page.selectOption('#region', 'orebro');
    await page.waitForFunction(() => location.hash.includes('region=orebro') && document.body.dataset.state === 'ready', undefined, { timeout: 20_000 });
    const shown = await shownFigures();
    const time = await api('/figures/customer-time?year=2026&quarter=2&region=orebro&granularity=month');
    const customers = await api('/figures/unique-customers?year=2026&quarter=2&region=orebro');
    expect(Object.keys(shown).filter((k) => k.startsWith('customer_time.') && k.endsWith('.vastmanland'))).toEqual([]);
    for (const bucket of time.buckets) expect(shown[`customer_time.${bucket.key}.orebro`]).toBe(bucket.byRegion[0].share);
    expect(shown['activity.unique_customers_advisory']).toBe(customers.uniqueCustomers.advisory);
    expect(shown['activity.unique_customers_advisory']).toBe(1);
    expect(shown['lending.2026-Q2.granted_volume']).toBe(150_000 * SEK);
  }, 30_000);

  it('opens the printable report of the chosen quarter and region, fetched with the token', async () => {
    const [report] = await Promise.all([page.waitForEvent('popup'), page.click('#print-report')]);
    await report.waitForSelector('h1');
    expect(await report.textContent('h1')).toBe('Kvartalsrapport 2026 kvartal 2');
    expect(await report.textContent('dl.meta')).toContain('Örebro län');
    const newLending = await api('/reports/quarterly?year=2026&quarter=2&region=orebro');
    const shown = await report.getAttribute('tr[data-metric="new_lending_volume"]', 'data-outcome');
    expect(Number(shown)).toBe(newLending.figures.find((f: { metric: string }) => f.metric === 'new_lending_volume').outcome);
    await report.close();
  }, 30_000);

  it('sends the user back to sign in when the api rejects the token', async () => {
    await page.evaluate(() => sessionStorage.setItem('almi-dashboard-token', 'not-a-token'));
    await page.reload();
    await page.waitForSelector('body[data-state="signed-out"]', { timeout: 20_000 });
    expect(await page.isVisible('#sign-in')).toBe(true);
    expect(await page.textContent('#sign-in-error')).toContain('Token');
    expect(await page.evaluate(() => sessionStorage.getItem('almi-dashboard-token'))).toBeNull();
  }, 30_000);
});
