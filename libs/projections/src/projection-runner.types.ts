import type { EventStore, GlobalPosition, HorizonBlocker } from '#libs/event-store';
import type { DataSource } from 'typeorm';
import type { Projection } from './projection.js';

/** The runner's public shapes (options, state, progress, status), apart from its code. */
export interface ProjectionRunnerOptions {
  readonly store: EventStore;
  readonly dataSource: DataSource;
  readonly projections: readonly Projection[];
  /** Events per live batch (one transaction each). */
  readonly batchSize?: number;
  /** Most events per rebuild transaction. */
  readonly rebuildBatchSize?: number;
  /**
   * Rebuild transactions aim to last at most this long (the batch shrinks when one took longer),
   * so a rebuild holds few row locks and little undo at a time. (They no longer hold back what
   * the event store shows: its read horizon waits only for appending transactions.)
   */
  readonly rebuildTransactionMs?: number;
  /**
   * Rebuild transactions at once (default 3): the projections of a rebuild fill their shadow
   * tables side by side, so node and PostgreSQL work in parallel. Each holds a read-model connection.
   */
  readonly rebuildConcurrency?: number;
  /** How often a runner that is not the active one tries to take over. */
  readonly lockRetryMs?: number;
  /** First wait after a failed batch; it doubles per failure, up to 30 s. */
  readonly retryDelayMs?: number;
  /** How often waitFor reads the checkpoints when the projection runs in another process. */
  readonly pollIntervalMs?: number;
  /** How often the lock connection is checked (a dead one ends the lock, and this runner's turn). */
  readonly lockProbeMs?: number;
  /** Events after a position, for lagEvents; defaults to the store's own countAfter, else paging readAll. */
  readonly countAfter?: (after: GlobalPosition) => Promise<number>;
  readonly log?: (line: string) => void;
}

/** This runner's part in a projection: it applies batches only while it holds the projection's lock. */
export type RunnerState = 'running' | 'waiting-for-lock' | 'stopped';

export interface RebuildProgress {
  readonly projection: string;
  /** Events of the projection's types applied so far (it reads only those). */
  readonly eventsDone: number;
  /** Events done plus every event, of any type, still after the rebuild's position: an upper bound. */
  readonly eventsTotal: number;
  readonly position: GlobalPosition;
  readonly switched: boolean;
}

export interface ProjectionStatus {
  readonly name: string;
  readonly checkpoint: string;
  readonly head: string;
  readonly lagEvents: number;
  /** recorded-at of the head event minus that of the checkpointed event; 0 when caught up. */
  readonly lagSeconds: number;
  readonly state: RunnerState;
  /** Some process (this one or another) holds the projection's lock and so projects it. */
  readonly active: boolean;
  readonly rebuilding: boolean;
  readonly rebuild?: { readonly position: string; readonly eventsDone: number; readonly eventsTotal: number; readonly startedAt: string };
  readonly lastError?: string;
  readonly updatedAt?: string;
  /**
   * The oldest transaction that can still append events and has been open for more than a few
   * seconds: it holds back what every reader of the store sees (the read horizon), so this
   * projection cannot move past it. Absent when nothing holds the horizon back.
   */
  readonly heldBackBy?: HorizonBlocker;
}

export interface BatchResult {
  /** Events handed to apply (after skipping those already checkpointed and filtering by type). */
  readonly applied: number;
  readonly checkpoint: GlobalPosition;
}
