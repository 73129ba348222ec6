import type { DataSource, QueryRunner } from 'typeorm';

/** A session advisory lock this process holds; `lost` once its connection is gone (and the lock with it). */
export interface HeldLock {
  readonly lost: boolean;
  /** Calls the listener when the lock is lost (at once if it already is); returns an unsubscribe. */
  onLost(listener: () => void): () => void;
  release(): Promise<void>;
}

interface EventSource {
  on(event: 'error' | 'end', listener: () => void): unknown;
  removeListener(event: 'error' | 'end', listener: () => void): unknown;
}

interface Connection {
  readonly queryRunner: QueryRunner;
  /** One statement at a time: the projections' workers share the connection (pg refuses overlapping queries from pg@9). */
  query<T = any>(sql: string, params?: unknown[]): Promise<T>;
  readonly held: Set<Lock>;
  lost: boolean;
  close(): void;
}

class Lock implements HeldLock {
  lost = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly connection: Connection,
    private readonly key: string,
  ) {}

  onLost(listener: () => void): () => void {
    if (this.lost) listener();
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async release(): Promise<void> {
    if (!this.connection.held.delete(this) || this.lost) return;
    await this.connection.query('SELECT pg_advisory_unlock(hashtext($1))', [this.key]).catch(() => undefined);
  }

  markLost(): void {
    if (this.lost) return;
    this.lost = true;
    for (const listener of this.listeners) listener();
  }
}

/**
 * The one connection on which a runner holds its projections' session advisory locks (one per
 * runner, not per projection, so the locks cost a single pooled connection). A lock dies with its
 * connection: when the connection errors, ends or fails its periodic probe, every lock on it is
 * reported lost, and the next tryLock opens a new connection.
 */
export class LockConnection {
  private current?: Connection;
  private opening?: Promise<Connection>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly probeMs: number,
  ) {}

  async tryLock(key: string): Promise<HeldLock | undefined> {
    const connection = await this.connection();
    let locked: boolean;
    try {
      [{ locked }] = await connection.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [key]);
    } catch (error) {
      await this.lose(connection);
      throw error;
    }
    if (!locked || connection.lost) return undefined;
    const lock = new Lock(connection, key);
    connection.held.add(lock);
    return lock;
  }

  /** Gives back every lock and the connection (call once the holders have stopped). */
  async close(): Promise<void> {
    const connection = this.current ?? (await this.opening?.catch(() => undefined));
    if (connection) await this.lose(connection);
  }

  private connection(): Promise<Connection> {
    if (this.current && !this.current.lost) return Promise.resolve(this.current);
    this.opening ??= this.open()
      .then((connection) => (this.current = connection))
      .finally(() => (this.opening = undefined));
    return this.opening;
  }

  private async open(): Promise<Connection> {
    const queryRunner = this.dataSource.createQueryRunner();
    let client: EventSource;
    try {
      client = (await queryRunner.connect()) as EventSource;
    } catch (error) {
      await queryRunner.release().catch(() => undefined);
      throw error;
    }
    const gone = (): void => void this.lose(connection);
    const probe = setInterval(() => {
      if (connection.held.size > 0) connection.query('SELECT 1').catch(gone);
    }, this.probeMs);
    probe.unref();
    let last: Promise<unknown> = Promise.resolve();
    const connection: Connection = {
      queryRunner,
      query: (sql, params) => {
        const next = last.catch(() => undefined).then(() => queryRunner.query(sql, params));
        last = next;
        return next;
      },
      held: new Set(),
      lost: false,
      close: () => {
        clearInterval(probe);
        client.removeListener('error', gone);
        client.removeListener('end', gone);
      },
    };
    client.on('error', gone);
    client.on('end', gone);
    return connection;
  }

  private async lose(connection: Connection): Promise<void> {
    if (connection.lost) return;
    connection.lost = true;
    connection.close();
    if (this.current === connection) this.current = undefined;
    const held = [...connection.held];
    connection.held.clear();
    for (const lock of held) lock.markLost();
    // A connection given up after a failed probe may still be alive: it must not go back to the pool holding locks.
    await connection.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
    await connection.queryRunner.release().catch(() => undefined);
  }
}
