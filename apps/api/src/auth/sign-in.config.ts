import type { Role } from '#libs/decider';

/** OpenID Connect sign-in (authorization code + PKCE) against the organisation's identity provider. */
export interface OidcConfig {
  readonly issuerUrl: string;
  readonly clientId: string;
  /** Absent: a public client (PKCE only, token endpoint auth `none`). */
  readonly clientSecret?: string;
  /** Where the provider sends the browser back: `<public base URL>/auth/oidc/callback`. */
  readonly redirectUrl: string;
  /** The claim with role or group names (default `roles`). */
  readonly rolesClaim: string;
  /** Group name → role, e.g. { AlmiCredit: 'credit_officer' }. */
  readonly roleMap: Readonly<Record<string, Role>>;
  /** Extra scopes beside `openid profile` (e.g. `groups` for Keycloak's group mapper). */
  readonly scopes?: readonly string[];
  /** Only for a provider on plain http (tests, a local Keycloak): allow non-https endpoints. */
  readonly allowHttp?: boolean;
}

export interface SignInConfig {
  /** `oidc` when an issuer is configured; otherwise local passwords. */
  readonly mode: 'local' | 'oidc';
  readonly oidc?: OidcConfig;
  readonly session: {
    readonly cookieName: string;
    /** A session unused this long ends. */
    readonly idleMinutes: number;
    /** A session ends this long after sign-in, however busy. */
    readonly absoluteMinutes: number;
    /** Secure cookie attribute: 'auto' sets it when the request came over https (req.secure, trust proxy). */
    readonly secureCookie: 'auto' | boolean;
  };
  readonly password: {
    readonly minLength: number;
  };
  /** Failed sign-ins per user id (and per client address ×5) within 15 minutes before 429. */
  readonly maxFailedLogins: number;
}

export const DEFAULT_SIGN_IN: SignInConfig = {
  mode: 'local',
  session: { cookieName: 'almi_session', idleMinutes: 30, absoluteMinutes: 10 * 60, secureCookie: 'auto' },
  password: { minLength: 12 },
  maxFailedLogins: 10,
};
