import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ServiceConfig } from '#libs/config';
import { ROLES, type Role } from '#libs/decider';
import type { AuthConfig } from '#libs/platform';
import { DEFAULT_SIGN_IN, type SignInConfig } from './auth/sign-in.config.js';

export const DEV_SECRET_FILE = '.data/jwt-secret';

/**
 * JWT_JWKS_URL (with JWT_ISSUER / JWT_AUDIENCE) verifies tokens of a real identity provider;
 * JWT_SECRET verifies HS256 tokens. With neither (allowed only on the embedded default: the
 * configuration refuses it with DATABASE_URL), a random secret is made once and kept in
 * .data/jwt-secret, which `npm run token` also reads.
 */
export function authConfigOf(config: ServiceConfig): AuthConfig {
  const { auth, signIn: env } = config;
  const common = { issuer: auth.issuer, audience: auth.audience };
  // Bearer tokens of the sign-in provider are accepted too (its keys through discovery), with its role mapping.
  const oidc = env.OIDC_ISSUER_URL ? { oidcIssuer: env.OIDC_ISSUER_URL, rolesClaim: env.OIDC_ROLES_CLAIM || 'roles', roleMap: parseRoleMap(env.OIDC_ROLE_MAP) } : {};
  if (auth.kind === 'jwks') return { jwksUrl: auth.jwksUrl, ...oidc, ...common };
  if (auth.kind === 'secret') return { secret: auth.secret, ...oidc, ...common };
  return { secret: devSecret(), ...oidc, ...common };
}

export function devSecret(): string {
  if (existsSync(DEV_SECRET_FILE)) return readFileSync(DEV_SECRET_FILE, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(dirname(DEV_SECRET_FILE), { recursive: true });
  writeFileSync(DEV_SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  return secret;
}

const positive = (value: string | undefined, name: string, fallback: number): number => {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number, not "${value}"`);
  return n;
};

/** `AlmiAdvisors=advisor,AlmiCredit=credit_officer` → { AlmiAdvisors: 'advisor', AlmiCredit: 'credit_officer' }. */
export function parseRoleMap(text: string | undefined): Record<string, Role> {
  const map: Record<string, Role> = Object.create(null) as Record<string, Role>;
  for (const pair of (text ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = pair.lastIndexOf('=');
    const group = pair.slice(0, at).trim();
    const role = pair.slice(at + 1).trim();
    if (at <= 0 || !(ROLES as readonly string[]).includes(role)) throw new Error(`OIDC_ROLE_MAP: "${pair}" is not <group>=<${ROLES.join('|')}>`);
    map[group] = role as Role;
  }
  return map;
}

/**
 * Browser sign-in. With OIDC_ISSUER_URL and OIDC_CLIENT_ID: OpenID Connect (OIDC_CLIENT_SECRET optional,
 * OIDC_REDIRECT_URL or PUBLIC_BASE_URL + /auth/oidc/callback, OIDC_ROLES_CLAIM default `roles`,
 * OIDC_ROLE_MAP `group=role,...`, OIDC_SCOPES extra scopes, OIDC_ALLOW_HTTP=true for a provider on http).
 * Otherwise local passwords. Sessions: SESSION_IDLE_MINUTES (30), SESSION_ABSOLUTE_HOURS (10),
 * SESSION_COOKIE_SECURE (auto|true|false); PASSWORD_MIN_LENGTH (12); LOGIN_MAX_FAILURES (10 per 15 min).
 */
export function signInConfigFromEnv(env: Readonly<Record<string, string | undefined>>): SignInConfig {
  const session = {
    cookieName: DEFAULT_SIGN_IN.session.cookieName,
    idleMinutes: positive(env.SESSION_IDLE_MINUTES, 'SESSION_IDLE_MINUTES', DEFAULT_SIGN_IN.session.idleMinutes),
    absoluteMinutes: positive(env.SESSION_ABSOLUTE_HOURS, 'SESSION_ABSOLUTE_HOURS', DEFAULT_SIGN_IN.session.absoluteMinutes / 60) * 60,
    // auto: Secure when the request came over https, or always when the public address is https.
    secureCookie:
      env.SESSION_COOKIE_SECURE === 'true' || (env.SESSION_COOKIE_SECURE !== 'false' && env.PUBLIC_BASE_URL?.startsWith('https:'))
        ? true
        : env.SESSION_COOKIE_SECURE === 'false'
          ? false
          : ('auto' as const),
  };
  const common = {
    session,
    password: { minLength: positive(env.PASSWORD_MIN_LENGTH, 'PASSWORD_MIN_LENGTH', DEFAULT_SIGN_IN.password.minLength) },
    maxFailedLogins: positive(env.LOGIN_MAX_FAILURES, 'LOGIN_MAX_FAILURES', DEFAULT_SIGN_IN.maxFailedLogins),
  };
  if (!env.OIDC_ISSUER_URL) return { mode: 'local', ...common };
  if (!env.OIDC_CLIENT_ID) throw new Error('OIDC_ISSUER_URL needs OIDC_CLIENT_ID');
  const base = env.PUBLIC_BASE_URL?.replace(/\/$/, '');
  const redirectUrl = env.OIDC_REDIRECT_URL || (base ? `${base}/auth/oidc/callback` : undefined);
  if (!redirectUrl) throw new Error('OIDC_ISSUER_URL needs OIDC_REDIRECT_URL or PUBLIC_BASE_URL');
  return {
    mode: 'oidc',
    ...common,
    oidc: {
      issuerUrl: env.OIDC_ISSUER_URL,
      clientId: env.OIDC_CLIENT_ID,
      ...(env.OIDC_CLIENT_SECRET ? { clientSecret: env.OIDC_CLIENT_SECRET } : {}),
      redirectUrl,
      rolesClaim: env.OIDC_ROLES_CLAIM || 'roles',
      roleMap: parseRoleMap(env.OIDC_ROLE_MAP),
      scopes: (env.OIDC_SCOPES ?? '').split(/[\s,]+/).filter(Boolean),
      allowHttp: env.OIDC_ALLOW_HTTP === 'true',
    },
  };
}
