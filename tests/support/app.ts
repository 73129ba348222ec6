import type { INestApplication } from '@nestjs/common';
import type { Role } from '#libs/decider';
import { issueToken } from '#libs/platform';
import { createApp, type CreateAppOptions } from '../../apps/api/src/create-app.js';
import type { AppConfig } from '../../apps/api/src/tokens.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export const TEST_SECRET = 'test-secret-for-e2e-only';

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
export async function startTestApp(label = 'e2e', settings: Partial<Omit<AppConfig, 'databaseUrl' | 'auth'>> & { options?: CreateAppOptions } = {}): Promise<TestApp> {
  const db = await createTestDatabase(label);
  const { options, ...config } = settings;
  const app = await createApp({ databaseUrl: db.url, auth: { secret: TEST_SECRET }, ...config }, { logger: false, ...options });
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
