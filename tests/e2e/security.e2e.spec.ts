import { startTestApp, type TestApp } from '../support/app.js';

/** Rate limits per user and per address (429 with Retry-After), and the security headers on every answer. */
describe('rate limits and security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Small limits so the test reaches them; the service's defaults are far higher (600 and 3000 a minute).
    t = await startTestApp('security', { rateLimits: { perUser: 5, perAddress: 12, windowMs: 60_000 } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends the security headers: a same-origin Content-Security-Policy and no X-Powered-By', async () => {
    const health = await t.request('GET', '/dashboard');
    expect(health.status).toBe(200);
    const csp = health.headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src'][0]).toBe("'self'");
    expect(directives['style-src'].slice(1).every((source: string) => source.startsWith("'sha256-"))).toBe(true);
    expect(directives['frame-ancestors']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(csp).not.toContain('unsafe-inline');
    expect(health.headers.get('x-powered-by')).toBeNull();
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('limits one user: the sixth request in the minute answers 429 with Retry-After, while another user goes on', async () => {
    const anna = await t.token('anna-rate', 'controller');
    const statuses: number[] = [];
    let limited: { status: number; body: any; headers: Headers } | undefined;
    for (let n = 0; n < 6; n++) {
      const response = await t.request('GET', '/projections', { token: anna });
      statuses.push(response.status);
      limited = response;
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(limited!.body.code).toBe('rate-limited');
    const retryAfter = Number(limited!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const bo = await t.token('bo-rate', 'controller');
    expect((await t.request('GET', '/projections', { token: bo })).status).toBe(200);
  });

  it('limits one address, signed in or not: beyond 12 requests a minute everything answers 429', async () => {
    // 8 requests so far from this address; unauthenticated ones count too (the address limit runs before sign-in).
    const statuses: number[] = [];
    for (let n = 0; n < 5; n++) statuses.push((await t.request('GET', '/projections')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const carl = await t.token('carl-rate', 'controller');
    const response = await t.request('GET', '/projections', { token: carl });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
