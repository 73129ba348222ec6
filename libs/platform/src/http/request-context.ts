import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Response } from 'express';
import type { AuthenticatedRequest } from '../auth/auth.guard.js';
import type { CommandContext } from '../commands/command-context.js';

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Every request gets a correlation id (X-Correlation-Id, or a new one) and a command id. */
export function correlationMiddleware(request: AuthenticatedRequest, response: Response, next: NextFunction): void {
  const given = request.headers['x-correlation-id'];
  // Kept when the request logger (which runs first) already gave the request its id.
  request.correlationId ??= typeof given === 'string' && CORRELATION_ID.test(given) ? given : randomUUID();
  request.commandId = randomUUID();
  response.setHeader('X-Correlation-Id', request.correlationId);
  next();
}

/** The command context of the current request: the authenticated actor and the trace ids. */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): CommandContext => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.actor) throw new Error('Ctx used on a route without authentication');
  return {
    actor: request.actor,
    correlationId: request.correlationId ?? randomUUID(),
    commandId: request.commandId ?? randomUUID(),
    receivedAt: new Date(),
  };
});
