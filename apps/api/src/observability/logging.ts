import { Inject, Injectable, type CallHandler, type LoggerService, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { LoggerModule, PinoLogger, type Params } from 'nestjs-pino';
import { pino, type Logger } from 'pino';
import type { Observable } from 'rxjs';
import type { LogLevel } from '#libs/config';

/**
 * Logs are JSON lines (pino): never coloured, one object per line, with the correlation id, the
 * user id and the route (its pattern, `/loans/:loanId/decision`, never the URL: ids in a path can
 * be personal numbers) on every line logged during a request, and one line per request with its
 * status and duration. Bodies, headers, query strings and tokens are never logged.
 */

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

type Req = IncomingMessage & { correlationId?: string; actor?: { userId: string }; route?: { path?: string }; baseUrl?: string; method?: string };

/** The route pattern a request matched, or `unmatched` (a 404 path is not logged). */
export const routeOf = (request: Req): string => (request.route?.path ? `${request.baseUrl ?? ''}${request.route.path}` : 'unmatched');

export const createRootLogger = (level: LogLevel = 'info'): Logger => pino({ level, base: { service: 'almi-ledger' }, timestamp: pino.stdTimeFunctions.isoTime });

export function loggerParams(logger: Logger): Params {
  return {
    pinoHttp: {
      logger,
      customAttributeKeys: { reqId: 'correlationId', responseTime: 'durationMs' },
      // The same rule as the platform's correlation middleware, which keeps the id set here.
      genReqId: (request: Req, response: ServerResponse) => {
        const given = request.headers['x-correlation-id'];
        const id = typeof given === 'string' && CORRELATION_ID.test(given) ? given : randomUUID();
        request.correlationId = id;
        response.setHeader('X-Correlation-Id', id);
        return id;
      },
      // Every line of a request carries the correlation id (bound at its start); the user id and the
      // route join once the guard has run (LogContextInterceptor) and are on the request's last line.
      quietReqLogger: true,
      customProps: (request: Req, response: ServerResponse) => (response.headersSent ? { userId: request.actor?.userId ?? null, route: routeOf(request) } : {}),
      serializers: {
        req: (request: { method?: string }) => ({ method: request.method }),
        res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
        err: pino.stdSerializers.err,
      },
      customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : 'info'),
      customSuccessMessage: (request: Req, response) => `${request.method} ${routeOf(request)} ${response.statusCode}`,
      customErrorMessage: (request: Req, response) => `${request.method} ${routeOf(request)} ${response.statusCode}`,
      // Probes and scrapes would drown the log.
      autoLogging: { ignore: (request: Req) => /^\/(health|metrics)(\/|$|\?)/.test(request.url ?? '') },
    },
  };
}

export const loggerModule = (logger: Logger) => LoggerModule.forRoot(loggerParams(logger));

/** Once the guard has run: the user id and route join every later line of the request. */
@Injectable()
export class LogContextInterceptor implements NestInterceptor {
  constructor(@Inject(PinoLogger) private readonly logger: PinoLogger) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const request = context.switchToHttp().getRequest<Req>();
      try {
        this.logger.assign({ userId: request.actor?.userId ?? null, route: routeOf(request) });
      } catch {
        /* outside a request's logging context (a route excluded from logging) */
      }
    }
    return next.handle();
  }
}

/**
 * Nest's own lines (start-up, and a failed start, which Nest flushes before the request-aware
 * logger exists) as JSON through the same pino logger: never the coloured console format.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  private write(level: 'info' | 'warn' | 'error' | 'debug' | 'trace' | 'fatal', message: unknown, optional: unknown[]): void {
    const context = typeof optional[optional.length - 1] === 'string' ? (optional[optional.length - 1] as string) : undefined;
    const fields: Record<string, unknown> = context ? { context } : {};
    if (message instanceof Error) this.logger[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.logger[level]({ ...fields, ...(message as object) });
    else this.logger[level](fields, String(message));
  }
  log(message: unknown, ...optional: unknown[]): void {
    this.write('info', message, optional);
  }
  error(message: unknown, ...optional: unknown[]): void {
    this.write(
      'error',
      message,
      optional.filter((o, i) => !(i === 0 && typeof o === 'string' && o.includes('\n    at '))),
    );
  }
  warn(message: unknown, ...optional: unknown[]): void {
    this.write('warn', message, optional);
  }
  debug(message: unknown, ...optional: unknown[]): void {
    this.write('debug', message, optional);
  }
  verbose(message: unknown, ...optional: unknown[]): void {
    this.write('trace', message, optional);
  }
  fatal(message: unknown, ...optional: unknown[]): void {
    this.write('fatal', message, optional);
  }
}
