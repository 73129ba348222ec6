import { Body, Controller, ForbiddenException, Get, HttpCode, HttpException, HttpStatus, Inject, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import type { Request, Response } from 'express';
import { REGIONS, ROLES, type Region, type Role } from '#libs/decider';
import { EVENT_STORE, PersonalDataCodec, ProblemDetailsDto, Public, csrfRefusal, readCookie } from '#libs/platform';
import type { EventStore } from '#libs/event-store';
import { employeeStream } from '#libs/staff';
import { LoginLimiter } from './login-limiter.js';
import { MAX_PASSWORD_LENGTH, PasswordStore } from './passwords.js';
import { currentEmployee, SessionStore, type SignInMethod } from './sessions.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { LOGIN_LIMITER, PASSWORD_STORE, SESSION_STORE, SIGN_IN_CONFIG } from './auth.tokens.js';
import type { SignInConfig } from './sign-in.config.js';

export class LoginDto {
  @ApiProperty({ example: 'anna.lind', description: "The employee's user id" })
  @IsString()
  @Length(1, 200)
  userId!: string;

  @ApiProperty({ example: 'demo-almi-2026', format: 'password' })
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH)
  password!: string;
}

export class MeDto {
  @ApiProperty({ example: 'anna.lind' }) userId!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiPropertyOptional({ example: 'Anna Lind', description: 'Absent when not registered as an employee, or erased' }) name?: string;
  @ApiPropertyOptional({ enum: REGIONS }) region?: Region;
  @ApiProperty({ example: '2026-12-03T17:00:00.000Z', description: 'When the session ends unless used again (idle or absolute limit)' })
  expiresAt!: string;
  @ApiProperty({ enum: ['local', 'oidc'] }) method!: SignInMethod;
}

export class SignInConfigDto {
  @ApiProperty({ enum: ['local', 'oidc'], description: 'local: POST /auth/login with a password; oidc: go to /auth/oidc/login' })
  mode!: 'local' | 'oidc';
  @ApiProperty({ example: 12 }) passwordMinLength!: number;
}

/**
 * Browser sign-in: a server-side session behind an httpOnly, SameSite=Strict cookie. Scripts keep using
 * bearer tokens (npm run token, or the identity provider's). See README "Sign-in".
 */
@ApiTags('sign-in')
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(SIGN_IN_CONFIG) private readonly config: SignInConfig,
    @Inject(SESSION_STORE) private readonly sessions: SessionStore,
    @Inject(PASSWORD_STORE) private readonly passwords: PasswordStore,
    @Inject(LOGIN_LIMITER) private readonly limiter: LoginLimiter,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly codec: PersonalDataCodec,
  ) {}

  @Get('config')
  @Public()
  @ApiOperation({ summary: 'Which sign-in this installation uses (public)' })
  @ApiOkResponse({ type: SignInConfigDto })
  signInConfig(): SignInConfigDto {
    return { mode: this.config.mode, passwordMinLength: this.config.password.minLength };
  }

  @Post('login')
  @Public()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Sign in with a local password (when no identity provider is configured)',
    description: 'Sets the session cookie. A wrong password and an unknown user get the same 401; too many failures 429 with Retry-After.',
  })
  @ApiNoContentResponse({ description: 'Signed in: Set-Cookie almi_session (httpOnly, SameSite=Strict)' })
  @ApiUnauthorizedResponse({ type: ProblemDetailsDto })
  @ApiTooManyRequestsResponse({ type: ProblemDetailsDto })
  async login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    if (this.config.mode !== 'local') throw new ForbiddenException('Sign in through the identity provider: GET /auth/oidc/login');
    const address = request.ip ?? 'unknown';
    const wait = this.limiter.retryAfter(body.userId, address);
    if (wait > 0) {
      response.setHeader('Retry-After', String(wait));
      throw new HttpException('Too many failed sign-ins: wait and try again', HttpStatus.TOO_MANY_REQUESTS);
    }
    const ok = await this.passwords.check(body.userId, body.password);
    const employee = ok ? await currentEmployee(this.store, body.userId) : undefined;
    if (!ok || employee?.status !== 'registered') {
      this.limiter.failed(body.userId, address);
      throw new UnauthorizedException('Wrong user id or password');
    }
    this.limiter.succeeded(body.userId);
    // A fresh id at every sign-in (no session fixation); a cookie of an earlier session is ended.
    const previous = readCookie(request.headers.cookie, this.config.session.cookieName);
    if (previous) await this.sessions.revoke(previous);
    const { id } = await this.sessions.create(body.userId, 'local', employee.roles);
    setSessionCookie(request, response, this.config.session, id);
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: ends the session on the server and clears the cookie (needs X-Requested-With)' })
  @ApiNoContentResponse({ description: 'Signed out (also when there was no session)' })
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const id = readCookie(request.headers.cookie, this.config.session.cookieName);
    if (id) {
      const refusal = csrfRefusal(request);
      if (refusal) throw new ForbiddenException(refusal);
      await this.sessions.revoke(id);
    }
    clearSessionCookie(request, response, this.config.session);
  }

  @Get('me')
  @Public()
  @ApiOperation({ summary: 'Who is signed in with the session cookie' })
  @ApiOkResponse({ type: MeDto })
  @ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No live session' })
  async me(@Req() request: Request): Promise<MeDto> {
    const id = readCookie(request.headers.cookie, this.config.session.cookieName);
    const session = id ? await this.sessions.lookup(id) : null;
    if (!session) throw new UnauthorizedException('Not signed in');
    const recorded = await this.store.readStream(employeeStream(session.userId));
    const opened = await this.codec.open(recorded.map((e) => ({ type: e.type, data: e.data })));
    const registered = opened.find((e) => e.type === 'EmployeeRegistered')?.data as { name?: unknown; region?: Region } | undefined;
    const employee = await currentEmployee(this.store, session.userId);
    return {
      userId: session.userId,
      roles: [...session.roles],
      ...(typeof registered?.name === 'string' ? { name: registered.name } : {}),
      ...(employee.status === 'registered' ? { region: employee.region } : {}),
      expiresAt: session.expiresAt.toISOString(),
      method: session.method,
    };
  }
}
