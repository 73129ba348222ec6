import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '../auth/auth.guard.js';
import { toProblem } from './problem-details.js';

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const response = http.getResponse<Response>();
    const body = toProblem(error, request.correlationId);
    if (body.status === 503) response.setHeader('Retry-After', '2');
    response.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  }
}
