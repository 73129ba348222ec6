import { createDecipheriv } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '#libs/event-store';
import { createPool, startEmbeddedPostgres, type Pool, type RunningDatabase } from '#libs/postgres';
import { platformMigrations } from '../platform.migrations.js';
import { LocalKeyRing, kekIdOf } from './key-encryption.js';
import { PersonalDataVault, isSealed, type SealedValue } from './vault.js';

/** Every regular file under a folder. */
const filesUnder = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
  });

/** Tries a 32-byte window as the AES-256-GCM key of a sealed value (v1.<keyId>.<iv>.<ciphertext>.<tag>). */
const opens = (window: Buffer, sealed: SealedValue): boolean => {
  const [, , iv, ciphertext, tag] = sealed.$pii.split('.');
  try {
    const decipher = createDecipheriv('aes-256-gcm', window, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]);
    return true;
  } catch {
    return false;
  }
};

/**
 * Every offset of every file where a 32-byte window opens the sealed value. A window can only open
 * an AES-GCM value if it is the key (anything else fails the 128-bit tag), so the windows tried are
 * those that start like the key; each is then really tried as the key.
 */
const windowsThatOpen = (files: readonly string[], key: Buffer, sealed: SealedValue): string[] => {
  const found: string[] = [];
  const start = key.subarray(0, 4);
  for (const file of files) {
    const bytes = readFileSync(file);
    for (let at = bytes.indexOf(start); at !== -1 && at + 32 <= bytes.length; at = bytes.indexOf(start, at + 1)) {
      if (opens(bytes.subarray(at, at + 32), sealed)) found.push(`${file}@${at}`);
    }
  }
  return found;
};

const filesHolding = (files: readonly string[], bytes: Buffer): string[] => files.filter((file) => readFileSync(file).includes(bytes));

describe('erasure that cannot be undone from the data folder', () => {
  let folder: string;
  let server: RunningDatabase;
  let pool: Pool;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'almi-erasure-'));
    chmodSync(folder, 0o755);
    // Binaries the postgres user can reach even in a private (0700) clone, as the service's own start does.
    server = await startEmbeddedPostgres({ dataDir: join(folder, 'pg'), persistent: true });
    pool = createPool(server.url, { max: 4 });
    await migrate(pool, 'platform_schema_migrations', platformMigrations);
  }, 60_000);

  afterAll(async () => {
    await pool?.end();
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('leaves no copy of an erased customer’s key, nor a KEK that unwraps one, after the KEK is rotated', async () => {
    const kekFile = join(folder, 'personal-data-kek');
    const ring = LocalKeyRing.fromFile(kekFile);
    const vault = new PersonalDataVault(pool, ring);
    const erased = await vault.seal('customer:5560360793', { firstName: 'Astrid', lastName: 'Lindgren' });
    const kept = await vault.seal('customer:5567037485', 'Karin Boye');
    expect(isSealed(erased)).toBe(true);

    // What an attacker would need: the data key, read here (before the erasure) through the KEK.
    const [row] = (await pool.query('SELECT key_id, kek_id, wrapped_key, key FROM personal_data_keys WHERE subject_id = $1', ['customer:5560360793'])).rows;
    expect(row.key).toBeNull();
    const dataKey = await ring.unwrap(row.kek_id, row.wrapped_key, row.key_id);
    expect(opens(dataKey, erased)).toBe(true);
    const oldKek = readFileSync(kekFile, 'utf8').trim();

    await pool.query('CHECKPOINT');
    const beforeErasure = filesUnder(join(folder, 'pg'));
    // The data key was never written in plaintext, not even before the erasure.
    expect(windowsThatOpen(beforeErasure, dataKey, erased)).toEqual([]);
    // The scan does read the table's pages: the wrapped key is there.
    expect(filesHolding(beforeErasure, row.wrapped_key).length).toBeGreaterThan(0);

    expect(await vault.erase('customer:5560360793', 'admin-anna')).toBe(true);
    expect(await vault.openMany([{ value: erased }])).toEqual([{ $erased: true }]);

    const rotation = await vault.rotateKek();
    expect(rotation).toMatchObject({ rewrapped: 1, previousKekIds: [row.kek_id] });
    expect(rotation.kekId).not.toBe(row.kek_id);
    await pool.query('CHECKPOINT');

    const files = filesUnder(join(folder, 'pg'));
    expect(files.length).toBeGreaterThan(100);
    expect(windowsThatOpen(files, dataKey, erased)).toEqual([]);
    // Copies of the wrapped key may remain in old pages or WAL, but the KEK that wrapped it is gone:
    expect(readFileSync(kekFile, 'utf8')).not.toContain(oldKek);
    expect(readFileSync(kekFile, 'utf8').trim().split('\n')).toHaveLength(1);
    await expect(LocalKeyRing.fromFile(kekFile).unwrap(row.kek_id, row.wrapped_key, row.key_id)).rejects.toThrow(/not available/);
    expect(kekIdOf(Buffer.from(readFileSync(kekFile, 'utf8').trim(), 'base64url'))).toBe(rotation.kekId);

    // Live data still opens, under the new KEK, in this process and in a new one.
    expect(await vault.openMany([{ value: kept }, { value: erased }])).toEqual(['Karin Boye', { $erased: true }]);
    expect(await new PersonalDataVault(pool, LocalKeyRing.fromFile(kekFile)).openMany([{ value: kept }])).toEqual(['Karin Boye']);
    expect(statSync(kekFile).mode & 0o077).toBe(0);
  });

  it('wraps the plaintext keys of a database from before wrapped keys, and rewrites the table without them', async () => {
    await pool.query(
      `INSERT INTO personal_data_keys (key_id, subject_id, key) VALUES ('7d1e5a3c-0000-4000-8000-000000000001', 'employee:legacy', decode(repeat('ab', 32), 'hex'))`,
    );
    const ring = LocalKeyRing.ephemeral();
    await pool.query('UPDATE personal_data_kek SET kek_id = $1', [await ring.currentKekId()]);
    const vault = new PersonalDataVault(pool, ring);
    const sealed = await vault.seal('employee:legacy', 'Anna Advisor');
    expect(sealed.$pii.split('.')[1]).toBe('7d1e5a3c-0000-4000-8000-000000000001');
    const { rows } = await pool.query(`SELECT key, kek_id FROM personal_data_keys WHERE subject_id = 'employee:legacy'`);
    expect(rows).toEqual([{ key: null, kek_id: await ring.currentKekId() }]);
    expect(await vault.openMany([{ value: sealed }])).toEqual(['Anna Advisor']);
  });
});
