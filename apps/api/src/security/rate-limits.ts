import { HttpException, HttpStatus, Inject, Injectable, Module, type CanActivate, type DynamicModule, type ExecutionContext } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { Response } from 'express';
import rateLimiterFlexible from 'rate-limiter-flexible';

const { RateLimiterMemory, RateLimiterRes } = rateLimiterFlexible;

/** Requests allowed per window, per signed-in user and per client address. */
export interface RateLimits {
  readonly perUser: number;
  readonly perAddress: number;
  /** The window in milliseconds (default one minute). */
  readonly windowMs?: number;
}

/**
 * Generous defaults an office never reaches: 600 requests a minute for one person (10 a second, sustained),
 * 3000 a minute from one address (a whole office behind one NAT).
 */
export const DEFAULT_RATE_LIMITS: RateLimits = { perUser: 600, perAddress: 3000, windowMs: 60_000 };

const RATE_LIMITS = Symbol('RATE_LIMITS');

interface RequestWithActor {
  readonly ip?: string;
  readonly socket?: { readonly remoteAddress?: string };
  readonly actor?: { readonly userId: string };
}

/** Counts requests per key in a fixed window (rate-limiter-flexible, in memory) and answers 429 with Retry-After. */
abstract class RateLimitGuard implements CanActivate {
  private readonly limiter: InstanceType<typeof RateLimiterMemory>;

  constructor(
    limit: number,
    windowMs: number,
    private readonly what: string,
  ) {
    this.limiter = new RateLimiterMemory({ points: limit, duration: Math.max(1, Math.ceil(windowMs / 1000)) });
  }

  protected abstract keyOf(request: RequestWithActor): string | undefined;

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const key = this.keyOf(context.switchToHttp().getRequest<RequestWithActor>());
    if (key === undefined) return true;
    try {
      await this.limiter.consume(key);
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(seconds));
      throw new HttpException({ message: `Too many requests ${this.what}: try again in ${seconds} s`, code: 'rate-limited' }, HttpStatus.TOO_MANY_REQUESTS);
    }
  }
}

/** Runs before authentication (its module comes before the platform's), so unauthenticated floods are limited too. */
@Injectable()
export class AddressRateLimitGuard extends RateLimitGuard {
  constructor(@Inject(RATE_LIMITS) limits: RateLimits) {
    super(limits.perAddress, limits.windowMs ?? 60_000, 'from this address');
  }
  protected keyOf(request: RequestWithActor): string {
    return request.ip ?? request.socket?.remoteAddress ?? 'unknown';
  }
}

/** Runs after authentication (its module comes after the platform's): counts per signed-in user. */
@Injectable()
export class UserRateLimitGuard extends RateLimitGuard {
  constructor(@Inject(RATE_LIMITS) limits: RateLimits) {
    super(limits.perUser, limits.windowMs ?? 60_000, 'by this user');
  }
  protected keyOf(request: RequestWithActor): string | undefined {
    return request.actor?.userId;
  }
}

/** The address limit: import it before the platform module, so that its guard runs before authentication. */
@Module({})
export class AddressRateLimitModule {
  static forRoot(limits: RateLimits | false): DynamicModule {
    if (limits === false) return { module: AddressRateLimitModule };
    return {
      module: AddressRateLimitModule,
      providers: [
        { provide: RATE_LIMITS, useValue: limits },
        { provide: APP_GUARD, useClass: AddressRateLimitGuard },
      ],
    };
  }
}

/** The user limit: import it after the platform module, so that its guard sees the authenticated actor. */
@Module({})
export class UserRateLimitModule {
  static forRoot(limits: RateLimits | false): DynamicModule {
    if (limits === false) return { module: UserRateLimitModule };
    return {
      module: UserRateLimitModule,
      providers: [
        { provide: RATE_LIMITS, useValue: limits },
        { provide: APP_GUARD, useClass: UserRateLimitGuard },
      ],
    };
  }
}
