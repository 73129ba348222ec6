import { ConflictException, Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { Pool } from '#libs/postgres';
import type { AuthenticatedRequest } from '../auth/auth.guard.js';
import { ReplayedProblem, toProblem, type ProblemDetails } from './problem-details.js';

export const PLATFORM_POOL = Symbol('PLATFORM_POOL');

const KEY = /^[A-Za-z0-9._:-]{1,200}$/;

/** Body fields left out of the stored request hash: a fast hash of a password would be a way to guess it. */
const SECRET_FIELDS = new Set(['password']);
const withoutSecrets = (field: string, value: unknown): unknown => (SECRET_FIELDS.has(field) ? '[secret]' : value);

/**
 * `Idempotency-Key` on a command: the first request's response (success or refusal) is kept per user
 * and key, and a retry with the same key and the same request gets that response again without running
 * the command. A retry while the first is still running, or the same key on a different request, is a 409.
 * Server errors (5xx) are not kept, so the client may retry them.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@Inject(PLATFORM_POOL) private readonly pool: Pool) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || !['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method) || !request.actor) return next.handle();
    return from(this.run(request, context.switchToHttp().getResponse<Response>(), key, next));
  }

  private async run(request: AuthenticatedRequest, response: Response, key: string, next: CallHandler): Promise<unknown> {
    if (!KEY.test(key)) throw new ConflictException({ message: 'Idempotency-Key must be 1–200 characters of A–Z a–z 0–9 . _ : -', code: 'bad-idempotency-key' });
    const userId = request.actor!.userId;
    const hash = createHash('sha256').update(`${request.method} ${request.originalUrl}\n${JSON.stringify(request.body ?? null, withoutSecrets)}`).digest('hex');
    const claimed = await this.pool.query(
      `INSERT INTO http_idempotency_keys (user_id, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [userId, key, hash],
    );
    if (claimed.rowCount === 0) {
      const { rows } = await this.pool.query<{ request_hash: string; status: number | null; body: unknown }>(
        'SELECT request_hash, status, body FROM http_idempotency_keys WHERE user_id = $1 AND key = $2',
        [userId, key],
      );
      const first = rows[0];
      if (!first) throw new ConflictException({ message: 'The first request with this Idempotency-Key failed; retry', code: 'idempotency-retry' });
      if (first.request_hash !== hash) {
        throw new ConflictException({ message: 'This Idempotency-Key was used for a different request', code: 'idempotency-key-reused' });
      }
      if (first.status === null) {
        throw new ConflictException({ message: 'The first request with this Idempotency-Key is still running', code: 'idempotency-in-progress' });
      }
      response.setHeader('Idempotent-Replayed', 'true');
      if (first.status >= 400) throw new ReplayedProblem(first.body as ProblemDetails);
      return first.body;
    }
    try {
      const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await this.pool.query('UPDATE http_idempotency_keys SET status = $3, body = $4 WHERE user_id = $1 AND key = $2', [
        userId,
        key,
        response.statusCode,
        JSON.stringify(result ?? null),
      ]);
      return result;
    } catch (error) {
      const problem = toProblem(error, request.correlationId);
      if (problem.status >= 500) {
        await this.pool.query('DELETE FROM http_idempotency_keys WHERE user_id = $1 AND key = $2', [userId, key]);
      } else {
        await this.pool.query('UPDATE http_idempotency_keys SET status = $3, body = $4 WHERE user_id = $1 AND key = $2', [
          userId,
          key,
          problem.status,
          JSON.stringify(problem),
        ]);
      }
      throw error;
    }
  }
}
