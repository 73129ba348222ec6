import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
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
 * `personal_data_keys`, outside the event stream. Erasure deletes the key; the ciphertext left in
 * the events can no longer be read, while every other field, and so every figure, stays.
 */
export class PersonalDataVault {
  constructor(private readonly pool: Pool) {}

  async seal(subjectId: string, value: unknown): Promise<SealedValue> {
    const key = await this.keyFor(subjectId);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return { $pii: `v1.${iv.toString('base64')}.${ciphertext.toString('base64')}.${cipher.getAuthTag().toString('base64')}` };
  }

  /** Opens sealed values of several subjects with one key look-up. */
  async openMany(items: readonly { subjectId: string; value: SealedValue }[]): Promise<unknown[]> {
    const subjects = [...new Set(items.map((i) => i.subjectId))];
    const keys = new Map<string, Buffer>();
    if (subjects.length > 0) {
      const result = await this.pool.query<{ subject_id: string; key: Buffer }>(
        'SELECT subject_id, key FROM personal_data_keys WHERE subject_id = ANY($1)',
        [subjects],
      );
      for (const row of result.rows) keys.set(row.subject_id, row.key);
    }
    return items.map(({ subjectId, value }) => {
      const key = keys.get(subjectId);
      return key ? open(key, value) : ERASED;
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

  private async keyFor(subjectId: string): Promise<Buffer> {
    const result = await this.pool.query<{ key: Buffer }>(
      `WITH created AS (
         INSERT INTO personal_data_keys (subject_id, key) VALUES ($1, $2) ON CONFLICT (subject_id) DO NOTHING RETURNING key
       )
       SELECT key FROM created UNION ALL SELECT key FROM personal_data_keys WHERE subject_id = $1 LIMIT 1`,
      [subjectId, randomBytes(32)],
    );
    return result.rows[0].key;
  }
}

const open = (key: Buffer, sealed: SealedValue): unknown => {
  const [version, iv, ciphertext, tag] = sealed.$pii.split('.');
  if (version !== 'v1') throw new Error(`Unknown sealed value version ${version}`);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  const plain = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8');
  return JSON.parse(plain);
};
