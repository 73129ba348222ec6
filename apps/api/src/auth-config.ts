import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ServiceConfig } from '#libs/config';
import type { AuthConfig } from '#libs/platform';

export const DEV_SECRET_FILE = '.data/jwt-secret';

/**
 * JWT_JWKS_URL (with JWT_ISSUER / JWT_AUDIENCE) verifies tokens of a real identity provider;
 * JWT_SECRET verifies HS256 tokens. With neither (allowed only on the embedded default: the
 * configuration refuses it with DATABASE_URL), a random secret is made once and kept in
 * .data/jwt-secret, which `npm run token` also reads.
 */
export function authConfigOf(config: ServiceConfig): AuthConfig {
  const { auth } = config;
  const common = { issuer: auth.issuer, audience: auth.audience };
  if (auth.kind === 'jwks') return { jwksUrl: auth.jwksUrl, ...common };
  if (auth.kind === 'secret') return { secret: auth.secret, ...common };
  return { secret: devSecret(), ...common };
}

export function devSecret(): string {
  if (existsSync(DEV_SECRET_FILE)) return readFileSync(DEV_SECRET_FILE, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(dirname(DEV_SECRET_FILE), { recursive: true });
  writeFileSync(DEV_SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  return secret;
}
