import type { Actor } from '#libs/decider';

/**
 * A browser's sign-in: the session cookie names a server-side session (see apps/api/src/auth). The
 * guard asks the resolver for the actor behind a cookie; the platform knows nothing more about it.
 */
export interface SessionResolver {
  /** The cookie that carries the session id. */
  readonly cookieName: string;
  /** The actor of a live session, or null when the id is unknown, expired or signed out. */
  resolve(sessionId: string): Promise<Actor | null>;
}

export const SESSION_RESOLVER = Symbol('SESSION_RESOLVER');

/** The value of one cookie from a Cookie header (RFC 6265 syntax; undefined when absent). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    if (part.slice(0, at).trim() !== name) continue;
    const value = part
      .slice(at + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    try {
      return decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Methods that change nothing: no CSRF check for them. */
export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for requests authenticated by the session cookie (which the browser sends by itself):
 * besides SameSite=Strict, an unsafe request must carry `X-Requested-With` (a custom header, which
 * another site cannot send without a CORS preflight that this api never grants) and, when the browser
 * sends an Origin, that origin must be this api's own host. Returns the reason to refuse, or null.
 */
export function csrfRefusal(request: { method: string; headers: Record<string, string | string[] | undefined> }): string | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  const marker = request.headers['x-requested-with'];
  if (typeof marker !== 'string' || marker.trim() === '') return 'A write signed in by cookie needs the header X-Requested-With (CSRF protection)';
  const origin = request.headers.origin;
  if (typeof origin === 'string' && origin !== 'null') {
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return 'The Origin header is not a URL';
    }
    const forwarded = request.headers['x-forwarded-host'];
    const own = [request.headers.host, typeof forwarded === 'string' ? forwarded.split(',')[0].trim() : undefined];
    if (!own.includes(host)) return `A write signed in by cookie must come from this site, not ${origin}`;
  } else if (origin === 'null') {
    return 'A write signed in by cookie must come from this site';
  }
  return null;
}
