import { csrfRefusal, readCookie, rolesFromClaims } from '#libs/platform';
import { parseRoleMap, signInConfigFromEnv } from '../auth-config.js';
import { safeReturnTo } from './session-cookie.js';

describe('sign-in configuration from the environment', () => {
  it('is local passwords with the documented defaults when no issuer is set', () => {
    expect(signInConfigFromEnv({})).toEqual({
      mode: 'local',
      session: { cookieName: 'almi_session', idleMinutes: 30, absoluteMinutes: 600, secureCookie: 'auto' },
      password: { minLength: 12 },
      maxFailedLogins: 10,
    });
  });

  it('is OIDC with an issuer and client id, the redirect URL from the public base URL', () => {
    const config = signInConfigFromEnv({
      OIDC_ISSUER_URL: 'https://kc.example.se/realms/almi',
      OIDC_CLIENT_ID: 'almi-ledger',
      PUBLIC_BASE_URL: 'https://almi.example.se/',
      OIDC_ROLES_CLAIM: 'groups',
      OIDC_ROLE_MAP: 'AlmiAdvisors=advisor, AlmiCredit=credit_officer',
      SESSION_IDLE_MINUTES: '15',
      SESSION_ABSOLUTE_HOURS: '8',
      SESSION_COOKIE_SECURE: 'true',
    });
    expect(config).toMatchObject({
      mode: 'oidc',
      session: { idleMinutes: 15, absoluteMinutes: 480, secureCookie: true },
      oidc: {
        issuerUrl: 'https://kc.example.se/realms/almi',
        clientId: 'almi-ledger',
        redirectUrl: 'https://almi.example.se/auth/oidc/callback',
        rolesClaim: 'groups',
        roleMap: { AlmiAdvisors: 'advisor', AlmiCredit: 'credit_officer' },
        allowHttp: false,
      },
    });
    expect(config.oidc).not.toHaveProperty('clientSecret');
  });

  it('makes the cookie Secure when the public address is https, unless told not to', () => {
    expect(signInConfigFromEnv({ PUBLIC_BASE_URL: 'https://almi.example.se' }).session.secureCookie).toBe(true);
    expect(signInConfigFromEnv({ PUBLIC_BASE_URL: 'http://localhost:3000' }).session.secureCookie).toBe('auto');
    expect(signInConfigFromEnv({ PUBLIC_BASE_URL: 'https://almi.example.se', SESSION_COOKIE_SECURE: 'false' }).session.secureCookie).toBe(false);
  });

  it.each([
    [{ OIDC_ISSUER_URL: 'https://idp' }, /OIDC_CLIENT_ID/],
    [{ OIDC_ISSUER_URL: 'https://idp', OIDC_CLIENT_ID: 'c' }, /OIDC_REDIRECT_URL or PUBLIC_BASE_URL/],
    [{ SESSION_IDLE_MINUTES: '0' }, /SESSION_IDLE_MINUTES/],
    [{ PASSWORD_MIN_LENGTH: 'twelve' }, /PASSWORD_MIN_LENGTH/],
  ])('refuses to start with %o', (env, message) => {
    expect(() => signInConfigFromEnv(env)).toThrow(message);
  });

  it('refuses a role map naming an unknown role', () => {
    expect(() => parseRoleMap('AlmiBoss=boss')).toThrow(/AlmiBoss=boss/);
    expect(() => parseRoleMap('=advisor')).toThrow();
  });
});

describe('roles from an identity provider’s claims', () => {
  it('takes role names from `roles`, in canonical order, ignoring unknown values', () => {
    expect(rolesFromClaims({ roles: ['admin', 'advisor', 'superuser'] })).toEqual(['advisor', 'admin']);
  });

  it('maps group names through the role map from the configured claim', () => {
    const mapping = { rolesClaim: 'groups', roleMap: { AlmiCredit: 'credit_officer', AlmiControl: 'controller' } as const };
    expect(rolesFromClaims({ groups: ['AlmiControl', 'AlmiCredit', 'Everyone'], roles: ['admin'] }, mapping)).toEqual(['credit_officer', 'controller']);
  });

  it('gives no roles when the claim is absent, and never reads inherited keys of the map', () => {
    expect(rolesFromClaims({ sub: 'x' })).toEqual([]);
    expect(rolesFromClaims({ roles: ['constructor', 'toString'] }, { roleMap: {} })).toEqual([]);
  });
});

describe('CSRF check for writes signed in by cookie', () => {
  const request = (method: string, headers: Record<string, string>) => ({ method, headers: { host: 'almi.example.se', ...headers } });

  it('lets reads through', () => {
    expect(csrfRefusal(request('GET', {}))).toBeNull();
  });

  it('refuses a write without X-Requested-With', () => {
    expect(csrfRefusal(request('POST', {}))).toMatch(/X-Requested-With/);
  });

  it('refuses a write from another origin, or an opaque one', () => {
    expect(csrfRefusal(request('PUT', { 'x-requested-with': 'fetch', origin: 'https://evil.example' }))).toMatch(/evil/);
    expect(csrfRefusal(request('DELETE', { 'x-requested-with': 'fetch', origin: 'null' }))).not.toBeNull();
  });

  it('accepts a write with the header from this site', () => {
    expect(csrfRefusal(request('POST', { 'x-requested-with': 'fetch', origin: 'https://almi.example.se' }))).toBeNull();
    expect(csrfRefusal(request('POST', { 'x-requested-with': 'fetch' }))).toBeNull();
  });
});

describe('cookies and return paths', () => {
  it('reads one cookie from a Cookie header', () => {
    expect(readCookie('a=1; almi_session=abc; b=2', 'almi_session')).toBe('abc');
    expect(readCookie('almi_session_x=1', 'almi_session')).toBeUndefined();
    expect(readCookie(undefined, 'almi_session')).toBeUndefined();
  });

  it.each([
    ['/loans?status=decided', '/loans?status=decided'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['/ok\r\nSet-Cookie: x', '/'],
    [undefined, '/'],
  ])('returns to %p as %p', (given, expected) => {
    expect(safeReturnTo(given)).toBe(expected);
  });
});
