import { z } from 'zod';

/**
 * The service's configuration: the only place that reads `process.env` (test support and benchmarks
 * aside). Every variable is validated once at start; a bad value stops the start with the variable,
 * what was given and what is allowed, all problems at once.
 */

export const BOOLEAN_WORDS = ['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'] as const;
const TRUE_WORDS = new Set(['true', '1', 'yes', 'on']);
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** An unset or empty variable is "not given" (compose files often pass empty values). */
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const flag = optionalText
  .refine((v) => v === undefined || (BOOLEAN_WORDS as readonly string[]).includes(v.toLowerCase()), {
    message: `must be one of ${BOOLEAN_WORDS.join(', ')}`,
  })
  .transform((v) => (v === undefined ? undefined : TRUE_WORDS.has(v.toLowerCase())));

const integer = (min: number, max: number) =>
  optionalText
    .refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= min && Number(v) <= max), { message: `must be a whole number from ${min} to ${max}` })
    .transform((v) => (v === undefined ? undefined : Number(v)));

const url = (protocols: readonly string[]) =>
  optionalText.refine(
    (v) => {
      if (v === undefined) return true;
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` },
  );

const schema = z.object({
  DATABASE_URL: url(['postgres:', 'postgresql:']),
  PORT: integer(0, 65535),
  HOST: optionalText,
  EMBEDDED_PG_DIR: optionalText,
  EMBEDDED_PG_PORT: integer(1, 65535),
  JWT_SECRET: optionalText.refine((v) => v === undefined || v.length >= 32, { message: 'must be at least 32 characters (HS256 needs a 256-bit key)' }),
  JWT_JWKS_URL: url(['https:', 'http:']),
  JWT_ISSUER: optionalText,
  JWT_AUDIENCE: optionalText,
  RUN_PROJECTIONS: flag,
  DEMO_DATA: flag,
  LOAN_PRODUCTS_FILE: optionalText,
  ADVISORY_MODULES_FILE: optionalText,
  LOG_LEVEL: optionalText.refine((v) => v === undefined || (LOG_LEVELS as readonly string[]).includes(v), { message: `must be one of ${LOG_LEVELS.join(', ')}` }),
  READY_MAX_LAG_EVENTS: integer(0, 1_000_000_000),
  READY_MAX_LAG_SECONDS: integer(0, 31_536_000),
  BACKDATING_WINDOW_DAYS: integer(0, 100_000),
  RATE_LIMIT_PER_USER: integer(0, 1_000_000_000),
  RATE_LIMIT_PER_ADDRESS: integer(0, 1_000_000_000),
  IDEMPOTENCY_KEY_TTL_HOURS: integer(1, 8_760),
  PERSONAL_DATA_KEK: optionalText,
  PERSONAL_DATA_KEK_FILE: optionalText,
  // Browser sign-in: checked in detail by the api's signInConfigFromEnv (apps/api/src/auth-config.ts).
  OIDC_ISSUER_URL: url(['https:', 'http:']),
  OIDC_CLIENT_ID: optionalText,
  OIDC_CLIENT_SECRET: optionalText,
  OIDC_REDIRECT_URL: url(['https:', 'http:']),
  OIDC_ROLES_CLAIM: optionalText,
  OIDC_ROLE_MAP: optionalText,
  OIDC_SCOPES: optionalText,
  OIDC_ALLOW_HTTP: optionalText,
  PUBLIC_BASE_URL: url(['https:', 'http:']),
  SESSION_IDLE_MINUTES: integer(1, 10_080),
  SESSION_ABSOLUTE_HOURS: integer(1, 8_760),
  SESSION_COOKIE_SECURE: optionalText.refine((v) => v === undefined || ['auto', 'true', 'false'].includes(v), { message: 'must be one of auto, true, false' }),
  PASSWORD_MIN_LENGTH: integer(8, 1_000),
  LOGIN_MAX_FAILURES: integer(1, 1_000_000),
});

const SIGN_IN_VARIABLES = [
  'OIDC_ISSUER_URL',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_REDIRECT_URL',
  'OIDC_ROLES_CLAIM',
  'OIDC_ROLE_MAP',
  'OIDC_SCOPES',
  'OIDC_ALLOW_HTTP',
  'PUBLIC_BASE_URL',
  'SESSION_IDLE_MINUTES',
  'SESSION_ABSOLUTE_HOURS',
  'SESSION_COOKIE_SECURE',
  'PASSWORD_MIN_LENGTH',
  'LOGIN_MAX_FAILURES',
] as const;

/** What each variable means, for `--help`-style messages and the README table. */
export const CONFIG_VARIABLES = Object.keys(schema.shape) as (keyof typeof schema.shape)[];

export interface ServiceConfig {
  /** A PostgreSQL server given by DATABASE_URL, or the embedded one. */
  readonly database: { readonly kind: 'url'; readonly url: string } | { readonly kind: 'embedded'; readonly dir: string; readonly port: number };
  readonly http: { readonly port: number; readonly host?: string };
  /**
   * Token verification: an HS256 secret, an identity provider's keys, or (embedded default only) a
   * secret generated into .data/jwt-secret.
   */
  readonly auth:
    | { readonly kind: 'secret'; readonly secret: string; readonly issuer?: string; readonly audience?: string }
    | { readonly kind: 'jwks'; readonly jwksUrl: string; readonly issuer?: string; readonly audience?: string }
    | { readonly kind: 'generated'; readonly issuer?: string; readonly audience?: string };
  readonly runProjections: boolean;
  /** Seed demo data into an empty store (background, with progress). */
  readonly demoData: boolean;
  readonly catalogues: { readonly loanProductsFile?: string; readonly advisoryModulesFile?: string };
  readonly log: { readonly level: LogLevel };
  /** Readiness fails while a projection lags more than this. */
  readonly readiness: { readonly maxLagEvents: number; readonly maxLagSeconds: number };
  /** Days a business date may lie before today (BACKDATING_WINDOW_DAYS, default 60). */
  readonly backdatingWindowDays?: number;
  /** Requests per minute (RATE_LIMIT_PER_USER / RATE_LIMIT_PER_ADDRESS; 0 lifts a limit); absent: the api's defaults. */
  readonly rateLimits: { readonly perUser?: number; readonly perAddress?: number };
  /** IDEMPOTENCY_KEY_TTL_HOURS, default 24. */
  readonly idempotencyKeyTtlHours?: number;
  /** Key-encryption keys of personal data: PERSONAL_DATA_KEK (base64 keys), else the file PERSONAL_DATA_KEK_FILE. */
  readonly personalDataKek: { readonly PERSONAL_DATA_KEK?: string; readonly PERSONAL_DATA_KEK_FILE?: string };
  /** The browser sign-in's variables (OIDC_*, SESSION_*, PUBLIC_BASE_URL, PASSWORD_MIN_LENGTH, LOGIN_MAX_FAILURES), as given. */
  readonly signIn: Readonly<Record<(typeof SIGN_IN_VARIABLES)[number], string | undefined>>;
}

/** A configuration the service refuses: one line per problem, each naming the variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Refusing to start: the configuration is not valid.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export type ProcessRole = 'api' | 'projector' | 'tool';

export interface LoadOptions {
  /** Defaults to process.env: the only read of it in the service. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Command-line arguments after the script (`--demo-data`, `--empty`). */
  readonly argv?: readonly string[];
  /** The api verifies tokens; a projector or a tool that needs no tokens is not held to the JWT rule. */
  readonly role?: ProcessRole;
}

export const DEFAULT_EMBEDDED_DIR = '.data/postgres';
export const DEFAULT_EMBEDDED_PORT = 54329;

export function loadConfig(options: LoadOptions = {}): ServiceConfig {
  const env = options.env ?? process.env;
  const argv = options.argv ?? [];
  const role = options.role ?? 'api';
  const parsed = schema.safeParse(Object.fromEntries(CONFIG_VARIABLES.map((name) => [name, env[name]])));
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        return `${name}=${JSON.stringify(env[name] ?? '')} ${issue.message}`;
      }),
    );
  }
  const v = parsed.data;
  const problems: string[] = [];

  const database: ServiceConfig['database'] = v.DATABASE_URL
    ? { kind: 'url', url: v.DATABASE_URL }
    : { kind: 'embedded', dir: v.EMBEDDED_PG_DIR ?? DEFAULT_EMBEDDED_DIR, port: v.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT };
  if (v.DATABASE_URL && (v.EMBEDDED_PG_DIR || v.EMBEDDED_PG_PORT !== undefined)) {
    problems.push('EMBEDDED_PG_DIR / EMBEDDED_PG_PORT are for the embedded server and cannot be combined with DATABASE_URL: set one or the other');
  }

  const common = { ...(v.JWT_ISSUER ? { issuer: v.JWT_ISSUER } : {}), ...(v.JWT_AUDIENCE ? { audience: v.JWT_AUDIENCE } : {}) };
  let auth: ServiceConfig['auth'];
  if (v.JWT_JWKS_URL && v.JWT_SECRET) {
    problems.push('JWT_SECRET and JWT_JWKS_URL are both set: choose one way to verify tokens');
    auth = { kind: 'jwks', jwksUrl: v.JWT_JWKS_URL, ...common };
  } else if (v.JWT_JWKS_URL) auth = { kind: 'jwks', jwksUrl: v.JWT_JWKS_URL, ...common };
  else if (v.JWT_SECRET) auth = { kind: 'secret', secret: v.JWT_SECRET, ...common };
  else {
    auth = { kind: 'generated', ...common };
    if (database.kind === 'url' && role === 'api') {
      problems.push(
        "DATABASE_URL is set but neither JWT_SECRET nor JWT_JWKS_URL is: every instance would make its own secret and refuse the others' tokens. " +
          'Set JWT_SECRET (at least 32 characters, the same on every instance; e.g. `openssl rand -base64 48`) or JWT_JWKS_URL (with JWT_ISSUER and JWT_AUDIENCE) of your identity provider',
      );
    }
  }

  const askedOn = argv.includes('--demo-data');
  const askedOff = argv.includes('--empty');
  if (askedOn && askedOff) problems.push('--demo-data and --empty contradict each other: pass one');
  if ((askedOn && v.DEMO_DATA === false) || (askedOff && v.DEMO_DATA === true)) problems.push(`DEMO_DATA=${env.DEMO_DATA} contradicts ${askedOn ? '--demo-data' : '--empty'}`);
  // Demo data goes only into the embedded default, or into a DATABASE_URL store when asked: an
  // append-only store can never be cleaned of it.
  const demoData = askedOn || (!askedOff && (v.DEMO_DATA ?? database.kind === 'embedded'));

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    database,
    http: { port: v.PORT ?? 3000, ...(v.HOST ? { host: v.HOST } : {}) },
    auth,
    runProjections: v.RUN_PROJECTIONS ?? true,
    demoData,
    catalogues: {
      ...(v.LOAN_PRODUCTS_FILE ? { loanProductsFile: v.LOAN_PRODUCTS_FILE } : {}),
      ...(v.ADVISORY_MODULES_FILE ? { advisoryModulesFile: v.ADVISORY_MODULES_FILE } : {}),
    },
    log: { level: (v.LOG_LEVEL as LogLevel | undefined) ?? 'info' },
    readiness: { maxLagEvents: v.READY_MAX_LAG_EVENTS ?? 10_000, maxLagSeconds: v.READY_MAX_LAG_SECONDS ?? 60 },
    ...(v.BACKDATING_WINDOW_DAYS === undefined ? {} : { backdatingWindowDays: v.BACKDATING_WINDOW_DAYS }),
    rateLimits: {
      ...(v.RATE_LIMIT_PER_USER === undefined ? {} : { perUser: v.RATE_LIMIT_PER_USER }),
      ...(v.RATE_LIMIT_PER_ADDRESS === undefined ? {} : { perAddress: v.RATE_LIMIT_PER_ADDRESS }),
    },
    ...(v.IDEMPOTENCY_KEY_TTL_HOURS === undefined ? {} : { idempotencyKeyTtlHours: v.IDEMPOTENCY_KEY_TTL_HOURS }),
    personalDataKek: {
      ...(v.PERSONAL_DATA_KEK ? { PERSONAL_DATA_KEK: v.PERSONAL_DATA_KEK } : {}),
      ...(v.PERSONAL_DATA_KEK_FILE ? { PERSONAL_DATA_KEK_FILE: v.PERSONAL_DATA_KEK_FILE } : {}),
    },
    signIn: Object.fromEntries(SIGN_IN_VARIABLES.map((name) => [name, v[name] === undefined ? undefined : String(v[name])])) as ServiceConfig['signIn'],
  };
}

/**
 * Runs a process's main function, printing a refusal (configuration, embedded server) as its message
 * alone, without a stack trace, and exiting 2; anything else prints in full and exits 1.
 */
export function runMain(label: string, main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    const known = error instanceof ConfigError || (error instanceof Error && error.name === 'EmbeddedPostgresError');
    console.error(known ? `[${label}] ${(error as Error).message}` : error);
    process.exit(known ? 2 : 1);
  });
}
