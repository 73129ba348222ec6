import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import type { Pool } from '#libs/postgres';

/** How an encrypted field is stored inside event data. */
export interface SealedValue {
  readonly $pii: string;
}
/** How a field reads once its subject's key has been deleted. */
export const ERASED = Object.freeze({ $erased: true as const });
export type Erased = typeof ERASED;

export const isSealed = (value: unknown): value is SealedValue =>
  typeof value === 'object' && value !== null && typeof (value as SealedValue).$pii === 'string';
export const isErased = (value: unknown): value is Erased =>
  typeof value === 'object' && value !== null && (value as Erased).$erased === true;

/**
 * Crypto-shredding: personal fields are sealed with AES-256-GCM under a key per data subject, kept in
 * `personal_data_keys`, outside the event stream; each sealed value names the key that sealed it.
 * Erasure deletes the subject's key: the ciphertext left in the events can no longer be read, while
 * every other field, and so every figure, stays. Data given again after an erasure gets a new key.
 */
export class PersonalDataVault {
  constructor(private readonly pool: Pool) {}

  async seal(subjectId: string, value: unknown): Promise<SealedValue> {
    const { keyId, key } = await this.keyFor(subjectId);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return { $pii: `v1.${keyId}.${iv.toString('base64')}.${ciphertext.toString('base64')}.${cipher.getAuthTag().toString('base64')}` };
  }

  /** Opens sealed values with one key look-up; a value whose key was deleted reads as ERASED. */
  async openMany(items: readonly { value: SealedValue }[]): Promise<unknown[]> {
    const parsed = items.map(({ value }) => parse(value));
    const keyIds = [...new Set(parsed.map((p) => p.keyId))];
    const keys = new Map<string, Buffer>();
    if (keyIds.length > 0) {
      const result = await this.pool.query<{ key_id: string; key: Buffer }>('SELECT key_id, key FROM personal_data_keys WHERE key_id = ANY($1::uuid[])', [
        keyIds,
      ]);
      for (const row of result.rows) keys.set(row.key_id, row.key);
    }
    return parsed.map((p) => {
      const key = keys.get(p.keyId);
      return key ? open(key, p) : ERASED;
    });
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

  async isErased(subjectId: string): Promise<boolean> {
    const result = await this.pool.query('SELECT 1 FROM personal_data_erasures WHERE subject_id = $1', [subjectId]);
    return (result.rowCount ?? 0) > 0;
  }

  private async keyFor(subjectId: string): Promise<{ keyId: string; key: Buffer }> {
    const result = await this.pool.query<{ key_id: string; key: Buffer }>(
      `WITH created AS (
         INSERT INTO personal_data_keys (key_id, subject_id, key) VALUES ($2, $1, $3) ON CONFLICT (subject_id) DO NOTHING RETURNING key_id, key
       )
       SELECT key_id, key FROM created UNION ALL SELECT key_id, key FROM personal_data_keys WHERE subject_id = $1 LIMIT 1`,
      [subjectId, randomUUID(), randomBytes(32)],
    );
    return { keyId: result.rows[0].key_id, key: result.rows[0].key };
  }
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
