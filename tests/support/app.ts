import type { INestApplication } from '@nestjs/common';
import type { Role } from '#libs/decider';
import { issueToken, LocalKeyRing } from '#libs/platform';
import { createApp, type CreateAppOptions } from '../../apps/api/src/create-app.js';
import type { RateLimits } from '../../apps/api/src/security/rate-limits.js';
import type { AppConfig } from '../../apps/api/src/tokens.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export const TEST_SECRET = 'test-secret-for-e2e-only';

/** Any of the api's configuration (sign-in, projections, …) and the controls tests widen or turn off. */
export interface StartTestAppOptions extends Partial<Omit<AppConfig, 'databaseUrl'>> {
  /** Days a business date may lie before today; default `TEST_BACKDATING_WINDOW_DAYS`. */
  readonly backdatingWindowDays?: number;
  /** Off unless a test checks them. */
  readonly rateLimits?: RateLimits;
  /** Anything else createApp takes (the seeding status, a logger, …). */
  readonly options?: CreateAppOptions;
}

export interface TestApp {
  readonly app: INestApplication;
  readonly db: TestDatabase;
  readonly baseUrl: string;
  token(userId: string, ...roles: Role[]): Promise<string>;
  /** fetch against the app; `as` adds a bearer token for that user and roles. */
  request(method: string, path: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: any; headers: Headers }>;
  close(): Promise<void>;
}

/** The real api on its own fresh database, listening on a free port, driven over HTTP. */
/**
 * Existing tests use business dates years back, so the test app's back-dating window is wide (a century)
 * unless a test asks for the service's default (`backdatingWindowDays: undefined` is not enough: pass a number).
 */
export const TEST_BACKDATING_WINDOW_DAYS = 36_525;

export async function startTestApp(label = 'e2e', settings: StartTestAppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase(label);
  const { backdatingWindowDays, rateLimits, options, ...config } = settings;
  const app = await createApp(
    { databaseUrl: db.url, auth: { secret: TEST_SECRET }, personalDataKek: LocalKeyRing.ephemeral(), ...config },
    { logger: false, backdatingWindowDays: backdatingWindowDays ?? TEST_BACKDATING_WINDOW_DAYS, rateLimits: rateLimits ?? false, ...options },
  );
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    app,
    db,
    baseUrl,
    token: (userId, ...roles) => issueToken(TEST_SECRET, { userId, roles }),
    async request(method, path, options = {}) {
      const headers: Record<string, string> = { ...(options.headers ?? {}) };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON: keep the text */
      }
      return { status: response.status, body, headers: response.headers };
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
