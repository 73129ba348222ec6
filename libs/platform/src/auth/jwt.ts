import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { ROLES, type Actor, type Role } from '#libs/decider';

/**
 * How the roles of a signed-in person are read from an identity provider's claims: `rolesClaim` (default
 * `roles`, or the single-valued `role`) holds role names or group names; `roleMap` maps a group name
 * (e.g. `AlmiCredit`) to one of our roles. A value that is neither a role nor a mapped group is ignored.
 */
export interface RoleMapping {
  readonly rolesClaim?: string;
  readonly roleMap?: Readonly<Record<string, Role>>;
}

/**
 * Tokens are verified with a shared secret (HS256, the embedded default and `npm run token`), with an
 * issuer's public keys (a JWKS URL, or the `jwks_uri` the OIDC issuer publishes), or with both: the
 * token's `alg` header chooses (HS256 → the secret; an asymmetric alg → the issuer's keys), so scripts
 * keep working beside the identity provider. The subject is the user id; roles come from the claims.
 */
export interface AuthConfig extends RoleMapping {
  readonly secret?: string;
  readonly jwksUrl?: string;
  /** An OpenID issuer whose keys are found through discovery when no jwksUrl is given. */
  readonly oidcIssuer?: string;
  readonly issuer?: string;
  readonly audience?: string;
}

export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
}

const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'PS256', 'PS384', 'PS512', 'EdDSA'];

/** Our roles from an identity provider's claims (see RoleMapping), as a set in canonical order. */
export function rolesFromClaims(claims: Record<string, unknown>, mapping: RoleMapping = {}): Role[] {
  const name = mapping.rolesClaim ?? 'roles';
  const raw = claims[name] ?? (name === 'roles' ? claims.role : undefined);
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : [];
  const found = new Set<Role>();
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const mapped = mapping.roleMap && Object.hasOwn(mapping.roleMap, value) ? mapping.roleMap[value] : value;
    if ((ROLES as readonly string[]).includes(mapped)) found.add(mapped as Role);
  }
  return ROLES.filter((role) => found.has(role));
}

export class JwtVerifier {
  private readonly secret?: Uint8Array;
  private jwks?: Promise<JWTVerifyGetKey>;

  constructor(private readonly config: AuthConfig) {
    if (config.secret) this.secret = new TextEncoder().encode(config.secret);
    if (config.jwksUrl) this.jwks = Promise.resolve(createRemoteJWKSet(new URL(config.jwksUrl)));
    if (!this.secret && !config.jwksUrl && !config.oidcIssuer) throw new Error('Authentication needs JWT_SECRET, JWT_JWKS_URL or OIDC_ISSUER_URL');
  }

  /** The issuer's key set, found once through OpenID discovery (retried after a failure). */
  private issuerKeys(): Promise<JWTVerifyGetKey> {
    if (!this.jwks) {
      const issuer = this.config.oidcIssuer!.replace(/\/$/, '');
      this.jwks = fetch(`${issuer}/.well-known/openid-configuration`)
        .then(async (response) => {
          if (!response.ok) throw new Error(`OpenID discovery answered ${response.status}`);
          const metadata = (await response.json()) as { jwks_uri?: unknown };
          if (typeof metadata.jwks_uri !== 'string') throw new Error('the issuer publishes no jwks_uri');
          return createRemoteJWKSet(new URL(metadata.jwks_uri));
        })
        .catch((error: unknown) => {
          this.jwks = undefined;
          throw error;
        });
    }
    return this.jwks;
  }

  async verify(token: string): Promise<Actor> {
    let payload: Record<string, unknown>;
    let symmetric = false;
    try {
      const { alg } = decodeProtectedHeader(token);
      symmetric = alg === 'HS256';
      if (symmetric && !this.secret) throw new Error('HS256 tokens are not accepted here');
      if (!symmetric && !this.config.jwksUrl && !this.config.oidcIssuer) throw new Error(`${String(alg)} tokens are not accepted here`);
      const options = {
        // Our own tokens and those of an explicit JWKS URL: JWT_ISSUER; the sign-in provider's: its issuer.
        issuer: symmetric || this.config.jwksUrl ? this.config.issuer : this.config.oidcIssuer,
        audience: this.config.audience,
        algorithms: symmetric ? ['HS256'] : ASYMMETRIC,
      };
      payload = (symmetric ? await jwtVerify(token, this.secret!, options) : await jwtVerify(token, await this.issuerKeys(), options)).payload;
    } catch (error) {
      throw new InvalidTokenError((error as Error).message);
    }
    if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw new InvalidTokenError('token has no subject');
    // The role mapping is the identity provider's; our own HS256 tokens carry role names in `roles`.
    return { userId: payload.sub, roles: rolesFromClaims(payload, symmetric ? {} : this.config) };
  }
}

export async function issueToken(
  secret: string,
  claims: { userId: string; roles: readonly Role[]; name?: string },
  options: { expiresIn?: string; issuer?: string; audience?: string } = {},
): Promise<string> {
  let jwt = new SignJWT({ roles: [...claims.roles], ...(claims.name ? { name: claims.name } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h');
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
