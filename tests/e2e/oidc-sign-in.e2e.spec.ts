import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import Provider from 'oidc-provider';
import { issueToken } from '#libs/platform';
import { createApp } from '../../apps/api/src/create-app.js';
import { DEFAULT_SIGN_IN, type SignInConfig } from '../../apps/api/src/auth/sign-in.config.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const SECRET = 'oidc-e2e-secret';
const CLIENT_ID = 'almi-web';
const CLIENT_SECRET = 'almi-web-client-secret';

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** A browser's cookie jar, enough for two hosts on 127.0.0.1 (cookies are per host, not per port, so keep them per origin). */
class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  cookies(origin: string): Map<string, string> {
    if (!this.jars.has(origin)) this.jars.set(origin, new Map());
    return this.jars.get(origin)!;
  }

  cookieHeader(url: URL): string {
    return [...this.cookies(url.origin)].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** One request, no automatic redirects; keeps the Set-Cookie answers (an expired cookie is removed). */
  async request(url: string | URL, init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<Response> {
    const target = new URL(url);
    const headers: Record<string, string> = { ...(init.headers ?? {}) };
    const cookie = this.cookieHeader(target);
    if (cookie) headers.cookie = cookie;
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(target, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || attributes.some((a) => /^\s*max-age=0\b/i.test(a));
      if (expired || value === '') this.cookies(target.origin).delete(name);
      else this.cookies(target.origin).set(name, value);
    }
    return response;
  }

  /** Follows redirects (as a browser does) until a page answers; returns the last response and where it came from. */
  async follow(url: string | URL, init: Parameters<Browser['request']>[1] = {}, hops: URL[] = []): Promise<{ response: Response; url: URL; hops: URL[] }> {
    let current = new URL(url);
    let response = await this.request(current, init);
    hops.push(current);
    for (let i = 0; i < 20 && response.status >= 300 && response.status < 400; i++) {
      current = new URL(response.headers.get('location')!, current);
      hops.push(current);
      response = await this.request(current);
    }
    return { response, url: current, hops };
  }
}

const formAction = (html: string, base: URL): URL => {
  const match = /<form[^>]*action="([^"]+)"/.exec(html);
  if (!match) throw new Error(`No form on the page: ${html.slice(0, 300)}`);
  return new URL(match[1].replace(/&amp;/g, '&'), base);
};

/**
 * OpenID Connect sign-in end to end against a real, certified OpenID provider (oidc-provider) started
 * here on a loopback port, with its development login and consent pages: the api redirects there
 * (code + PKCE, state, nonce), the person signs in and consents, the provider sends them back with a
 * code, and the api sets its session cookie; the groups claim maps to roles.
 */
describe('OIDC sign-in against a real OpenID provider', () => {
  let providerServer: Server;
  let issuer: string;
  let db: TestDatabase;
  let app: INestApplication;
  let api: string;
  let signIn: SignInConfig;

  beforeAll(async () => {
    const providerPort = await freePort();
    const apiPort = await freePort();
    issuer = `http://127.0.0.1:${providerPort}`;
    api = `http://127.0.0.1:${apiPort}`;
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          redirect_uris: [`${api}/auth/oidc/callback`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_post',
        },
        // A script or another service: client credentials, JWT access tokens signed by the provider.
        { client_id: 'almi-script', client_secret: 'almi-script-secret', redirect_uris: [], grant_types: ['client_credentials'], response_types: [] },
      ],
      extraTokenClaims: async () => ({ groups: ['AlmiControl'] }),
      claims: { openid: ['sub'], profile: ['name', 'preferred_username'], groups: ['groups'] },
      scopes: ['openid', 'profile', 'groups'],
      async findAccount(_ctx: unknown, sub: string) {
        const groups = sub === 'olle.oidc' ? ['AlmiCredit', 'AlmiControl', 'Everyone'] : ['Everyone'];
        return { accountId: sub, claims: async () => ({ sub, name: `OIDC ${sub}`, preferred_username: sub, groups }) };
      },
      features: {
        devInteractions: { enabled: true },
        clientCredentials: { enabled: true },
        resourceIndicators: {
          enabled: true,
          defaultResource: async () => 'urn:almi:api',
          getResourceServerInfo: async () => ({ scope: 'api', audience: 'urn:almi:api', accessTokenFormat: 'jwt' }),
        },
      },
      pkce: { required: () => true },
      cookies: { keys: ['a-cookie-signing-key-for-the-test-provider'] },
    });
    const handle = provider.callback();
    providerServer = createHttpServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => providerServer.listen(providerPort, '127.0.0.1', resolve));

    signIn = {
      ...DEFAULT_SIGN_IN,
      mode: 'oidc',
      oidc: {
        issuerUrl: issuer,
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        redirectUrl: `${api}/auth/oidc/callback`,
        rolesClaim: 'groups',
        roleMap: { AlmiCredit: 'credit_officer', AlmiControl: 'controller' },
        scopes: ['groups'],
        allowHttp: true,
      },
    };
    db = await createTestDatabase('oidc');
    app = await createApp(
      {
        databaseUrl: db.url,
        auth: { secret: SECRET, oidcIssuer: issuer, rolesClaim: 'groups', roleMap: signIn.oidc!.roleMap },
        signIn,
      },
      { logger: false },
    );
    await app.listen(apiPort, '127.0.0.1');
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await new Promise((resolve) => providerServer?.close(resolve));
  });

  /** Signs in through the provider's pages; answers the browser, signed in at the api, and the redirect chain. */
  const signInThroughProvider = async (login: string, returnTo = '/loans?status=decided') => {
    const browser = new Browser();
    const start = await browser.request(`${api}/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`);
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.origin).toBe(issuer);
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${api}/auth/oidc/callback`);

    // The provider's login page.
    const loginPage = await browser.follow(authorize);
    expect(loginPage.response.status).toBe(200);
    const loginHtml = await loginPage.response.text();
    expect(loginHtml).toContain('name="password"');
    // ... then its consent page.
    const consentPage = await browser.follow(formAction(loginHtml, loginPage.url), { form: { prompt: 'login', login, password: 'any' } });
    const consentHtml = await consentPage.response.text();
    expect(consentHtml).toContain('value="consent"');
    // Consent: the provider redirects to the api's callback, which signs in and redirects to returnTo.
    const done = await browser.follow(formAction(consentHtml, consentPage.url), { form: { prompt: 'consent' } });
    return { browser, done };
  };

  it('tells the app to offer the identity provider', async () => {
    const response = await fetch(`${api}/auth/config`);
    expect(await response.json()).toMatchObject({ mode: 'oidc' });
  }, 30_000);

  it('signs in through the provider, maps the groups to roles, and opens protected routes with the cookie', async () => {
    const { browser, done } = await signInThroughProvider('olle.oidc');
    const callback = done.hops.find((u) => u.pathname === '/auth/oidc/callback');
    expect(callback?.origin).toBe(api);
    expect(callback?.searchParams.get('code')).toBeTruthy();
    expect(done.url.href).toBe(`${api}/loans?status=decided`);

    const session = browser.cookies(api).get('almi_session');
    expect(session).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const me = await browser.request(`${api}/auth/me`);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ userId: 'olle.oidc', roles: ['credit_officer', 'controller'], method: 'oidc' });

    const protectedRoute = await browser.request(`${api}/projections`);
    expect(protectedRoute.status).toBe(200);
    const adminOnly = await browser.request(`${api}/employees`, { method: 'POST', headers: { 'x-requested-with': 'fetch', 'content-type': 'application/json' } });
    expect(adminOnly.status).toBe(403);

    const out = await browser.request(`${api}/auth/logout`, { method: 'POST', headers: { 'x-requested-with': 'fetch' } });
    expect(out.status).toBe(204);
    const replay = await fetch(`${api}/projections`, { headers: { cookie: `almi_session=${session}` } });
    expect(replay.status).toBe(401);
  }, 30_000);

  it('signs in a person without any mapped group with no roles: protected routes answer 403', async () => {
    const { browser } = await signInThroughProvider('nils.nogroups', '/');
    const me = await browser.request(`${api}/auth/me`);
    expect(await me.json()).toMatchObject({ userId: 'nils.nogroups', roles: [], method: 'oidc' });
    expect((await browser.request(`${api}/projections`)).status).toBe(403);
  }, 30_000);

  it('never redirects to another site after sign-in', async () => {
    const { done } = await signInThroughProvider('olle.oidc', 'https://evil.example/phish');
    expect(done.url.href).toBe(`${api}/`);
  }, 30_000);

  it('refuses a callback that this browser did not start (login CSRF)', async () => {
    const attacker = new Browser();
    const start = await attacker.request(`${api}/auth/oidc/login`);
    const state = new URL(start.headers.get('location')!).searchParams.get('state');
    const victim = new Browser();
    const response = await victim.request(`${api}/auth/oidc/callback?code=stolen&state=${state}`);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/?signInError=expired');
    expect(victim.cookies(api).has('almi_session')).toBe(false);
  }, 30_000);

  it('keeps accepting bearer tokens: the HS256 script tokens, and refuses a token the issuer did not sign', async () => {
    const script = await issueToken(SECRET, { userId: 'script', roles: ['controller'] });
    expect((await fetch(`${api}/projections`, { headers: { authorization: `Bearer ${script}` } })).status).toBe(200);
    const forged = await issueToken('another-secret', { userId: 'script', roles: ['controller'] });
    expect((await fetch(`${api}/projections`, { headers: { authorization: `Bearer ${forged}` } })).status).toBe(401);
  }, 30_000);

  it("accepts the provider's own access tokens, verified with its published keys, with the groups mapped to roles", async () => {
    const grant = await fetch(`${issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'almi-script', client_secret: 'almi-script-secret', scope: 'api' }),
    });
    expect(grant.status).toBe(200);
    const { access_token: token } = (await grant.json()) as { access_token: string };
    expect(token.split('.')).toHaveLength(3);
    expect((await fetch(`${api}/projections`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    // The groups claim gives controller, not admin.
    const adminOnly = await fetch(`${api}/employees`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'x', name: 'X', region: 'orebro', roles: [] }),
    });
    expect(adminOnly.status).toBe(403);
    const tampered = `${token.slice(0, -4)}AAAA`;
    expect((await fetch(`${api}/projections`, { headers: { authorization: `Bearer ${tampered}` } })).status).toBe(401);
  }, 30_000);
});

describe('OIDC sign-in while the provider cannot be reached', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let api: string;

  beforeAll(async () => {
    const deadPort = await freePort(); // nothing listens there
    db = await createTestDatabase('oidcdown');
    app = await createApp(
      {
        databaseUrl: db.url,
        auth: { secret: SECRET, oidcIssuer: `http://127.0.0.1:${deadPort}` },
        signIn: {
          ...DEFAULT_SIGN_IN,
          mode: 'oidc',
          oidc: {
            issuerUrl: `http://127.0.0.1:${deadPort}`,
            clientId: CLIENT_ID,
            redirectUrl: 'http://127.0.0.1/auth/oidc/callback',
            rolesClaim: 'roles',
            roleMap: {},
            allowHttp: true,
          },
        },
      },
      { logger: false },
    );
    await app.listen(0, '127.0.0.1');
    api = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('starts anyway, and sends the browser back with signInError=unavailable instead of failing', async () => {
    const response = await fetch(`${api}/auth/oidc/login`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/?signInError=unavailable');
    const script = await issueToken(SECRET, { userId: 'script', roles: ['controller'] });
    expect((await fetch(`${api}/projections`, { headers: { authorization: `Bearer ${script}` } })).status).toBe(200);
  }, 30_000);

  it("answers 401, not 500, to a token signed by the unreachable issuer's keys", async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: 'x', roles: ['admin'] })).toString('base64url');
    const response = await fetch(`${api}/projections`, { headers: { authorization: `Bearer ${header}.${payload}.c2lnbmF0dXJl` } });
    expect(response.status).toBe(401);
  }, 30_000);
});
