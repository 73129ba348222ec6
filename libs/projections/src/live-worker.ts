import type { EventStore, GlobalPosition, RecordedEvent, Subscription } from '#libs/event-store';
import type { DataSource } from 'typeorm';
import type { HeldLock, LockConnection } from './lock-connection.js';
import type { BatchResult, RunnerState } from './projection-runner.types.js';
import type { Projection } from './projection.js';
import type { Settings } from './runner-support.js';

/** Live catch-up and following: one worker per projection, applying batches while it holds the projection's lock. */

const MAX_RETRY_DELAY_MS = 30_000;

const liveLockKey = (name: string): string => `projection:${name}`;

/** What a LiveWorker needs from its runner. */
export interface WorkerContext {
  readonly settings: Settings;
  readonly store: EventStore;
  readonly dataSource: DataSource;
  readonly locks: LockConnection;
  applyBatch(name: string, events: readonly RecordedEvent[], reached?: GlobalPosition): Promise<BatchResult>;
  readCheckpoint(name: string): Promise<GlobalPosition>;
  recordFailure(name: string, error: unknown): Promise<void>;
  /** A worker stopped or started running: waiters may now need (or no longer need) polling. */
  stateChanged(): void;
}

/** Follows one projection: waits for its lock, then subscribes from the checkpoint until stopped or the lock is lost. */
export class LiveWorker {
  private current: RunnerState = 'stopped';
  private stopping = false;
  private wake: () => void = () => undefined;
  private running?: Promise<void>;
  private failures = 0;

  constructor(
    private readonly runner: WorkerContext,
    private readonly projection: Projection,
  ) {}

  get state(): RunnerState {
    return this.current;
  }

  private set state(state: RunnerState) {
    if (state === this.current) return;
    this.current = state;
    this.runner.stateChanged();
  }

  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.running = this.run().finally(() => {
      this.state = 'stopped';
      this.running = undefined;
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.running;
  }

  /** Waits ms, or less if stop() is called meanwhile (or was already). */
  private pause(ms: number): Promise<void> {
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  private async run(): Promise<void> {
    const { log, lockRetryMs, retryDelayMs } = this.runner.settings;
    while (!this.stopping) {
      const lock = await this.acquire();
      if (!lock) return;
      log(`[projections] ${this.projection.name}: lock taken, projecting`);
      let failed = false;
      try {
        await this.follow(lock);
      } catch (error) {
        failed = true;
        log(`[projections] ${this.projection.name}: ${String(error)}`);
      } finally {
        this.state = 'waiting-for-lock';
        await lock.release();
      }
      if (lock.lost && !this.stopping) log(`[projections] ${this.projection.name}: lock connection lost`);
      // After losing the lock, give another process the first chance to take over.
      if (lock.lost || failed) await this.pause(failed ? retryDelayMs : lockRetryMs);
    }
  }

  /** Tries the projection's lock every lockRetryMs; undefined once stopping. */
  private async acquire(): Promise<HeldLock | undefined> {
    const { lockRetryMs, log } = this.runner.settings;
    let said = '';
    const say = (line: string): void => {
      if (line !== said) log(`[projections] ${this.projection.name}: ${line}`);
      said = line;
    };
    while (!this.stopping) {
      try {
        const lock = await this.runner.locks.tryLock(liveLockKey(this.projection.name));
        if (lock && this.stopping) await lock.release();
        else if (lock) return lock;
        else say('another process projects it; waiting for its lock');
      } catch (error) {
        say(`lock attempt failed (retrying every ${lockRetryMs} ms): ${String(error)}`);
      }
      if (this.stopping) break;
      this.state = 'waiting-for-lock';
      await this.pause(lockRetryMs);
    }
    return undefined;
  }

  private async follow(lock: HeldLock): Promise<void> {
    const { name } = this.projection;
    const { batchSize, retryDelayMs, log } = this.runner.settings;
    this.state = 'running';
    while (!this.stopping && !lock.lost) {
      const after = await this.runner.readCheckpoint(name);
      let failure: unknown;
      let subscription: Subscription | undefined;
      let forget = (): void => undefined;
      await new Promise<void>((ended) => {
        this.wake = ended;
        forget = lock.onLost(ended);
        subscription = this.runner.store.subscribe({
          after,
          batchSize,
          eventTypes: this.projection.eventTypes,
          handler: async (events, reached) => {
            await this.runner.applyBatch(name, events, reached);
            this.failures = 0;
          },
          onError: (error) => {
            failure = error;
            ended();
          },
        });
        if (this.stopping) ended();
      });
      forget();
      await subscription?.stop();
      if (failure !== undefined && !this.stopping) {
        this.failures += 1;
        const delay = Math.min(retryDelayMs * 2 ** (this.failures - 1), MAX_RETRY_DELAY_MS);
        log(`[projections] ${name}: batch failed (${String(failure)}); retrying in ${delay} ms`);
        await this.runner.recordFailure(name, failure);
        await this.pause(delay);
      }
    }
  }
}
