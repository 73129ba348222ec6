/**
 * Failed local sign-ins, counted per user id and per client address in a 15-minute window (in this
 * process). Beyond the limit a sign-in answers 429 with Retry-After, before any hashing; a success
 * clears the user's count. Behind a proxy, set `trust proxy` so that the client address is the real one.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();
  static readonly WINDOW_MS = 15 * 60_000;

  constructor(private readonly maxPerUser: number) {}

  private keys(userId: string, address: string): [string, number][] {
    return [
      [`u:${userId.toLowerCase()}`, this.maxPerUser],
      [`a:${address}`, this.maxPerUser * 5],
    ];
  }

  /** Seconds to wait, or 0 when a sign-in may be tried. */
  retryAfter(userId: string, address: string, now = Date.now()): number {
    let wait = 0;
    for (const [key, max] of this.keys(userId, address)) {
      const entry = this.failures.get(key);
      if (!entry) continue;
      if (entry.resetAt <= now) this.failures.delete(key);
      else if (entry.count >= max) wait = Math.max(wait, Math.ceil((entry.resetAt - now) / 1000));
    }
    return wait;
  }

  failed(userId: string, address: string, now = Date.now()): void {
    if (this.failures.size > 100_000) for (const [key, entry] of this.failures) if (entry.resetAt <= now) this.failures.delete(key);
    for (const [key] of this.keys(userId, address)) {
      const entry = this.failures.get(key);
      if (!entry || entry.resetAt <= now) this.failures.set(key, { count: 1, resetAt: now + LoginLimiter.WINDOW_MS });
      else entry.count += 1;
    }
  }

  succeeded(userId: string): void {
    this.failures.delete(`u:${userId.toLowerCase()}`);
  }
}
