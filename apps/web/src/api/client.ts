import type { paths } from './openapi.gen';

/** RFC 9457 problem details as the api answers every refusal. */
export interface Problem {
  readonly status: number;
  readonly code?: string;
  readonly title?: string;
  readonly detail?: string;
  readonly errors?: readonly { field: string; reason: string }[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }
  /** A refusal the user can act on (bad input, a rule, a conflict): the same submission would be refused again. */
  get isRefusal(): boolean {
    return this.problem.status >= 400 && this.problem.status < 500;
  }
}

/** The header the api asks for on every unsafe request made with the session cookie (CSRF defence). */
export const CSRF_HEADER = { 'X-Requested-With': 'almi' } as const;

type Method = 'post' | 'put' | 'patch';
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
/** The JSON body a command route takes, read from the api's OpenAPI document (openapi.gen.ts). */
export type CommandBody<P extends keyof paths, M extends Method> = paths[P][M] extends { requestBody?: infer R } ? JsonOf<NonNullable<R>> : never;
/** Paths of the OpenAPI document that take method M. */
export type CommandPath<M extends Method> = { [P in keyof paths]: paths[P][M] extends undefined | never ? never : P }[keyof paths];

export interface CommandResult {
  readonly ids: Record<string, string>;
  readonly position: string;
}

let lastPosition = '';
/** The global position of the last write this tab made: reads pass it so the user sees their own write. */
export const readYourWrites = (): Record<string, string> => (lastPosition ? { position: lastPosition, waitMs: '5000' } : {});

const fill = (path: string, params: Record<string, string>): string => path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));

let unauthorized: () => void = () => undefined;
/** Called when the api answers 401 (the session ended: idle, expired, signed out elsewhere). */
export const onUnauthorized = (handler: () => void): void => {
  unauthorized = handler;
};

async function problemOf(response: Response): Promise<ApiError> {
  if (response.status === 401 && !response.url.includes('/auth/')) unauthorized();
  const text = await response.text();
  try {
    const body = JSON.parse(text) as Partial<Problem> & { message?: string };
    return new ApiError({ ...body, status: response.status, detail: body.detail ?? body.message });
  } catch {
    return new ApiError({ status: response.status, detail: text || response.statusText });
  }
}

export type Query = Record<string, string | number | boolean | undefined>;

export function withQuery(path: string, query: Query = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path;
}

/** A read: the session cookie goes with it; 4xx/5xx become ApiError. */
export async function get<T>(path: string, query: Query = {}): Promise<T> {
  const response = await fetch(withQuery(path, query), { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as T;
}

/** A write that is not a command (sign-in, sign-out). */
export async function send<T>(method: 'POST' | 'PUT', path: string, body?: unknown): Promise<T | undefined> {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { ...CSRF_HEADER, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw await problemOf(response);
  const text = await response.text();
  return text ? (JSON.parse(text) as T) : undefined;
}

/**
 * A command through its route, typed by the OpenAPI document, with the Idempotency-Key of this
 * submission: the same key on a retry or a second click, so the api records it once.
 */
export async function command<P extends CommandPath<M>, M extends Method>(
  method: M,
  path: P,
  params: Record<string, string>,
  body: CommandBody<P, M>,
  idempotencyKey: string,
): Promise<CommandResult> {
  const response = await fetch(fill(path, params), {
    method: method.toUpperCase(),
    credentials: 'same-origin',
    headers: { ...CSRF_HEADER, accept: 'application/json', 'content-type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await problemOf(response);
  const result = (await response.json()) as CommandResult;
  if (result.position) lastPosition = result.position;
  return result;
}

/** A fresh key for one form submission (random, unguessable). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
