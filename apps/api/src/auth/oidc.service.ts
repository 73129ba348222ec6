import * as client from 'openid-client';
import { rolesFromClaims } from '#libs/platform';
import type { Pool } from '#libs/postgres';
import type { Role } from '#libs/decider';
import { hashId, newSecretId } from './sessions.js';
import type { OidcConfig } from './sign-in.config.js';

/** A sign-in under way lives this long (the person types their password at the provider meanwhile). */
export const OIDC_LOGIN_MINUTES = 10;

export class OidcSignInError extends Error {
  constructor(
    readonly reason: 'cancelled' | 'expired' | 'failed' | 'unavailable',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The OpenID Connect authorization-code flow with PKCE (S256), state and nonce, through openid-client.
 * The provider's metadata is discovered at the first sign-in (and again after a failure), so the api
 * starts even while the provider is unreachable.
 */
export class OidcService {
  private configuration?: Promise<client.Configuration>;

  constructor(
    private readonly config: OidcConfig,
    private readonly pool: Pool,
  ) {}

  private discover(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(
        new URL(this.config.issuerUrl),
        this.config.clientId,
        this.config.clientSecret,
        this.config.clientSecret ? undefined : client.None(),
        this.config.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw new OidcSignInError('unavailable', `The identity provider cannot be reached: ${(error as Error).message}`);
      });
    return this.configuration;
  }

  /** Starts a sign-in: the provider URL to send the browser to, and the id for the browser-binding cookie. */
  async start(returnTo: string): Promise<{ url: URL; loginId: string }> {
    const configuration = await this.discover();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const loginId = newSecretId();
    await this.pool.query(`DELETE FROM auth_oidc_logins WHERE created_at < now() - make_interval(mins => $1)`, [OIDC_LOGIN_MINUTES]);
    await this.pool.query('INSERT INTO auth_oidc_logins (id_hash, state, nonce, code_verifier, return_to) VALUES ($1, $2, $3, $4, $5)', [
      hashId(loginId),
      state,
      nonce,
      codeVerifier,
      returnTo,
    ]);
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.redirectUrl,
      scope: ['openid', 'profile', ...(this.config.scopes ?? [])].join(' '),
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url, loginId };
  }

  /**
   * Finishes a sign-in: the pending login (used once) must belong to this browser, the state must match,
   * the code is exchanged with the PKCE verifier and the ID token checked (signature, issuer, audience,
   * nonce). Roles come from the ID token's claims, completed from userinfo when the roles claim is absent.
   */
  async finish(loginId: string | undefined, query: string): Promise<{ userId: string; roles: Role[]; returnTo: string }> {
    if (!loginId) throw new OidcSignInError('expired', 'No sign-in under way in this browser');
    const { rows } = await this.pool.query<{ state: string; nonce: string; code_verifier: string; return_to: string }>(
      `DELETE FROM auth_oidc_logins WHERE id_hash = $1 AND created_at > now() - make_interval(mins => $2) RETURNING state, nonce, code_verifier, return_to`,
      [hashId(loginId), OIDC_LOGIN_MINUTES],
    );
    const pending = rows[0];
    if (!pending) throw new OidcSignInError('expired', 'The sign-in took too long or was already used');
    const params = new URLSearchParams(query);
    if (params.has('error')) {
      throw new OidcSignInError(params.get('error') === 'access_denied' ? 'cancelled' : 'failed', `The provider answered ${params.get('error')}`);
    }
    const configuration = await this.discover();
    const current = new URL(this.config.redirectUrl);
    current.search = params.toString();
    let claims: Record<string, unknown>;
    try {
      const tokens = await client.authorizationCodeGrant(configuration, current, {
        pkceCodeVerifier: pending.code_verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = { ...(tokens.claims() ?? {}) };
      if (claims[this.config.rolesClaim] === undefined && configuration.serverMetadata().userinfo_endpoint) {
        const info = await client.fetchUserInfo(configuration, tokens.access_token, String(claims.sub));
        claims = { ...info, ...claims };
      }
    } catch (error) {
      throw new OidcSignInError('failed', (error as Error).message);
    }
    if (typeof claims.sub !== 'string' || claims.sub === '') throw new OidcSignInError('failed', 'The ID token has no subject');
    // The user id is the provider's subject, as for bearer tokens (employees are registered under it).
    return { userId: claims.sub, roles: rolesFromClaims(claims, { rolesClaim: this.config.rolesClaim, roleMap: this.config.roleMap }), returnTo: pending.return_to };
  }
}
