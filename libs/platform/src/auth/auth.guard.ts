import { ForbiddenException, Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Actor, Role } from '#libs/decider';
import type { Request } from 'express';
import { IS_PUBLIC, ROLES_KEY } from './decorators.js';
import { JwtVerifier } from './jwt.js';

export type AuthenticatedRequest = Request & { actor?: Actor; correlationId?: string; commandId?: string };

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(JwtVerifier) private readonly verifier: JwtVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(.+)$/i.exec(header) : null;
    if (!match) throw new UnauthorizedException('A bearer token is required (Authorization: Bearer <token>)');
    try {
      request.actor = await this.verifier.verify(match[1]);
    } catch (error) {
      throw new UnauthorizedException(`Invalid token: ${(error as Error).message}`);
    }
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (required && !required.some((role) => request.actor!.roles.includes(role))) {
      throw new ForbiddenException(`This needs one of the roles: ${required.join(', ')}`);
    }
    return true;
  }
}
