import { Controller, Get, Inject, NotFoundException, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOperation, ApiQuery, ApiSeeOtherResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public, readCookie } from '#libs/platform';
import { OIDC_LOGIN_MINUTES, OidcService, OidcSignInError } from './oidc.service.js';
import { SessionStore } from './sessions.js';
import { safeReturnTo, setSessionCookie } from './session-cookie.js';
import { SESSION_STORE, SIGN_IN_CONFIG } from './auth.tokens.js';
import type { SignInConfig } from './sign-in.config.js';

/** Binds a sign-in under way to the browser that started it (login CSRF). Lax: it must come back on the provider's redirect. */
const LOGIN_COOKIE = 'almi_oidc_login';

@ApiTags('sign-in')
@Controller('auth/oidc')
export class OidcController {
  constructor(
    @Inject(SIGN_IN_CONFIG) private readonly config: SignInConfig,
    @Inject(SESSION_STORE) private readonly sessions: SessionStore,
    @Inject(OidcService) private readonly oidc: OidcService | null,
  ) {}

  private service(): OidcService {
    if (!this.oidc) throw new NotFoundException('No identity provider is configured: sign in with POST /auth/login');
    return this.oidc;
  }

  @Get('login')
  @Public()
  @ApiOperation({ summary: "Start signing in at the organisation's identity provider (redirects there)" })
  @ApiQuery({ name: 'returnTo', required: false, description: 'A path of this site to come back to (default /)' })
  @ApiFoundResponse({ description: "Redirect to the provider's authorization endpoint (303 to /?signInError=unavailable when it cannot be reached)" })
  async login(@Query('returnTo') returnTo: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    let started: { url: URL; loginId: string };
    try {
      started = await this.service().start(safeReturnTo(returnTo));
    } catch (error) {
      if (!(error instanceof OidcSignInError)) throw error;
      response.redirect(303, `/?signInError=${error.reason}`);
      return;
    }
    const { url, loginId } = started;
    response.cookie(LOGIN_COOKIE, loginId, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.session.secureCookie === 'auto' ? request.secure : this.config.session.secureCookie,
      path: '/auth/oidc',
      maxAge: OIDC_LOGIN_MINUTES * 60_000,
    });
    response.setHeader('Cache-Control', 'no-store');
    response.redirect(302, url.href);
  }

  @Get('callback')
  @Public()
  @ApiOperation({
    summary: 'Where the provider sends the browser back',
    description: 'Signed in: session cookie and 303 to returnTo. Otherwise 303 to /?signInError=cancelled|expired|failed|unavailable.',
  })
  @ApiSeeOtherResponse({ description: 'To returnTo with the session cookie set, or to /?signInError=… when signing in failed' })
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const service = this.service();
    const query = request.originalUrl.includes('?') ? request.originalUrl.slice(request.originalUrl.indexOf('?') + 1) : '';
    const loginId = readCookie(request.headers.cookie, LOGIN_COOKIE);
    response.clearCookie(LOGIN_COOKIE, { path: '/auth/oidc' });
    response.setHeader('Cache-Control', 'no-store');
    try {
      const signedIn = await service.finish(loginId, query);
      const previous = readCookie(request.headers.cookie, this.config.session.cookieName);
      if (previous) await this.sessions.revoke(previous);
      const { id } = await this.sessions.create(signedIn.userId, 'oidc', signedIn.roles);
      setSessionCookie(request, response, this.config.session, id);
      response.redirect(303, signedIn.returnTo);
    } catch (error) {
      if (!(error instanceof OidcSignInError)) throw error;
      response.redirect(303, `/?signInError=${error.reason}`);
    }
  }
}
