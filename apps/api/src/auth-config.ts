import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AuthConfig } from '#libs/platform';

export const DEV_SECRET_FILE = '.data/jwt-secret';

/**
 * JWT_JWKS_URL (with JWT_ISSUER / JWT_AUDIENCE) verifies tokens of a real identity provider;
 * JWT_SECRET verifies HS256 tokens. With neither, a random secret is made once and kept in
 * .data/jwt-secret, which `npm run token` also reads: the embedded default needs no set-up.
 */
export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const common = { issuer: env.JWT_ISSUER || undefined, audience: env.JWT_AUDIENCE || undefined };
  if (env.JWT_JWKS_URL) return { jwksUrl: env.JWT_JWKS_URL, ...common };
  if (env.JWT_SECRET) return { secret: env.JWT_SECRET, ...common };
  return { secret: devSecret(), ...common };
}

export function devSecret(): string {
  if (existsSync(DEV_SECRET_FILE)) return readFileSync(DEV_SECRET_FILE, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(dirname(DEV_SECRET_FILE), { recursive: true });
  writeFileSync(DEV_SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  return secret;
}
