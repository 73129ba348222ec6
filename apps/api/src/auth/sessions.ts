import { createHash, randomBytes } from 'node:crypto';
import type { Actor, Region, Role } from '#libs/decider';
import type { EventStore } from '#libs/event-store';
import type { Pool } from '#libs/postgres';
import type { SessionResolver } from '#libs/platform';
import { employeeDecider, employeeStream, type EmployeeEvent, type EmployeeState } from '#libs/staff';
import type { SignInConfig } from './sign-in.config.js';

export type SignInMethod = 'local' | 'oidc';

export interface SessionInfo {
  readonly userId: string;
  readonly roles: readonly Role[];
  readonly method: SignInMethod;
  /** When the session ends unless used again (the earlier of the idle and the absolute limit). */
  readonly expiresAt: Date;
}

/** The sha256 of a random id: what the tables keep instead of the id itself. */
export const hashId = (id: string): Buffer => createHash('sha256').update(id, 'utf8').digest();
export const newSecretId = (): string => randomBytes(32).toString('base64url');

/** The employee as the event store knows them now (roles and region; the name stays sealed). */
export async function currentEmployee(store: EventStore, userId: string): Promise<EmployeeState> {
  const events = await store.readStream(employeeStream(userId));
  return events.map((e) => ({ type: e.type, data: e.data }) as unknown as EmployeeEvent).reduce(employeeDecider.evolve, employeeDecider.initialState());
}

/** A user's region, when they are a registered employee. */
export async function regionOf(store: EventStore, userId: string): Promise<Region | undefined> {
  const employee = await currentEmployee(store, userId);
  return employee.status === 'registered' ? employee.region : undefined;
}

/** Only well-formed ids reach the database (a cookie is attacker-controlled input). */
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;
/** last_seen_at is written at most this often, so that reads do not all become writes. */
const TOUCH_EVERY_MS = 30_000;

/**
 * Server-side sessions behind the `almi_session` cookie. A session ends when unused for the idle
 * timeout, at the absolute timeout after sign-in, or at sign-out (revoked). Local sessions take the
 * roles from the employee's stream on every request, so a role change applies at once; OIDC sessions
 * keep the roles the provider's claims gave at sign-in (the provider is the authority).
 */
export class SessionStore implements SessionResolver {
  readonly cookieName: string;

  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    private readonly config: SignInConfig['session'],
  ) {
    this.cookieName = config.cookieName;
  }

  private get idleMs(): number {
    return this.config.idleMinutes * 60_000;
  }

  async create(userId: string, method: SignInMethod, roles: readonly Role[]): Promise<{ id: string; info: SessionInfo }> {
    const id = newSecretId();
    const now = Date.now();
    const absolute = new Date(now + this.config.absoluteMinutes * 60_000);
    // Tidy up dead sessions (anyone's) while we are here: the table holds only live ones and recent sign-outs.
    await this.pool.query(`DELETE FROM auth_sessions WHERE revoked_at < now() - interval '1 hour' OR expires_at < now() OR last_seen_at < now() - make_interval(secs => $1)`, [
      this.idleMs / 1000,
    ]);
    await this.pool.query(`INSERT INTO auth_sessions (id_hash, user_id, method, roles, expires_at) VALUES ($1, $2, $3, $4, $5)`, [
      hashId(id),
      userId,
      method,
      [...roles],
      absolute,
    ]);
    return { id, info: { userId, roles, method, expiresAt: new Date(Math.min(absolute.getTime(), now + this.idleMs)) } };
  }

  /** The live session behind an id (touching it), or null. */
  async lookup(id: string): Promise<SessionInfo | null> {
    if (!SESSION_ID.test(id)) return null;
    const { rows } = await this.pool.query<{ user_id: string; method: SignInMethod; roles: Role[]; expires_at: Date; last_seen_at: Date; db_now: Date }>(
      `SELECT user_id, method, roles, expires_at, last_seen_at, now() AS db_now FROM auth_sessions
        WHERE id_hash = $1 AND revoked_at IS NULL AND expires_at > now() AND last_seen_at > now() - make_interval(secs => $2)`,
      [hashId(id), this.idleMs / 1000],
    );
    const row = rows[0];
    if (!row) return null;
    let lastSeen = row.last_seen_at.getTime();
    if (row.db_now.getTime() - lastSeen > TOUCH_EVERY_MS) {
      await this.pool.query('UPDATE auth_sessions SET last_seen_at = now() WHERE id_hash = $1', [hashId(id)]);
      lastSeen = row.db_now.getTime();
    }
    let roles: readonly Role[] = row.roles;
    if (row.method === 'local') {
      const employee = await currentEmployee(this.store, row.user_id);
      if (employee.status !== 'registered') return null;
      roles = employee.roles;
    }
    return { userId: row.user_id, method: row.method, roles, expiresAt: new Date(Math.min(row.expires_at.getTime(), lastSeen + this.idleMs)) };
  }

  async resolve(id: string): Promise<Actor | null> {
    const session = await this.lookup(id);
    return session ? { userId: session.userId, roles: session.roles } : null;
  }

  async revoke(id: string): Promise<void> {
    if (!SESSION_ID.test(id)) return;
    await this.pool.query('UPDATE auth_sessions SET revoked_at = now() WHERE id_hash = $1 AND revoked_at IS NULL', [hashId(id)]);
  }

  /** Ends every session of a user (after a password change), except the one given. */
  async revokeAllOf(userId: string, except?: string): Promise<void> {
    await this.pool.query('UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND id_hash <> $2', [
      userId,
      except && SESSION_ID.test(except) ? hashId(except) : Buffer.alloc(0),
    ]);
  }
}
