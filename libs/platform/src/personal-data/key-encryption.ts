import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The port for key-encryption keys (KEKs): where the keys that wrap the per-subject data keys live,
 * outside the database. The embedded default is a key ring in a file or in an environment variable
 * (LocalKeyRing); a KMS such as HashiCorp Vault transit or a cloud KMS implements the same five calls
 * (wrap and unwrap are its encrypt and decrypt, rotate its key rotation, retire its deletion of old
 * key versions).
 */
export interface KeyEncryptionPort {
  /** The KEK new data keys are wrapped under (the newest one). */
  currentKekId(): Promise<string>;
  /** Wraps a data key under the KEK `kekId`; `context` (the data key's id) is bound to the result. */
  wrap(kekId: string, dataKey: Buffer, context: string): Promise<Buffer>;
  /** Opens a wrapped data key; throws when the KEK is unknown (destroyed) or the bytes were altered. */
  unwrap(kekId: string, wrapped: Buffer, context: string): Promise<Buffer>;
  /** Makes a new KEK current, keeping the older ones until retire; returns its id. */
  rotate(): Promise<string>;
  /** Destroys every KEK but `keep`. Returns what the operator still has to do, if anything. */
  retire(keep: string): Promise<string | undefined>;
}

const KEY_BYTES = 32;

/** A KEK's id: a fingerprint that names it without revealing it. */
export const kekIdOf = (kek: Buffer): string => createHash('sha256').update('almi-personal-data-kek\0').update(kek).digest('hex').slice(0, 16);

const parseKey = (text: string, source: string): Buffer => {
  const key = Buffer.from(text.trim(), 'base64url');
  if (key.length !== KEY_BYTES) throw new Error(`${source}: a key-encryption key must be ${KEY_BYTES} bytes, base64 or base64url encoded`);
  return key;
};

/**
 * KEKs as base64 keys, newest first: from a file (one a line, mode 0600) or from an environment
 * variable (comma separated). Data keys are wrapped with AES-256-GCM under the KEK, with the data
 * key's id as associated data: 12 bytes of IV, 32 of ciphertext and 16 of tag.
 */
export class LocalKeyRing implements KeyEncryptionPort {
  private keys: Buffer[];

  private constructor(
    keys: Buffer[],
    private readonly file?: string,
    /** Held only in memory: rotation makes and retires keys here. */
    private readonly inMemory = false,
  ) {
    this.keys = keys;
  }

  /** The keys in `file`, which is made with one new key when it does not exist yet. */
  static fromFile(file: string): LocalKeyRing {
    if (!existsSync(file)) {
      // The file is 0600; its folder (.data by default) is shared with the embedded PostgreSQL's data
      // folder, which the postgres system user must be able to reach, so the folder keeps the default mode.
      mkdirSync(dirname(file), { recursive: true });
      try {
        const fd = openSync(file, 'wx', 0o600); // exclusive: two processes starting at once agree on one key
        writeSync(fd, `${randomBytes(KEY_BYTES).toString('base64url')}\n`);
        fsyncSync(fd);
        closeSync(fd);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    const ring = new LocalKeyRing([], file);
    ring.reload();
    return ring;
  }

  /** The keys given as text, newest first (PERSONAL_DATA_KEK=new,old while rotating). */
  static fromText(text: string, source = 'PERSONAL_DATA_KEK'): LocalKeyRing {
    const keys = text
      .split(/[,\s]+/)
      .filter((part) => part !== '')
      .map((part) => parseKey(part, source));
    if (keys.length === 0) throw new Error(`${source} holds no key`);
    return new LocalKeyRing(keys);
  }

  /** One fresh key held only in memory (tests; data sealed under it is lost with the process). */
  static ephemeral(): LocalKeyRing {
    return new LocalKeyRing([randomBytes(KEY_BYTES)], undefined, true);
  }

  async currentKekId(): Promise<string> {
    return kekIdOf(this.keys[0]);
  }

  async wrap(kekId: string, dataKey: Buffer, context: string): Promise<Buffer> {
    const kek = this.kek(kekId);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', kek, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return Buffer.concat([iv, ciphertext, cipher.getAuthTag()]);
  }

  async unwrap(kekId: string, wrapped: Buffer, context: string): Promise<Buffer> {
    const kek = this.kek(kekId);
    const decipher = createDecipheriv('aes-256-gcm', kek, wrapped.subarray(0, 12));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(wrapped.subarray(wrapped.length - 16));
    return Buffer.concat([decipher.update(wrapped.subarray(12, wrapped.length - 16)), decipher.final()]);
  }

  async rotate(): Promise<string> {
    if (!this.file && !this.inMemory) {
      // From an environment variable: the operator puts the new key first; nothing to generate here.
      return kekIdOf(this.keys[0]);
    }
    this.reload();
    this.keys = [randomBytes(KEY_BYTES), ...this.keys];
    if (this.file) this.write();
    return kekIdOf(this.keys[0]);
  }

  async retire(keep: string): Promise<string | undefined> {
    const kept = this.keys.filter((key) => kekIdOf(key) === keep);
    if (kept.length === 0) throw new Error(`Key-encryption key ${keep} is not in the key ring`);
    const retired = this.keys.length - kept.length;
    if (!this.file && !this.inMemory) {
      return retired > 0 ? `Remove the ${retired} older key(s) from PERSONAL_DATA_KEK, leaving only the first, and restart.` : undefined;
    }
    for (const key of this.keys) if (kekIdOf(key) !== keep) key.fill(0);
    this.keys = kept;
    if (this.file) this.write();
    return undefined;
  }

  /** Re-reads the file (another process, such as `npm run kek:rotate`, may have rotated). */
  reload(): void {
    if (!this.file) return;
    const keys = readFileSync(this.file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => parseKey(line, this.file!));
    if (keys.length === 0) throw new Error(`${this.file} holds no key-encryption key`);
    this.keys = keys;
  }

  private kek(kekId: string): Buffer {
    let key = this.keys.find((k) => kekIdOf(k) === kekId);
    if (!key && this.file) {
      this.reload();
      key = this.keys.find((k) => kekIdOf(k) === kekId);
    }
    if (!key) throw new Error(`Key-encryption key ${kekId} is not available (destroyed by a rotation, or this process has another key ring)`);
    return key;
  }

  /**
   * Replaces the file's content: the old content is first overwritten in place with zeros (so the
   * retired key is not left in the file's blocks), then the new one is written beside it and
   * renamed over it.
   */
  private write(): void {
    const file = this.file!;
    const text = this.keys.map((key) => `${key.toString('base64url')}\n`).join('');
    const temporary = `${file}.${process.pid}.tmp`;
    const fd = openSync(temporary, 'w', 0o600);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    if (existsSync(file)) {
      const old = openSync(file, 'r+');
      writeSync(old, Buffer.alloc(statSync(file).size), 0, undefined, 0);
      fsyncSync(old);
      closeSync(old);
    }
    renameSync(temporary, file);
  }
}

/** Where the embedded default keeps its KEK: beside the data folder, like the JWT secret. */
export const DEFAULT_KEK_FILE = '.data/personal-data-kek';

/**
 * PERSONAL_DATA_KEK (base64 keys, newest first, comma separated), or else the file named by
 * PERSONAL_DATA_KEK_FILE (default .data/personal-data-kek, made on first start).
 */
export function keyEncryptionFromEnv(env: { readonly PERSONAL_DATA_KEK?: string; readonly PERSONAL_DATA_KEK_FILE?: string }): KeyEncryptionPort {
  if (env.PERSONAL_DATA_KEK) return LocalKeyRing.fromText(env.PERSONAL_DATA_KEK);
  return LocalKeyRing.fromFile(env.PERSONAL_DATA_KEK_FILE || DEFAULT_KEK_FILE);
}
