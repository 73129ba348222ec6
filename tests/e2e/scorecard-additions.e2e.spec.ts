import { startTestApp, type TestApp } from '../support/app.js';

const VERKSTAD = '5560360793';
const BAGERI = '5567037485';
const HEADER = 'organisationsnummer;year;revenue_ore;operating_profit_ore;personnel_costs_ore;active';

interface Figure {
  metric: string;
  section: string;
  unit: string;
  outcome: number | null;
  target: number | null;
  deviation: number | null;
  comment: { comment: string } | null;
}

/**
 * The scorecard's additions over HTTP: financials imported from CSV (a bad file refused whole), the
 * control group, accounts, survey, sustainability in meetings and the controller's text, then the
 * growth index and the yearly report's goal sections. Cohort 2025: Verkstad (Västmanland) and Bageri
 * (Örebro) each got a module in 2025; Verkstad grew, Bageri stopped being active in 2026.
 */
describe('scorecard additions over HTTP', () => {
  let t: TestApp;
  let admin: string;
  let anna: string;
  let carl: string;
  let lastPosition = '0-0';

  const send = async (method: string, path: string, token: string, body?: unknown) => {
    const response = await t.request(method, path, { token, body });
    if (response.status === 200 && response.body.position) lastPosition = response.body.position;
    return response;
  };
  const ok = async (method: string, path: string, token: string, body?: unknown) => {
    const response = await send(method, path, token, body);
    expect({ path, status: response.status, body: response.status === 200 ? undefined : response.body }).toEqual({ path, status: 200, body: undefined });
    return response.body;
  };
  const get = (path: string, token = carl) => t.request('GET', `${path}${path.includes('?') ? '&' : '?'}position=${lastPosition}&waitMs=10000`, { token });
  const figureOf = (figures: Figure[], metric: string): Figure => {
    const found = figures.find((f) => f.metric === metric);
    if (!found) throw new Error(`No figure ${metric}`);
    return found;
  };

  beforeAll(async () => {
    t = await startTestApp('scorecard_additions');
    [admin, anna, carl] = await Promise.all([t.token('admin-ada', 'admin'), t.token('advisor-anna', 'advisor'), t.token('ctrl-carl', 'controller')]);
    await ok('POST', '/employees', admin, { userId: 'advisor-anna', name: 'Anna', region: 'vastmanland', roles: ['advisor'] });
    for (const [customerId, region, municipality] of [
      [VERKSTAD, 'vastmanland', 'Västerås'],
      [BAGERI, 'orebro', 'Örebro'],
    ]) {
      await ok('POST', '/customers', anna, { customerId, name: 'Kund AB', region, municipality, foundedOn: '2019-04-01', phase: 'growth', registeredOn: '2025-01-10' });
    }
    await ok('POST', '/advisory/deliveries', anna, { customerId: VERKSTAD, module: 'affarsutveckling', deliveredOn: '2025-05-03' });
    await ok('POST', '/advisory/deliveries', anna, { customerId: BAGERI, module: 'hallbarhetsworkshop', deliveredOn: '2025-05-02' });
    await ok('POST', '/advisory/sessions', anna, { customerId: VERKSTAD, date: '2026-03-01', durationMinutes: 60, sustainabilityDiscussed: true });
    await ok('POST', '/advisory/sessions', anna, { customerId: BAGERI, date: '2026-03-02', durationMinutes: 60, sustainabilityDiscussed: false });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  }, 60_000);

  it('refuses a CSV file with a bad row by its line number and records nothing of it', async () => {
    const bad = `${HEADER}\n${VERKSTAD};2024;100000000;10000000;30000000;ja\n556036-0794;2024;1;1;1;ja\n`;
    const refused = await send('POST', '/customer-financials/imports', carl, { csv: bad, fileName: 'bokslut.csv' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('line 3');
    const unknown = await send('POST', '/customer-financials/imports', carl, { csv: `${HEADER}\n5591234561;2024;1;1;1;ja` });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('line 2: no customer 5591234561 is registered');
    expect((await send('POST', '/customer-financials/imports', anna, { csv: bad })).status).toBe(403);
    const growth = await get('/figures/growth-index?year=2025');
    expect(growth.status).toBe(200);
    expect(growth.body).toMatchObject({ cohortCustomers: 2, survival: { withBaseYearFinancials: 0 }, index: null });
  }, 60_000);

  it('computes the growth index from imported financials and the control group', async () => {
    const csv = [
      HEADER,
      `${VERKSTAD};2024;100000000;10000000;30000000;ja`,
      `${VERKSTAD};2026;120000000;15000000;35000000;ja`,
      `556703-7485;2024;50000000;-5000000;25000000;ja`,
      `${BAGERI};2026;;;;nej`,
    ].join('\n');
    const imported = await ok('POST', '/customer-financials/imports', carl, { csv, fileName: 'bokslut.csv' });
    expect(imported.ids.rows).toBe('4');
    await ok('PUT', '/growth-index/control-groups', carl, { cohortYear: 2025, region: 'vastmanland', revenueGrowth: 0.1, valueAddedGrowth: 0.05, survivalRate: 0.9 });
    await ok('PUT', '/growth-index/control-groups', carl, { cohortYear: 2025, region: 'orebro', revenueGrowth: 0.3, valueAddedGrowth: 0.3, survivalRate: 0.8 });
    expect(
      (await send('PUT', '/growth-index/parameters', carl, { cohortYear: 2025, revenueWeight: 0.5, valueAddedWeight: 0.5, survivalWeight: 0.5, horizonYears: 2 })).status,
    ).toBe(400);

    const growth = (await get('/figures/growth-index?year=2025')).body;
    expect(growth).toMatchObject({ cohortYear: 2025, baseYear: 2024, endYear: 2026, cohortCustomers: 2 });
    expect(growth.revenue).toMatchObject({ customers: 1, baseOre: 100_000_000, endOre: 120_000_000, control: 0.1 });
    expect(growth.revenue.growth).toBeCloseTo(0.2, 12);
    expect(growth.valueAdded.growth).toBeCloseTo(0.25, 12);
    expect(growth.survival).toMatchObject({ withBaseYearFinancials: 2, activeAtEnd: 1, rate: 0.5 });
    expect(growth.survival.control).toBeCloseTo(0.85, 12);
    expect(growth.index).toBeCloseTo((100 * (1.2 / 1.1 + 1.25 / 1.05 + 0.5 / 0.85)) / 3, 9);
  }, 60_000);

  it('shows every directive goal by perspective in the yearly report, with the significant actions text', async () => {
    for (const quarter of [1, 2, 3, 4]) {
      await ok('PUT', '/company-accounts', carl, { year: 2026, quarter, freeEquityOre: quarter === 4 ? 2000 : 1000, operatingCostsOre: 1200 });
    }
    expect((await send('PUT', '/company-accounts', anna, { year: 2026, quarter: 1, freeEquityOre: 1, operatingCostsOre: 1 })).status).toBe(403);
    await ok('PUT', '/employee-surveys', carl, { year: 2026, totalScore: 4.1, engagementIndex: 75, respondents: 30 });
    expect((await send('PUT', '/employee-surveys', carl, { year: 2026, totalScore: 6, engagementIndex: 75 })).status).toBe(400);
    await ok('PUT', '/targets', carl, { metric: 'growth_index', year: 2026, value: 98 });
    await ok('PUT', '/report-comments', carl, { metric: 'sustainability_share', year: 2026, comment: 'Nytt stöd för hållbarhetssamtal införs i januari.' });
    await ok('PUT', '/significant-actions', carl, { year: 2026, text: 'Hållbarhet tas upp i alla kundmöten.\n\nNytt samarbete om tidiga skeden.' });

    const response = await get('/reports/yearly?year=2026');
    expect(response.status).toBe(200);
    const figures = response.body.figures as Figure[];
    const sections = [...new Set(figures.map((f) => f.section))];
    expect(sections.slice(0, 5)).toEqual(['goals_financial', 'goals_customer', 'goals_process', 'goals_employee', 'goals_sustainability']);
    for (const section of ['growth_index', 'focus_group_index', 'employees', 'free_equity', 'sustainability', 'municipalities', 'special_assignment_approvals'])
      expect(sections).toContain(section);
    const growth = figureOf(figures, 'goal.growth_index');
    expect(growth).toMatchObject({ section: 'goals_customer', target: 98 });
    expect(growth.outcome).toBeCloseTo((100 * (1.2 / 1.1 + 1.25 / 1.05 + 0.5 / 0.85)) / 3, 9);
    expect(figureOf(figures, 'goal.free_equity_months')).toMatchObject({ section: 'goals_financial', outcome: 2000 / (4800 / 12), target: 3, deviation: 2 });
    expect(figureOf(figures, 'goal.employee_total_score')).toMatchObject({ section: 'goals_employee', outcome: 4.1, target: 4 });
    expect(figureOf(figures, 'goal.sustainability_share')).toMatchObject({
      section: 'goals_sustainability',
      outcome: 0.5,
      target: 1,
      deviation: -0.5,
      comment: { comment: 'Nytt stöd för hållbarhetssamtal införs i januari.' },
    });
    expect(response.body.significantActions).toEqual({ text: 'Hållbarhet tas upp i alla kundmöten.\n\nNytt samarbete om tidiga skeden.', recordedBy: 'ctrl-carl' });

    const html = await t.request('GET', `/reports/yearly?year=2026&format=html&position=${lastPosition}&waitMs=10000`, { token: carl });
    expect(html.status).toBe(200);
    expect(html.body).toContain('<section data-section="goals_employee">');
    expect(html.body).toContain('<h2>Väsentliga åtgärder med anledning av ägaranvisningen</h2>');
    expect(html.body).toContain('<p>Nytt samarbete om tidiga skeden.</p>');

    const quarterly = (await get('/reports/quarterly?year=2026&quarter=1')).body;
    expect(quarterly.significantActions).toBeNull();
    expect(figureOf(quarterly.figures, 'goal.sustainability_share')).toMatchObject({ outcome: 0.5 });
  }, 60_000);

  it('prints a one-page summary for a municipality', async () => {
    const response = await get(`/figures/municipalities/${encodeURIComponent('Västerås')}/summary?year=2025`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.body).toContain('<h1>Västerås</h1>');
    expect(response.body).toContain('<td>Unika kunder (Råd och Lån)</td><td class="v">1</td>');
    expect((await get('/figures/municipalities?year=2025', anna)).status).toBe(403);
  }, 60_000);
});
