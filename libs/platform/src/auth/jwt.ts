import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { ROLES, type Actor, type Role } from '#libs/decider';

/**
 * Tokens are verified either with a shared secret (HS256, the embedded default) or with an issuer's
 * public keys (a JWKS URL, e.g. the organisation's identity provider). The subject is the user id;
 * the `roles` claim lists the user's roles.
 */
export interface AuthConfig {
  readonly secret?: string;
  readonly jwksUrl?: string;
  readonly issuer?: string;
  readonly audience?: string;
}

export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
}

export class JwtVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;

  constructor(private readonly config: AuthConfig) {
    if (config.jwksUrl) this.key = createRemoteJWKSet(new URL(config.jwksUrl));
    else if (config.secret) this.key = new TextEncoder().encode(config.secret);
    else throw new Error('Authentication needs JWT_SECRET or JWT_JWKS_URL');
  }

  async verify(token: string): Promise<Actor> {
    let payload: Record<string, unknown>;
    try {
      const options = {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: this.config.jwksUrl ? ['RS256', 'ES256', 'PS256', 'EdDSA'] : ['HS256'],
      };
      payload = (
        typeof this.key === 'function' ? await jwtVerify(token, this.key, options) : await jwtVerify(token, this.key, options)
      ).payload;
    } catch (error) {
      throw new InvalidTokenError((error as Error).message);
    }
    if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw new InvalidTokenError('token has no subject');
    const claimed = Array.isArray(payload.roles) ? payload.roles : typeof payload.role === 'string' ? [payload.role] : [];
    const roles = claimed.filter((r): r is Role => (ROLES as readonly unknown[]).includes(r));
    return { userId: payload.sub, roles };
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
