import { BadRequestException, ConflictException, Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor, type OnModuleDestroy } from '@nestjs/common';
import { createHash, randomInt } from 'node:crypto';
import type { Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { Pool, PoolClient } from '#libs/postgres';
import type { AuthenticatedRequest } from '../auth/auth.guard.js';
import { ReplayedProblem, toProblem, type ProblemDetails } from './problem-details.js';

export const PLATFORM_POOL = Symbol('PLATFORM_POOL');
export const IDEMPOTENCY_OPTIONS = Symbol('IDEMPOTENCY_OPTIONS');

export interface IdempotencyOptions {
  /** How long a key is remembered; default 24 hours (env IDEMPOTENCY_KEY_TTL_HOURS in the api). */
  readonly ttlMs?: number;
}

export const DEFAULT_IDEMPOTENCY_TTL_MS = 24 * 3_600_000;
const KEY = /^[A-Za-z0-9._:-]{1,200}$/;
/** Expired keys are swept this often at most (and at least once per TTL). */
const SWEEP_EVERY_MS = 10 * 60_000;

interface KeyRow {
  request_hash: string;
  status: number | null;
  body: unknown;
  command_id: string | null;
  owner: number | null;
  expired: boolean;
}

/**
 * Who runs a request: each api process holds a PostgreSQL advisory lock on its own random owner id,
 * on one connection, for as long as it lives. When the process dies (even by kill -9), the server
 * drops the connection and the lock with it, so any process can tell a request still running from
 * one that died.
 */
class ProcessOwner {
  private held?: Promise<{ id: number; client: PoolClient }>;

  constructor(private readonly pool: Pool) {}

  async id(): Promise<number> {
    this.held ??= (async () => {
      const id = randomInt(2 ** 40, 2 ** 47);
      const client = await this.pool.connect();
      client.on('error', () => {
        this.held = undefined; // the lock is gone with the connection: take a new owner id next time
      });
      await client.query('SELECT pg_advisory_lock($1::bigint)', [id]);
      return { id, client };
    })().catch((error: unknown) => {
      this.held = undefined;
      throw error;
    });
    return (await this.held).id;
  }

  async isAlive(owner: number | null): Promise<boolean> {
    if (owner === null) return false;
    const { rows } = await this.pool.query<{ alive: boolean }>(
      `SELECT EXISTS (
         SELECT 1 FROM pg_locks
          WHERE locktype = 'advisory' AND granted AND objsubid = 1
            AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND classid::bigint = ($1::bigint >> 32) AND objid::bigint = ($1::bigint & 4294967295)
       ) AS alive`,
      [owner],
    );
    return rows[0].alive;
  }

  async release(): Promise<void> {
    const held = await this.held?.catch(() => undefined);
    this.held = undefined;
    if (!held) return;
    await held.client.query('SELECT pg_advisory_unlock($1::bigint)', [held.id]).catch(() => undefined);
    held.client.release();
  }
}

/** Body fields left out of the stored request hash: a fast hash of a password would be a way to guess it. */
const SECRET_FIELDS = new Set(['password']);
const withoutSecrets = (field: string, value: unknown): unknown => (SECRET_FIELDS.has(field) ? '[secret]' : value);

/**
 * `Idempotency-Key` on a command: the first request's response (success or refusal) is kept per user
 * and key, and a retry with the same key and the same request gets that response again without running
 * the command. The same key on a different request is a 409; so is a retry while the first is still
 * running. A first request that died (its process crashed or was killed) does not block the key: a
 * retry runs again under the first attempt's command id, and a command that was recorded then
 * answers with what it recorded (handleCommand finds its own events; ids come from idFor) instead of
 * being decided twice. Server errors (5xx) are not kept, so the client may retry them. Keys are
 * remembered for a TTL (default 24 h), then swept: the same key later is a new request.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor, OnModuleDestroy {
  private readonly owner: ProcessOwner;
  private readonly ttlMs: number;
  private lastSweep = 0;

  constructor(
    @Inject(PLATFORM_POOL) private readonly pool: Pool,
    @Inject(IDEMPOTENCY_OPTIONS) options: IdempotencyOptions,
  ) {
    this.owner = new ProcessOwner(pool);
    this.ttlMs = options.ttlMs ?? DEFAULT_IDEMPOTENCY_TTL_MS;
  }

  async onModuleDestroy(): Promise<void> {
    await this.owner.release();
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = request.headers['idempotency-key'];
    if (key === undefined || !['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method) || !request.actor) return next.handle();
    return from(this.run(request, context.switchToHttp().getResponse<Response>(), key, next));
  }

  private async run(request: AuthenticatedRequest, response: Response, key: string | string[], next: CallHandler): Promise<unknown> {
    if (typeof key !== 'string' || !KEY.test(key)) {
      const reason = 'Idempotency-Key must be one header of 1–200 characters of A–Z a–z 0–9 . _ : -';
      throw new BadRequestException({ message: reason, code: 'invalid-idempotency-key', errors: [{ field: 'Idempotency-Key', reason }] });
    }
    this.sweepNow();
    const userId = request.actor!.userId;
    const hash = createHash('sha256')
      .update(`${request.method} ${request.originalUrl}\n${JSON.stringify(request.body ?? null, withoutSecrets)}`)
      .digest('hex');
    const owner = await this.owner.id();
    for (let attempt = 0; attempt < 5; attempt++) {
      const claimed = await this.pool.query(
        `INSERT INTO http_idempotency_keys (user_id, key, request_hash, command_id, owner, expires_at)
         VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6::double precision / 1000)) ON CONFLICT DO NOTHING`,
        [userId, key, hash, request.commandId ?? null, owner, this.ttlMs],
      );
      if (claimed.rowCount === 1) return this.execute(request, response, userId, key, next);

      const { rows } = await this.pool.query<KeyRow>(
        'SELECT request_hash, status, body, command_id, owner, expires_at <= now() AS expired FROM http_idempotency_keys WHERE user_id = $1 AND key = $2',
        [userId, key],
      );
      const first = rows[0];
      if (!first) continue; // the first failed (5xx) or expired meanwhile: claim it again
      if (first.expired) {
        await this.pool.query('DELETE FROM http_idempotency_keys WHERE user_id = $1 AND key = $2 AND expires_at <= now()', [userId, key]);
        continue;
      }
      if (first.request_hash !== hash) {
        throw new ConflictException({ message: 'This Idempotency-Key was used for a different request', code: 'idempotency-key-reused' });
      }
      if (first.status !== null) {
        response.setHeader('Idempotent-Replayed', 'true');
        if (first.status >= 400) throw new ReplayedProblem(first.body as ProblemDetails);
        return first.body;
      }
      if (await this.owner.isAlive(first.owner)) {
        throw new ConflictException({ message: 'The first request with this Idempotency-Key is still running', code: 'idempotency-in-progress' });
      }
      // The first attempt died. Take the key over (one retry wins) and run under its command id.
      const taken = await this.pool.query<{ command_id: string | null }>(
        `UPDATE http_idempotency_keys SET owner = $3, command_id = coalesce(command_id, $4)
          WHERE user_id = $1 AND key = $2 AND status IS NULL AND owner IS NOT DISTINCT FROM $5
          RETURNING command_id`,
        [userId, key, owner, request.commandId ?? null, first.owner],
      );
      if (taken.rowCount !== 1) continue;
      if (taken.rows[0].command_id) request.commandId = taken.rows[0].command_id;
      response.setHeader('Idempotent-Recovered', 'true');
      return this.execute(request, response, userId, key, next);
    }
    throw new ConflictException({ message: 'The Idempotency-Key is contended by other requests; retry', code: 'idempotency-in-progress' });
  }

  private async execute(request: AuthenticatedRequest, response: Response, userId: string, key: string, next: CallHandler): Promise<unknown> {
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
        await this.pool.query('UPDATE http_idempotency_keys SET status = $3, body = $4 WHERE user_id = $1 AND key = $2', [userId, key, problem.status, JSON.stringify(problem)]);
      }
      throw error;
    }
  }

  /** Deletes expired keys, at most every few minutes (and at least once per TTL), in the background. */
  private sweepNow(): void {
    const now = Date.now();
    if (now - this.lastSweep < Math.min(SWEEP_EVERY_MS, this.ttlMs)) return;
    this.lastSweep = now;
    this.pool.query('DELETE FROM http_idempotency_keys WHERE expires_at <= now()').catch(() => {
      this.lastSweep = 0;
    });
  }
}
