import { hash, verify } from '@node-rs/argon2';
import type { Pool } from '#libs/postgres';

/**
 * argon2id with OWASP's recommended minimum (19 MiB memory, 2 passes, 1 lane; ~0.1 s here): memory-hard,
 * so guessing at scale needs memory as well as cores. The PHC string keeps salt and parameters, so raising
 * them later needs no migration (old hashes still verify).
 */
export const ARGON2_OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (a const enum, which isolatedModules cannot read) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
/** Longer inputs are refused before hashing (a very long password would only cost us time). */
export const MAX_PASSWORD_LENGTH = 256;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2_OPTIONS);

/** Local passwords: hashes in auth_credentials; never in the event store, never logged. */
export class PasswordStore {
  private dummy?: Promise<string>;

  constructor(private readonly pool: Pool) {}

  async setHash(userId: string, passwordHash: string, setBy: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO auth_credentials (user_id, password_hash, set_by) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, set_by = EXCLUDED.set_by, set_at = now()`,
      [userId, passwordHash, setBy],
    );
  }

  /**
   * Whether the password is the user's. An unknown user costs the same hashing as a known one (against
   * a dummy hash), so the answer's timing does not tell which user ids exist.
   */
  async check(userId: string, password: string): Promise<boolean> {
    if (password.length > MAX_PASSWORD_LENGTH) return false;
    const { rows } = await this.pool.query<{ password_hash: string }>('SELECT password_hash FROM auth_credentials WHERE user_id = $1', [userId]);
    const stored = rows[0]?.password_hash;
    if (!stored) {
      this.dummy ??= hashPassword('not-a-password-of-anyone');
      await verify(await this.dummy, password).catch(() => false);
      return false;
    }
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  }
}
