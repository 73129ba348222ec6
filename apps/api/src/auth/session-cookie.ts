import type { Request, Response } from 'express';
import type { SignInConfig } from './sign-in.config.js';

/** The session cookie: httpOnly (no script reads it), SameSite=Strict, Secure over https, for the whole site. */
export function setSessionCookie(request: Request, response: Response, config: SignInConfig['session'], id: string): void {
  response.cookie(config.cookieName, id, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.secureCookie === 'auto' ? request.secure : config.secureCookie,
    path: '/',
    maxAge: config.absoluteMinutes * 60_000,
  });
}

export function clearSessionCookie(request: Request, response: Response, config: SignInConfig['session']): void {
  response.clearCookie(config.cookieName, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.secureCookie === 'auto' ? request.secure : config.secureCookie,
    path: '/',
  });
}

/** Only a path of this site (no scheme, no host, no `//` or `/\`), else `/`: an open redirect is a phishing tool. */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return '/';
  return value;
}
