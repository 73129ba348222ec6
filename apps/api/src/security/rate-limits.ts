import { Injectable, Module, type DynamicModule, type ExecutionContext } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule, type ThrottlerLimitDetail, type ThrottlerRequest } from '@nestjs/throttler';

/** Requests allowed per window, per signed-in user and per client address. */
export interface RateLimits {
  readonly perUser: number;
  readonly perAddress: number;
  /** The window in milliseconds (default one minute). */
  readonly windowMs?: number;
}

/**
 * Generous defaults an office never reaches: 10 requests a second for one person, sustained for a
 * minute, and 50 a second from one address (a whole office behind one NAT).
 */
export const DEFAULT_RATE_LIMITS: RateLimits = { perUser: 600, perAddress: 3000, windowMs: 60_000 };

const USER = 'user';
const ADDRESS = 'address';

interface RequestWithActor {
  readonly ip?: string;
  readonly actor?: { readonly userId: string };
}

/** Answers 429 with a plain `Retry-After` (seconds), beside the throttler's own named headers. */
abstract class RateLimitGuard extends ThrottlerGuard {
  protected abstract readonly throttlerName: string;

  protected override async handleRequest(props: ThrottlerRequest): Promise<boolean> {
    return props.throttler.name === this.throttlerName ? super.handleRequest(props) : true;
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const response = context.switchToHttp().getResponse<{ header(name: string, value: string): void }>();
    response.header('Retry-After', String(Math.max(1, detail.timeToBlockExpire)));
    return super.throwThrottlingException(context, detail);
  }
}

/** Runs before authentication, so that unauthenticated floods are limited too. */
@Injectable()
export class AddressRateLimitGuard extends RateLimitGuard {
  protected readonly throttlerName = ADDRESS;
}

/** Runs after authentication (its module comes after the platform's): counts per signed-in user. */
@Injectable()
export class UserRateLimitGuard extends RateLimitGuard {
  protected readonly throttlerName = USER;
}

const throttlers = (limits: RateLimits) => {
  const ttl = limits.windowMs ?? DEFAULT_RATE_LIMITS.windowMs ?? 60_000;
  return [
    { name: ADDRESS, limit: limits.perAddress, ttl, getTracker: (req: Record<string, unknown>) => String((req as RequestWithActor).ip ?? 'unknown') },
    {
      name: USER,
      limit: limits.perUser,
      ttl,
      getTracker: (req: Record<string, unknown>) => (req as RequestWithActor).actor?.userId ?? '',
      skipIf: (context: ExecutionContext) => context.switchToHttp().getRequest<RequestWithActor>().actor === undefined,
    },
  ];
};

/** The address limit: import it before the platform module, so that its guard runs before authentication. */
@Module({})
export class AddressRateLimitModule {
  static forRoot(limits: RateLimits | false): DynamicModule {
    if (limits === false) return { module: AddressRateLimitModule };
    return {
      module: AddressRateLimitModule,
      imports: [ThrottlerModule.forRoot({ throttlers: throttlers(limits) })],
      providers: [{ provide: APP_GUARD, useClass: AddressRateLimitGuard }],
    };
  }
}

/**
 * The user limit: import it after the platform module, so that its guard sees the authenticated actor. The
 * throttler's options and storage come from the (global) module the address limit imported.
 */
@Module({})
export class UserRateLimitModule {
  static forRoot(limits: RateLimits | false): DynamicModule {
    if (limits === false) return { module: UserRateLimitModule };
    return { module: UserRateLimitModule, providers: [{ provide: APP_GUARD, useClass: UserRateLimitGuard }] };
  }
}
