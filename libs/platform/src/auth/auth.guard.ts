import { ForbiddenException, Inject, Injectable, Optional, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Actor, Role } from '#libs/decider';
import type { Request } from 'express';
import { IS_PUBLIC, ROLES_KEY } from './decorators.js';
import { JwtVerifier } from './jwt.js';
import { csrfRefusal, readCookie, SESSION_RESOLVER, type SessionResolver } from './session.js';

export type AuthenticatedRequest = Request & { actor?: Actor; correlationId?: string; commandId?: string; authMethod?: 'bearer' | 'session' };

/**
 * Every route needs a signed-in user unless @Public: either a bearer JWT (Authorization header; scripts,
 * other services, tokens of the identity provider) or the browser's session cookie. Both give the same
 * actor (user id and roles). A bearer header, when present, is the one used. Writes signed in by cookie
 * must pass the CSRF check (see csrfRefusal).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(JwtVerifier) private readonly verifier: JwtVerifier,
    @Optional() @Inject(SESSION_RESOLVER) private readonly sessions?: SessionResolver | null,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    request.actor = await this.authenticate(request);
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (required && !required.some((role) => request.actor!.roles.includes(role))) {
      throw new ForbiddenException(`This needs one of the roles: ${required.join(', ')}`);
    }
    return true;
  }

  private async authenticate(request: AuthenticatedRequest): Promise<Actor> {
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(.+)$/i.exec(header) : null;
    if (match) {
      try {
        const actor = await this.verifier.verify(match[1]);
        request.authMethod = 'bearer';
        return actor;
      } catch (error) {
        throw new UnauthorizedException(`Invalid token: ${(error as Error).message}`);
      }
    }
    const sessionId = this.sessions ? readCookie(request.headers.cookie, this.sessions.cookieName) : undefined;
    if (!this.sessions || !sessionId) {
      throw new UnauthorizedException('Sign in, or send a bearer token (Authorization: Bearer <token>)');
    }
    const actor = await this.sessions.resolve(sessionId);
    if (!actor) throw new UnauthorizedException('The session has ended: sign in again');
    const refusal = csrfRefusal(request);
    if (refusal) throw new ForbiddenException(refusal);
    request.authMethod = 'session';
    return actor;
  }
}
