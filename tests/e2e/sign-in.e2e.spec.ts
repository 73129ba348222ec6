import { createHash } from 'node:crypto';
import pg from 'pg';
import { startTestApp, type TestApp } from '../support/app.js';

/**
 * Local sign-in over HTTP: an admin sets passwords, people sign in with them and get an httpOnly
 * session cookie that works on the same routes as a bearer token; sessions expire and sign-out ends
 * them on the server; writes made with the cookie need the CSRF header.
 */
describe('local sign-in over HTTP', () => {
  let t: TestApp;
  let db: pg.Pool;
  let admin: string;
  const PASSWORD = 'demo-almi-2026';

  beforeAll(async () => {
    t = await startTestApp('signin');
    db = new pg.Pool({ connectionString: t.db.url, max: 2 });
    admin = await t.token('admin-ada', 'admin');
    for (const [userId, roles] of [
      ['cilla.ctrl', ['controller']],
      ['adam.adv', ['advisor']],
      ['alva.admin', ['admin']],
      ['rate.limited', ['advisor']],
    ] as const) {
      const registered = await t.request('POST', '/employees', { token: admin, body: { userId, name: `Name of ${userId}`, region: 'orebro', roles } });
      expect(registered.status).toBe(200);
      const set = await t.request('PUT', `/employees/${userId}/password`, { token: admin, body: { password: PASSWORD } });
      expect(set.status).toBe(200);
    }
  }, 120_000);
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  /** Signs in; answers the session cookie as a request would send it (`almi_session=...`). */
  const login = async (userId: string, password = PASSWORD): Promise<{ status: number; cookie?: string; setCookie: string | null; body: any }> => {
    const response = await t.request('POST', '/auth/login', { body: { userId, password } });
    const setCookie = response.headers.get('set-cookie');
    return { status: response.status, setCookie, cookie: setCookie?.split(';')[0], body: response.body };
  };
  const withCookie = (cookie: string, extra: Record<string, string> = {}) => ({ cookie, ...extra });

  it('tells the app that this installation signs in with local passwords', async () => {
    const response = await t.request('GET', '/auth/config');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ mode: 'local', passwordMinLength: 12 });
  }, 30_000);

  it('records that a password was set, by whom, without the password or its hash in the event store', async () => {
    const controller = await t.token('ctrl-carl', 'controller');
    const audit = await t.request('GET', '/audit/streams/credentials-cilla.ctrl', { token: controller });
    expect(audit.status).toBe(200);
    expect(audit.body.events).toHaveLength(1);
    expect(audit.body.events[0]).toMatchObject({ type: 'PasswordSet', recordedBy: 'admin-ada', data: { userId: 'cilla.ctrl', setBy: 'admin-ada', ownPassword: false } });
    const stored = await db.query<{ data: string }>('SELECT data::text || metadata::text AS data FROM es_events');
    expect(stored.rowCount).toBeGreaterThan(0);
    for (const row of stored.rows) expect(row.data).not.toMatch(/argon2|demo-almi/);
    const hash = await db.query<{ password_hash: string }>('SELECT password_hash FROM auth_credentials WHERE user_id = $1', ['cilla.ctrl']);
    expect(hash.rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  }, 30_000);

  it('refuses a wrong password and an unknown user with the same 401', async () => {
    const wrong = await login('cilla.ctrl', 'not-the-password');
    const unknown = await login('nobody.here', PASSWORD);
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.setCookie).toBeNull();
    expect(wrong.body.detail).toBe(unknown.body.detail);
  }, 30_000);

  it('refuses a login without the fields, naming them', async () => {
    const response = await t.request('POST', '/auth/login', { body: { userId: 'cilla.ctrl' } });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.errors)).toContain('password');
  }, 30_000);

  it('signs in with an httpOnly, SameSite=Strict cookie that opens the protected routes, and keeps only a hash of it', async () => {
    const signedIn = await login('cilla.ctrl');
    expect(signedIn.status).toBe(204);
    expect(signedIn.setCookie).toMatch(/^almi_session=[A-Za-z0-9_-]{43};/);
    expect(signedIn.setCookie).toMatch(/HttpOnly/i);
    expect(signedIn.setCookie).toMatch(/SameSite=Strict/i);
    expect(signedIn.setCookie).toMatch(/Path=\//);
    expect(signedIn.setCookie).not.toMatch(/Secure/i); // plain http here; Secure over https

    const me = await t.request('GET', '/auth/me', { headers: withCookie(signedIn.cookie!) });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ userId: 'cilla.ctrl', roles: ['controller'], name: 'Name of cilla.ctrl', region: 'orebro', method: 'local' });
    expect(Date.parse(me.body.expiresAt)).toBeGreaterThan(Date.now() + 25 * 60_000);
    expect(Date.parse(me.body.expiresAt)).toBeLessThanOrEqual(Date.now() + 31 * 60_000);

    const protectedRoute = await t.request('GET', '/audit/streams/employee-cilla.ctrl', { headers: withCookie(signedIn.cookie!) });
    expect(protectedRoute.status).toBe(200);
    const noCookie = await t.request('GET', '/audit/streams/employee-cilla.ctrl');
    expect(noCookie.status).toBe(401);

    const id = signedIn.cookie!.split('=')[1];
    const rows = await db.query<{ id_hash: Buffer }>('SELECT id_hash FROM auth_sessions WHERE user_id = $1', ['cilla.ctrl']);
    expect(rows.rows.map((r) => r.id_hash.toString('hex'))).toContain(createHash('sha256').update(id).digest('hex'));
    const plain = await db.query('SELECT 1 FROM auth_sessions WHERE encode(id_hash, $2) = $1', [id, 'escape']);
    expect(plain.rowCount).toBe(0);
  }, 30_000);

  it('applies the roles the employee holds now, and the role check, to a cookie session', async () => {
    const signedIn = await login('adam.adv');
    const forbidden = await t.request('GET', '/audit/streams/employee-adam.adv', { headers: withCookie(signedIn.cookie!) });
    expect(forbidden.status).toBe(403);
    const changed = await t.request('PUT', '/employees/adam.adv/roles', { token: admin, body: { roles: ['advisor', 'controller'] } });
    expect(changed.status).toBe(200);
    const allowed = await t.request('GET', '/audit/streams/employee-adam.adv', { headers: withCookie(signedIn.cookie!) });
    expect(allowed.status).toBe(200);
    const me = await t.request('GET', '/auth/me', { headers: withCookie(signedIn.cookie!) });
    expect(me.body.roles).toEqual(['advisor', 'controller']);
  }, 30_000);

  describe('CSRF: writes made with the cookie', () => {
    it('refuses a write without X-Requested-With and records nothing', async () => {
      const { cookie } = await login('alva.admin');
      const response = await t.request('POST', '/employees', {
        headers: withCookie(cookie!),
        body: { userId: 'csrf.victim', name: 'Forged Entry', region: 'orebro', roles: ['admin'] },
      });
      expect(response.status).toBe(403);
      expect(response.body.detail).toMatch(/X-Requested-With/);
      const audit = await t.request('GET', '/audit/streams/employee-csrf.victim', { token: await t.token('c', 'controller') });
      expect(audit.status).toBe(404);
    }, 30_000);

    it('refuses a write from another origin even with the header', async () => {
      const { cookie } = await login('alva.admin');
      const response = await t.request('POST', '/employees', {
        headers: withCookie(cookie!, { 'x-requested-with': 'fetch', origin: 'https://evil.example' }),
        body: { userId: 'csrf.victim2', name: 'Forged Entry', region: 'orebro', roles: ['admin'] },
      });
      expect(response.status).toBe(403);
    }, 30_000);

    it('accepts a write with the header from this origin', async () => {
      const { cookie } = await login('alva.admin');
      const response = await t.request('POST', '/employees', {
        headers: withCookie(cookie!, { 'x-requested-with': 'fetch', origin: t.baseUrl }),
        body: { userId: 'made.by.cookie', name: 'Cookie Made', region: 'vastmanland', roles: ['advisor'] },
      });
      expect(response.status).toBe(200);
      const audit = await t.request('GET', '/audit/streams/employee-made.by.cookie', { token: await t.token('c', 'controller') });
      expect(audit.body.events[0].recordedBy).toBe('alva.admin');
    }, 30_000);

    it('needs no header for a bearer token (not sent by the browser on its own)', async () => {
      const response = await t.request('PUT', '/employees/made.by.cookie/roles', { token: admin, body: { roles: ['advisor', 'controller'] } });
      expect(response.status).toBe(200);
    }, 30_000);
  });

  describe('passwords', () => {
    it('refuses a non-admin setting another person’s password and records nothing', async () => {
      const advisor = await t.token('adam.adv', 'advisor');
      const response = await t.request('PUT', '/employees/cilla.ctrl/password', { token: advisor, body: { password: 'an-attackers-password' } });
      expect(response.status).toBe(403);
      const audit = await t.request('GET', '/audit/streams/credentials-cilla.ctrl', { token: await t.token('c', 'controller') });
      expect(audit.body.events).toHaveLength(1);
      expect((await login('cilla.ctrl', 'an-attackers-password')).status).toBe(401);
    }, 30_000);

    it('refuses a password below the minimum length, naming the field', async () => {
      const response = await t.request('PUT', '/employees/cilla.ctrl/password', { token: admin, body: { password: 'short' } });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'password' })]);
    }, 30_000);

    it('refuses a password for someone who is not an employee', async () => {
      const response = await t.request('PUT', '/employees/not.registered/password', { token: admin, body: { password: PASSWORD } });
      expect(response.status).toBe(404);
    }, 30_000);

    it('keeps no hash of the password for an Idempotency-Key, and a retry records nothing new', async () => {
      const body = { password: 'retried-passphrase-1' };
      const headers = { 'idempotency-key': 'set-password-cilla-1' };
      const first = await t.request('PUT', '/employees/cilla.ctrl/password', { token: admin, body, headers });
      const retry = await t.request('PUT', '/employees/cilla.ctrl/password', { token: admin, body, headers });
      expect(first.status).toBe(200);
      expect(retry.body).toEqual(first.body);
      const audit = await t.request('GET', '/audit/streams/credentials-cilla.ctrl', { token: await t.token('c', 'controller') });
      expect(audit.body.events).toHaveLength(2);
      const stored = await db.query<{ request_hash: string }>('SELECT request_hash FROM http_idempotency_keys WHERE key = $1', ['set-password-cilla-1']);
      const withPassword = createHash('sha256')
        .update(`PUT /employees/cilla.ctrl/password\n${JSON.stringify(body)}`)
        .digest('hex');
      expect(stored.rows[0].request_hash).not.toBe(withPassword);
      expect((await login('cilla.ctrl', 'retried-passphrase-1')).status).toBe(204);
      // Back to the password the other tests use.
      expect((await t.request('PUT', '/employees/cilla.ctrl/password', { token: admin, body: { password: PASSWORD } })).status).toBe(200);
    }, 30_000);

    it('lets a person change their own password with the cookie, ending their other sessions', async () => {
      const first = await login('adam.adv');
      const second = await login('adam.adv');
      const changed = await t.request('PUT', '/employees/adam.adv/password', {
        headers: withCookie(second.cookie!, { 'x-requested-with': 'fetch' }),
        body: { password: 'my-own-new-passphrase' },
      });
      expect(changed.status).toBe(200);
      expect(changed.body.events).toEqual(['PasswordSet']);
      expect((await t.request('GET', '/auth/me', { headers: withCookie(first.cookie!) })).status).toBe(401);
      expect((await t.request('GET', '/auth/me', { headers: withCookie(second.cookie!) })).status).toBe(200);
      expect((await login('adam.adv')).status).toBe(401);
      expect((await login('adam.adv', 'my-own-new-passphrase')).status).toBe(204);
    }, 30_000);
  });

  describe('sign-out and expiry', () => {
    it('signs out: the cookie is cleared and the session no longer works, even replayed', async () => {
      const { cookie } = await login('cilla.ctrl');
      const refused = await t.request('POST', '/auth/logout', { headers: withCookie(cookie!) });
      expect(refused.status).toBe(403);
      const out = await t.request('POST', '/auth/logout', { headers: withCookie(cookie!, { 'x-requested-with': 'fetch' }) });
      expect(out.status).toBe(204);
      expect(out.headers.get('set-cookie')).toMatch(/^almi_session=;.*Expires=Thu, 01 Jan 1970/);
      expect((await t.request('GET', '/auth/me', { headers: withCookie(cookie!) })).status).toBe(401);
      expect((await t.request('GET', '/audit/streams/employee-cilla.ctrl', { headers: withCookie(cookie!) })).status).toBe(401);
    }, 30_000);

    it('ends a session unused for longer than the idle timeout', async () => {
      const { cookie } = await login('cilla.ctrl');
      const id = cookie!.split('=')[1];
      expect((await t.request('GET', '/auth/me', { headers: withCookie(cookie!) })).status).toBe(200);
      await db.query(`UPDATE auth_sessions SET last_seen_at = now() - interval '31 minutes' WHERE id_hash = $1`, [createHash('sha256').update(id).digest()]);
      expect((await t.request('GET', '/auth/me', { headers: withCookie(cookie!) })).status).toBe(401);
      expect((await t.request('GET', '/audit/streams/employee-cilla.ctrl', { headers: withCookie(cookie!) })).status).toBe(401);
    }, 30_000);

    it('ends a busy session at the absolute timeout', async () => {
      const { cookie } = await login('cilla.ctrl');
      const id = cookie!.split('=')[1];
      await db.query(`UPDATE auth_sessions SET expires_at = now() - interval '1 second' WHERE id_hash = $1`, [createHash('sha256').update(id).digest()]);
      expect((await t.request('GET', '/auth/me', { headers: withCookie(cookie!) })).status).toBe(401);
    }, 30_000);

    it('keeps a session used within the idle timeout alive, and says when it ends', async () => {
      const { cookie } = await login('cilla.ctrl');
      const id = cookie!.split('=')[1];
      await db.query(`UPDATE auth_sessions SET last_seen_at = now() - interval '20 minutes' WHERE id_hash = $1`, [createHash('sha256').update(id).digest()]);
      const me = await t.request('GET', '/auth/me', { headers: withCookie(cookie!) });
      expect(me.status).toBe(200);
      // Used now: the idle clock starts again.
      expect(Date.parse(me.body.expiresAt)).toBeGreaterThan(Date.now() + 29 * 60_000);
    }, 30_000);
  });

  it('answers 429 with Retry-After after too many failed sign-ins for a user, even with the right password then', async () => {
    for (let i = 0; i < 10; i++) expect((await login('rate.limited', `wrong-${i}`)).status).toBe(401);
    const limited = await t.request('POST', '/auth/login', { body: { userId: 'rate.limited', password: PASSWORD } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  }, 30_000);
});
