import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import type { Pool } from '#libs/postgres';
import type { KeyEncryptionPort } from './key-encryption.js';

/** How an encrypted field is stored inside event data. */
export interface SealedValue {
  readonly $pii: string;
}
/** How a field reads once its subject's key has been deleted. */
export const ERASED = Object.freeze({ $erased: true as const });
export type Erased = typeof ERASED;

export const isSealed = (value: unknown): value is SealedValue => typeof value === 'object' && value !== null && typeof (value as SealedValue).$pii === 'string';
export const isErased = (value: unknown): value is Erased => typeof value === 'object' && value !== null && (value as Erased).$erased === true;

/** What a KEK rotation did. */
export interface KekRotation {
  readonly kekId: string;
  readonly previousKekIds: readonly string[];
  /** Data keys re-wrapped under the new KEK. */
  readonly rewrapped: number;
  /** What the operator still has to do (for a KEK given in an environment variable). */
  readonly operatorAction?: string;
}

/**
 * Crypto-shredding: personal fields are sealed with AES-256-GCM under a data key per data subject,
 * kept in `personal_data_keys`, outside the event stream; each sealed value names the key that sealed
 * it. Erasure deletes the subject's key: the ciphertext left in the events can no longer be read,
 * while every other field, and so every figure, stays. Data given again after an erasure gets a new key.
 *
 * Data keys are never stored in plaintext: each is wrapped under a key-encryption key (KEK) from
 * outside the database (KeyEncryptionPort). A deleted key's bytes may linger in old table pages, WAL
 * segments or backups, but only wrapped; once the KEK is rotated (every live key re-wrapped under a
 * new KEK, the old one destroyed), those copies cannot be unwrapped by anyone.
 */
export class PersonalDataVault {
  private ready?: Promise<void>;

  constructor(
    private readonly pool: Pool,
    private readonly kek: KeyEncryptionPort,
  ) {}

  async seal(subjectId: string, value: unknown): Promise<SealedValue> {
    const { keyId, key } = await this.keyFor(subjectId);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    key.fill(0);
    return { $pii: `v1.${keyId}.${iv.toString('base64')}.${ciphertext.toString('base64')}.${cipher.getAuthTag().toString('base64')}` };
  }

  /** Opens sealed values with one key look-up; a value whose key was deleted reads as ERASED. */
  async openMany(items: readonly { value: SealedValue }[]): Promise<unknown[]> {
    await this.prepare();
    const parsed = items.map(({ value }) => parse(value));
    const keyIds = [...new Set(parsed.map((p) => p.keyId))];
    const keys = new Map<string, Buffer>();
    if (keyIds.length > 0) {
      const result = await this.pool.query<KeyRow>('SELECT key_id, kek_id, wrapped_key FROM personal_data_keys WHERE key_id = ANY($1::uuid[])', [keyIds]);
      for (const row of result.rows) keys.set(row.key_id, await this.unwrap(row));
    }
    const opened = parsed.map((p) => {
      const key = keys.get(p.keyId);
      return key ? open(key, p) : ERASED;
    });
    for (const key of keys.values()) key.fill(0);
    return opened;
  }

  /** Deletes the subject's key. Returns false when there was no key (nothing recorded, or already erased). */
  async erase(subjectId: string, erasedBy: string): Promise<boolean> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const deleted = await client.query('DELETE FROM personal_data_keys WHERE subject_id = $1', [subjectId]);
      await client.query(
        `INSERT INTO personal_data_erasures (subject_id, erased_by) VALUES ($1, $2)
         ON CONFLICT (subject_id) DO UPDATE SET erased_at = now(), erased_by = EXCLUDED.erased_by`,
        [subjectId, erasedBy],
      );
      await client.query('COMMIT');
      return (deleted.rowCount ?? 0) > 0;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  /** The data subject whose key sealed a value, or undefined once that key was deleted. */
  async subjectOf(value: SealedValue): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ subject_id: string }>('SELECT subject_id FROM personal_data_keys WHERE key_id = $1', [parse(value).keyId]);
    return rows[0]?.subject_id;
  }

  async isErased(subjectId: string): Promise<boolean> {
    const result = await this.pool.query('SELECT 1 FROM personal_data_erasures WHERE subject_id = $1', [subjectId]);
    return (result.rowCount ?? 0) > 0;
  }

  /**
   * KEK rotation: a new KEK becomes current, every live data key is re-wrapped under it in one
   * transaction (new keys wait for it), and then every older KEK is destroyed. Copies of erased keys
   * left in old pages, WAL or backups were wrapped under a destroyed KEK: they open nothing any more.
   * Safe to run again after a failure: keys already under the new KEK are left as they are.
   */
  async rotateKek(): Promise<KekRotation> {
    await this.prepare();
    const kekId = await this.kek.rotate();
    const client = await this.pool.connect();
    let rewrapped = 0;
    let previousKekIds: string[] = [];
    try {
      await client.query('BEGIN');
      // Blocks inserts of new keys (and waits for those under way) until the rotation commits.
      await client.query('LOCK TABLE personal_data_keys IN SHARE ROW EXCLUSIVE MODE');
      const rows = await client.query<KeyRow>('SELECT key_id, kek_id, wrapped_key FROM personal_data_keys WHERE kek_id <> $1', [kekId]);
      previousKekIds = [...new Set(rows.rows.map((row) => row.kek_id))];
      for (const row of rows.rows) {
        const key = await this.unwrap(row);
        const wrapped = await this.kek.wrap(kekId, key, row.key_id);
        key.fill(0);
        await client.query('UPDATE personal_data_keys SET kek_id = $2, wrapped_key = $3 WHERE key_id = $1', [row.key_id, kekId, wrapped]);
        rewrapped++;
      }
      const current = await client.query<{ kek_id: string }>(
        `INSERT INTO personal_data_kek (singleton, kek_id) VALUES (true, $1)
         ON CONFLICT (singleton) DO UPDATE SET kek_id = EXCLUDED.kek_id, changed_at = now()
         RETURNING (SELECT kek_id FROM personal_data_kek) AS kek_id`,
        [kekId],
      );
      if (current.rows[0]?.kek_id && current.rows[0].kek_id !== kekId) previousKekIds = [...new Set([...previousKekIds, current.rows[0].kek_id])];
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
    const left = await this.pool.query('SELECT 1 FROM personal_data_keys WHERE kek_id <> $1 LIMIT 1', [kekId]);
    if ((left.rowCount ?? 0) > 0) throw new Error('Data keys are still wrapped under an older KEK; the old KEK was kept: run the rotation again');
    const operatorAction = await this.kek.retire(kekId);
    return { kekId, previousKekIds, rewrapped, ...(operatorAction ? { operatorAction } : {}) };
  }

  /**
   * Once per process: names the current KEK in the database if none is named yet, and wraps the
   * plaintext data keys of a database from before wrapped keys (then rewrites the table, so its
   * current file holds no plaintext copy; see README "Personal data" for older WAL and backups).
   */
  prepare(): Promise<void> {
    this.ready ??= (async () => {
      await this.pool.query('INSERT INTO personal_data_kek (singleton, kek_id) VALUES (true, $1) ON CONFLICT (singleton) DO NOTHING', [await this.kek.currentKekId()]);
      const legacy = await this.pool.query<{ key_id: string; key: Buffer }>('SELECT key_id, key FROM personal_data_keys WHERE key IS NOT NULL');
      if (legacy.rows.length === 0) return;
      const kekId = await this.currentKekId();
      for (const row of legacy.rows) {
        const wrapped = await this.kek.wrap(kekId, row.key, row.key_id);
        await this.pool.query('UPDATE personal_data_keys SET kek_id = $2, wrapped_key = $3, key = NULL WHERE key_id = $1 AND key IS NOT NULL', [row.key_id, kekId, wrapped]);
      }
      await this.pool.query('VACUUM FULL personal_data_keys');
    })().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  private async currentKekId(): Promise<string> {
    const { rows } = await this.pool.query<{ kek_id: string }>('SELECT kek_id FROM personal_data_kek');
    return rows[0].kek_id;
  }

  private unwrap(row: KeyRow): Promise<Buffer> {
    return this.kek.unwrap(row.kek_id, row.wrapped_key, row.key_id);
  }

  /**
   * The subject's data key, made on first use. Many first seals of one subject at once all get the
   * one key that was inserted first: an insert that lost the race finds the winner's key on the
   * next look-up (ON CONFLICT DO NOTHING waits for the winner to commit). A new key is inserted
   * only under the KEK the database names as current, so a rotation never leaves one behind.
   */
  private async keyFor(subjectId: string): Promise<{ keyId: string; key: Buffer }> {
    await this.prepare();
    for (let attempt = 0; attempt < 10; attempt++) {
      const existing = await this.pool.query<KeyRow>('SELECT key_id, kek_id, wrapped_key FROM personal_data_keys WHERE subject_id = $1', [subjectId]);
      if (existing.rows[0]) return { keyId: existing.rows[0].key_id, key: await this.unwrap(existing.rows[0]) };
      const keyId = randomUUID();
      const key = randomBytes(32);
      const kekId = await this.currentKekId();
      const wrapped = await this.kek.wrap(kekId, key, keyId);
      const inserted = await this.pool.query(
        `INSERT INTO personal_data_keys (key_id, subject_id, kek_id, wrapped_key)
         SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM personal_data_kek WHERE kek_id = $3)
         ON CONFLICT (subject_id) DO NOTHING`,
        [keyId, subjectId, kekId, wrapped],
      );
      if ((inserted.rowCount ?? 0) === 1) return { keyId, key };
      key.fill(0);
    }
    throw new Error(`No data key could be made for ${subjectId}`);
  }
}

interface KeyRow {
  readonly key_id: string;
  readonly kek_id: string;
  readonly wrapped_key: Buffer;
}

interface ParsedSealed {
  readonly keyId: string;
  readonly iv: string;
  readonly ciphertext: string;
  readonly tag: string;
}

const parse = (sealed: SealedValue): ParsedSealed => {
  const [version, keyId, iv, ciphertext, tag] = sealed.$pii.split('.');
  if (version !== 'v1' || !tag) throw new Error(`Unknown sealed value format ${version}`);
  return { keyId, iv, ciphertext, tag };
};

const open = (key: Buffer, sealed: ParsedSealed): unknown => {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  const plain = Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]).toString('utf8');
  return JSON.parse(plain);
};
