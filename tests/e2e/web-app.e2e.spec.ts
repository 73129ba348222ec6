import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
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
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Every run saves its screenshots here (git-ignored); docs/screenshots in the README are copies of them.
const SHOTS = join(ROOT, 'test-output', 'screenshots');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

const VERKSTAD = '5560360793';
const PASSWORD = 'correct horse battery staple';
const TODAY = new Date().toISOString().slice(0, 10);
const YEAR = Number(TODAY.slice(0, 4));
const QUARTER = Math.floor(Number(TODAY.slice(5, 7)) / 3 - 0.01) + 1;

/** Each journey drives a browser through several screens on a busy 2-core machine. */
const SLOW = 120_000;

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`web-app.e2e: SKIPPED, no Chromium at ${CHROMIUM} (apt-get install chromium); CI installs it`);
const suite = haveChromium ? describe : describe.skip;

/**
 * The web app in Debian's Chromium: built first (scripts/build-web.mjs), served by the api, each
 * role signs in with a password and does a piece of its day's work through the screens, which
 * then shows in a list or a figure; every screen passes axe-core without serious or critical
 * violations.
 */
suite('the web app in a browser', () => {
  let t: TestApp;
  let admin: string;
  let browser: Browser;
  let profile: string;
  let axeSource: string;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  const ok = async (method: string, path: string, token: string, body?: unknown): Promise<{ ids: Record<string, string>; position: string }> => {
    const response = await t.request(method, path, { token, body });
    expect({ path, status: response.status, body: response.status === 200 ? undefined : response.body }).toEqual({ path, status: 200, body: undefined });
    return response.body;
  };

  /** A fresh browser (own cookies) signed in through the sign-in form. */
  const signIn = async (userId: string, password = PASSWORD, width = 1280): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${userId}: ${error.message}`));
    await page.goto(`${t.baseUrl}/app/`);
    await page.fill('#userId', userId);
    await page.fill('#password', password);
    await page.click('#sign-in-form button[type="submit"]');
    await page.waitForSelector(`.who[data-user="${userId}"]`, { timeout: 15_000 });
    return page;
  };

  /** axe-core on the page as it is: no serious or critical violations. */
  const axe = async (page: Page, screen: string): Promise<void> => {
    // Through the DevTools protocol, which the page's Content-Security-Policy (same-origin scripts only) does not govern.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await (
        window as unknown as { axe: { run(context?: unknown, options?: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }
      ).axe.run(document, {
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    expect({ screen, violations: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical') }).toEqual({ screen, violations: [] });
  };

  const shoot = async (page: Page, name: string): Promise<void> => {
    await mkdir(SHOTS, { recursive: true });
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
  };

  beforeAll(async () => {
    // The browser tests build the bundle they test (the types are not needed for it).
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-web.mjs'), '--no-types'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    axeSource = await readFile(AXE, 'utf8');
    t = await startTestApp('webapp');
    admin = await t.token('ada', 'admin');
    const employees = [
      ['ada', 'Ada Admin', ['admin']],
      ['anna', 'Anna Lind', ['advisor']],
      ['olle', 'Olle Kredit', ['credit_officer']],
      ['petra', 'Petra Kredit', ['credit_officer']],
      ['carl', 'Carl Controller', ['controller']],
    ] as const;
    for (const [userId, name, roles] of employees) {
      await ok('POST', '/employees', admin, { userId, name, region: 'vastmanland', roles });
      await ok('PUT', `/employees/${userId}/password`, admin, { password: PASSWORD });
    }
    for (const userId of ['olle', 'petra']) await ok('POST', `/employees/${userId}/credit-certifications`, admin, { validFrom: '2020-01-01' });
    const anna = await t.token('anna', 'advisor');
    await ok('POST', '/customers', anna, {
      customerId: VERKSTAD,
      name: 'Västerås Verkstad AB',
      region: 'vastmanland',
      municipality: 'Västerås',
      foundedOn: '2019-04-01',
      phase: 'growth',
      registeredOn: TODAY,
    });
    await ok('POST', `/customers/${VERKSTAD}/classifications`, anna, { group: 'ideal', effectiveFrom: TODAY });
    profile = await mkdtemp(join(tmpdir(), 'almi-webapp-chromium-'));
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  }, 240_000);

  it(
    'serves the app at / and under /app/ without swallowing the api’s paths',
    async () => {
      for (const path of ['/', '/app/', '/app/customers/123', '/app/loans?status=granted']) {
        const response = await fetch(`${t.baseUrl}${path}`);
        expect({ path, status: response.status, type: response.headers.get('content-type') }).toEqual({ path, status: 200, type: 'text/html; charset=utf-8' });
        expect(await response.text()).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/);
      }
      const html = await (await fetch(`${t.baseUrl}/app/`)).text();
      const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
      const asset = await fetch(`${t.baseUrl}${script}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expect((await fetch(`${t.baseUrl}/assets/nothing.js`)).status).toBe(404);
      // The api's own paths answer as the api: JSON problem details, not the page.
      const customers = await fetch(`${t.baseUrl}/customers`, { headers: { accept: 'text/html' } });
      expect(customers.status).toBe(401);
      expect(customers.headers.get('content-type')).toContain('json');
      expect((await fetch(`${t.baseUrl}/docs/json`)).headers.get('content-type')).toContain('json');
    },
    SLOW,
  );

  it(
    'refuses a wrong password beside the form and signs out again',
    async () => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${t.baseUrl}/app/`);
      await axe(page, 'sign-in');
      await shoot(page, 'sign-in');
      await page.fill('#userId', 'anna');
      await page.fill('#password', 'not the password');
      await page.click('#sign-in-form button[type="submit"]');
      await page.waitForSelector('#sign-in-error');
      expect(await page.textContent('#sign-in-error')).toContain('Wrong user id or password');
      const signedIn = await signIn('anna');
      expect(await signedIn.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'almi-lang'))).toEqual([]);
      await signedIn.click('button:has-text("Logga ut")');
      await signedIn.waitForSelector('#sign-in-form');
      expect((await signedIn.context().request.get(`${t.baseUrl}/auth/me`)).status()).toBe(401);
    },
    SLOW,
  );

  it(
    'advisor: finds a customer as she types, logs a session (a double click records it once) and sees it on the timeline',
    async () => {
      const page = await signIn('anna');
      expect(new URL(page.url()).pathname).toBe('/app/customers');
      await page.fill('#customer-search', 'väs');
      await page.waitForSelector(`#customer-results a[href="/app/customers/${VERKSTAD}"]`);
      await axe(page, 'advisor: customers');
      await shoot(page, 'advisor-customers');
      await page.click(`#customer-results a[href="/app/customers/${VERKSTAD}"]`);
      await page.waitForSelector('[data-testid="target-group"]');
      expect(await page.textContent('h1')).toBe('Västerås Verkstad AB');
      expect(await page.textContent('[data-testid="target-group"]')).toBe('ideal');
      expect(await page.textContent('#consent-wording')).toContain('frivilligt');
      expect(await page.$$('[data-testid="timeline"] li[data-kind="session"]')).toHaveLength(0);

      // A refusal shows the server's reason beside the field, and records nothing.
      await page.fill('#log-session input[name="durationMinutes"]', '0');
      await page.click('#log-session button[type="submit"]');
      await page.waitForSelector('#log-session [data-field-error="durationMinutes"]');
      expect(await page.textContent('#log-session [data-field-error="durationMinutes"]')).toContain('durationMinutes');
      expect(await page.getAttribute('#log-session input[name="durationMinutes"]', 'aria-invalid')).toBe('true');
      await page.fill('#log-session input[name="durationMinutes"]', '75');
      await page.selectOption('#log-session select[name="sustainabilityDiscussed"]', 'yes');
      await page.dblclick('#log-session button[type="submit"]');
      await page.waitForSelector('[data-testid="timeline"] li[data-kind="session"]');
      await page.waitForTimeout(500);
      await page.reload();
      await page.waitForSelector('[data-testid="timeline"] li[data-kind="session"]');
      const sessions = await page.$$eval('[data-testid="timeline"] li[data-kind="session"]', (items) => items.map((i) => i.textContent));
      expect(sessions).toHaveLength(1);
      expect(sessions[0]).toContain('75');
      await axe(page, 'advisor: customer page');
      await shoot(page, 'advisor-customer');

      // Register a customer: the organisationsnummer is checked as it is typed.
      await page.click('a[href="/app/customers"]');
      await page.click('a[href="/app/customers/new"]');
      await page.fill('input[name="customerId"]', '556036-0794');
      expect(await page.getAttribute('[data-orgnr]', 'data-orgnr')).toBe('invalid');
      await page.fill('input[name="customerId"]', '556703-7485');
      expect(await page.getAttribute('[data-orgnr]', 'data-orgnr')).toBe('valid');
      await axe(page, 'advisor: register customer');
    },
    SLOW,
  );

  it(
    'advisor: my week shows entries per day with totals and the customer-time share',
    async () => {
      const page = await signIn('anna');
      await page.click('a[href="/app/week"]');
      await page.waitForSelector('#record-time');
      await page.fill('#record-time input[name="date"]', TODAY);
      await page.fill('#record-time input[name="hours"]', '6');
      await page.selectOption('#record-time select[name="kind"]', 'customer');
      await page.fill('#record-time input[name="customerId"]', VERKSTAD);
      await page.click('#record-time button[type="submit"]');
      await page.waitForFunction((date) => document.querySelector(`[data-testid="total-${date}"]`)?.textContent?.includes('6'), TODAY, { timeout: 15_000 });
      await page.fill('#record-time input[name="hours"]', '2');
      await page.selectOption('#record-time select[name="kind"]', 'internal');
      await page.fill('#record-time input[name="customerId"]', '');
      await page.click('#record-time button[type="submit"]');
      await page.waitForFunction((date) => document.querySelector(`[data-testid="total-${date}"]`)?.textContent?.includes('8'), TODAY, { timeout: 15_000 });
      await page.waitForFunction(() => document.querySelector('[data-testid="customer-share"]')?.textContent?.includes('75.0 %'), undefined, { timeout: 15_000 });
      await axe(page, 'advisor: my week');
      await shoot(page, 'advisor-week');
    },
    SLOW,
  );

  it(
    'credit officers: A registers and decides, B finds it awaiting approval and approves, and the controllers’ figures count it',
    async () => {
      const olle = await signIn('olle');
      expect(new URL(olle.url()).pathname).toBe('/app/loans');
      await olle.click('a[href="/app/loans/new"]');
      await olle.fill('#register-loan input[name="customerId"]', VERKSTAD);
      await olle.selectOption('#register-loan select[name="product"]', 'mikrolan');
      // Beyond the product's limit: the server's refusal stands beside the amount.
      await olle.fill('#register-loan input[name="amount"]', '900000');
      await olle.fill('#register-loan input[name="purpose"]', 'Maskininköp');
      await olle.click('#register-loan button[type="submit"]');
      await olle.waitForSelector('#register-loan .error');
      await olle.fill('#register-loan input[name="amount"]', '150000');
      await olle.click('#register-loan button[type="submit"]');
      await olle.waitForSelector('[data-testid="loan-status"][data-status="applied"]');
      const loanId = new URL(olle.url()).pathname.split('/').pop()!;
      await olle.fill('#decide input[name="amount"]', '150000');
      await olle.click('#decide button[type="submit"]');
      await olle.waitForSelector('[data-testid="loan-status"][data-status="granted"]');
      // The officer who decided sees why there is no approve button.
      expect(await olle.$('#approve')).toBeNull();
      expect(await olle.textContent('[data-testid="own-decision"]')).toContain('fyraögonsprincipen');
      await axe(olle, 'officer: loan page');
      await olle.click('a[href="/app/loans"]');
      await olle.waitForSelector('[data-testid="awaiting-my-approval"]');
      expect(await olle.$(`[data-testid="awaiting-my-approval"] tr[data-loan="${loanId}"]`)).toBeNull();

      const petra = await signIn('petra');
      await petra.waitForSelector(`[data-testid="awaiting-my-approval"] tr[data-loan="${loanId}"]`);
      await axe(petra, 'officer: loans');
      // At 1280 px every worklist stays inside its card (a wide table scrolls within it) and the page does not scroll sideways.
      const spills = await petra.$$eval(
        '.card .scroll',
        (boxes) => boxes.filter((box) => box.getBoundingClientRect().right > box.closest('.card')!.getBoundingClientRect().right + 0.5).length,
      );
      expect(spills).toBe(0);
      expect(await petra.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await shoot(petra, 'officer-loans');
      await petra.click(`[data-testid="awaiting-my-approval"] tr[data-loan="${loanId}"] a`);
      await petra.waitForSelector('#approve');
      await petra.dblclick('#approve button[type="submit"]');
      await petra.waitForSelector('[data-testid="loan-status"][data-status="approved"]');
      await petra.fill('#disburse input[name="amount"]', '100000');
      await petra.click('#disburse button[type="submit"]');
      await petra.waitForSelector('[data-money="disbursed"]:has-text("100")');
      await shoot(petra, 'officer-loan');
      await axe(petra, 'officer: approved loan');

      // The approved loan counts in the controllers' figures (through the api and on the controller's screen).
      const carl = await t.token('carl', 'controller');
      const figures = await t.request('GET', `/figures/loan-volume?year=${YEAR}&quarter=${QUARTER}&waitMs=10000`, { token: carl });
      expect(figures.body.totals).toMatchObject({ loansGranted: 1, grantedVolumeOre: 15_000_000 });
      const controller = await signIn('carl');
      await controller.waitForSelector('[data-figure="loansGranted"]');
      expect(await controller.textContent('[data-figure="loansGranted"]')).toBe('1');
      await controller.click('[data-figure="loansGranted"]');
      await controller.waitForSelector(`[data-testid="drill-down"] a[href="/app/audit?stream=loan-${loanId}"]`);
      await controller.click(`[data-testid="drill-down"] a[href="/app/audit?stream=loan-${loanId}"]`);
      await controller.waitForSelector('[data-testid="audit-events"] li');
      const events = await controller.$$eval('[data-testid="audit-events"] li strong', (items) => items.map((i) => i.textContent));
      expect(events).toEqual(expect.arrayContaining(['LoanApplicationRegistered', 'LoanApproved']));
      await axe(controller, 'controller: audit');
    },
    SLOW,
  );

  it(
    'controller: sets a target in the form and sees it listed; the dashboard signs in with the same session',
    async () => {
      const page = await signIn('carl');
      expect(new URL(page.url()).pathname).toBe('/app/dashboard');
      await page.frameLocator('iframe.dashboard').locator('body[data-state="ready"]').waitFor({ timeout: 20_000 });
      await axe(page, 'controller: dashboard');
      await shoot(page, 'controller-dashboard');
      await page.click('a[href="/app/targets"]');
      await page.selectOption('#set-target select[name="metric"]', 'loans_granted');
      await page.selectOption('#set-target select[name="quarter"]', String(QUARTER));
      await page.fill('#set-target input[name="value"]', '12');
      await page.dblclick('#set-target button[type="submit"]');
      await page.waitForSelector('[data-testid="targets"] td:has-text("loans_granted")');
      const rows = await page.$$eval('[data-testid="targets"] tbody tr', (trs) => trs.map((tr) => Array.from(tr.children, (td) => td.textContent)));
      expect(rows).toEqual([['loans_granted', String(QUARTER), '–', '12']]);
      await axe(page, 'controller: targets');
      await page.click('a[href="/app/reports"]');
      await page.waitForSelector('#issue-report button');
      await page.waitForSelector('[data-testid="issued-reports"]', { state: 'attached' });
      await axe(page, 'controller: reports');
    },
    SLOW,
  );

  it(
    'admin: grants a certification and sets a password that then signs the person in',
    async () => {
      const page = await signIn('ada');
      expect(new URL(page.url()).pathname).toBe('/app/admin/employees');
      await page.waitForSelector('tr[data-employee="carl"]');
      await axe(page, 'admin: employees');
      await shoot(page, 'admin-employees');
      await page.click('tr[data-employee="carl"] button');
      await page.fill('form[data-form="password"] input[name="password"]', 'short');
      await page.click('form[data-form="password"] button[type="submit"]');
      await page.waitForSelector('form[data-form="password"] .error');
      await page.fill('form[data-form="password"] input[name="password"]', 'a brand new passphrase');
      await page.click('form[data-form="password"] button[type="submit"]');
      await page.waitForSelector('form[data-form="password"] .ok:has-text("Sparat")');
      await page.fill('form[data-form="certify"] input[name="validFrom"]', '2024-01-01');
      await page.fill('form[data-form="certify"] input[name="validTo"]', new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10));
      await page.click('form[data-form="certify"] button[type="submit"]');
      await page.waitForSelector('[data-testid="certifications-carl"]:has-text("2024-01-01")');
      await page.waitForSelector('[data-testid="expiring"] li:has-text("carl"), [data-testid="expiring"] li:has-text("Carl")');
      await axe(page, 'admin: employees with a form open');
      const carl = await signIn('carl', 'a brand new passphrase');
      expect(await carl.textContent('.who')).toContain('Carl Controller');
      await page.click('a[href="/app/admin/projections"]');
      await page.waitForSelector('[data-testid="projections"] tbody tr');
      await axe(page, 'admin: projections');
    },
    SLOW,
  );

  it(
    'reads well on a tablet, and in English',
    async () => {
      const page = await signIn('anna', PASSWORD, 800);
      await page.click('button:has-text("English")');
      await page.waitForSelector('a[href="/app/customers"]:has-text("Customers")');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await page.goto(`${t.baseUrl}/app/customers/${VERKSTAD}`);
      await page.waitForSelector('[data-testid="target-group"]');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await axe(page, 'advisor: customer page, tablet, English');
    },
    SLOW,
  );

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    await t?.close();
    // Keep the README's screenshots current when they were all made.
    if (process.env.UPDATE_SCREENSHOTS) {
      await mkdir(join(ROOT, 'docs', 'screenshots'), { recursive: true });
      for (const name of ['sign-in', 'advisor-customer', 'advisor-week', 'officer-loans', 'officer-loan', 'controller-dashboard', 'admin-employees']) {
        if (existsSync(join(SHOTS, `${name}.png`))) await copyFile(join(SHOTS, `${name}.png`), join(ROOT, 'docs', 'screenshots', `${name}.png`));
      }
    }
  }, 60_000);

  it('raised no error in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
