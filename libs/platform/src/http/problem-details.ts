import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError, type DomainErrorKind } from '#libs/decider';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '#libs/event-store';

/** RFC 9457 problem details, with a stable `code` and, for 400, each bad field and why. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly errors?: readonly { field: string; reason: string }[];
  readonly correlationId?: string;
  /** With 503 read-model-behind on figures: what the read models include and how far behind they are. */
  readonly freshness?: { position: string; head: string; lagEvents: number; lagSeconds: number; complete: boolean };
}

const STATUS_OF: Record<DomainErrorKind, number> = { invalid: 400, forbidden: 403, not_found: 404, conflict: 409, rule: 422 };

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
  422: 'Business rule broken',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

const CODES: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  422: 'business-rule',
  429: 'rate-limited',
  503: 'unavailable',
};

const problem = (status: number, code: string, detail: string, extra: Partial<ProblemDetails> = {}): ProblemDetails => ({
  type: `urn:almi-ledger:problem:${code}`,
  title: TITLES[status] ?? HttpStatus[status] ?? 'Error',
  status,
  detail,
  code,
  ...extra,
});

const logger = new Logger('Problem');

/** A refusal kept for an Idempotency-Key, sent again exactly as the first time. */
export class ReplayedProblem extends Error {
  override readonly name = 'ReplayedProblem';
  constructor(readonly problem: ProblemDetails) {
    super(problem.detail);
  }
}

/** One mapping from any error to what the client sees, used by the exception filter and the idempotency record. */
export function toProblem(error: unknown, correlationId?: string): ProblemDetails {
  const withId = (p: ProblemDetails): ProblemDetails => (correlationId ? { ...p, correlationId } : p);
  if (error instanceof ReplayedProblem) return error.problem;
  if (error instanceof DomainError) {
    const status = STATUS_OF[error.kind];
    return withId(problem(status, error.code, error.message, error.field ? { errors: [{ field: error.field, reason: error.message }] } : {}));
  }
  if (error instanceof WrongExpectedRevisionError) {
    return withId(problem(409, 'concurrency-conflict', `${error.message}; someone else changed it meanwhile: read it again and retry`));
  }
  if (error instanceof DuplicateEventIdError) return withId(problem(409, 'duplicate-event', error.message));
  if (error instanceof Error && error.name === 'ProjectionTimeoutError') return withId(problem(503, 'read-model-behind', error.message));
  if (error instanceof Error && error.name === 'FiguresBehindError') {
    const { freshness } = error as Error & { freshness: ProblemDetails['freshness'] };
    return withId(problem(503, 'read-model-behind', error.message, { freshness }));
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse() as string | { message?: string | string[]; errors?: ProblemDetails['errors']; code?: string };
    const message = typeof response === 'string' ? response : Array.isArray(response.message) ? response.message.join('; ') : (response.message ?? error.message);
    const errors = typeof response === 'object' ? response.errors : undefined;
    const code = (typeof response === 'object' && response.code) || CODES[status] || `http-${status}`;
    return withId(problem(status, code, message, errors ? { errors } : {}));
  }
  const parseError = error as { type?: string; status?: number; message?: string };
  if (parseError?.type === 'entity.parse.failed') return withId(problem(400, 'malformed-json', 'The request body is not valid JSON'));
  if (parseError?.type === 'entity.too.large') return withId(problem(413, 'payload-too-large', 'The request body is too large'));
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return withId(problem(500, 'internal-error', 'Something went wrong on our side; nothing was recorded unless a position was returned'));
}
