/**
 * Demo seeding's progress, for readiness, /health, /metrics and the dashboard. The api listens at
 * once and seeds in the background; until the seed is done the service is live but not ready.
 */
export type SeedingState = 'off' | 'pending' | 'seeding' | 'done' | 'skipped' | 'failed';

export interface SeedingSnapshot {
  readonly state: SeedingState;
  readonly done: number;
  readonly total: number;
  /** Commands per second so far. */
  readonly rate: number;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  readonly error?: string;
}

export class SeedingStatus {
  private snapshot: SeedingSnapshot = { state: 'off', done: 0, total: 0, rate: 0 };

  get current(): SeedingSnapshot {
    return this.snapshot;
  }

  /** True while demo data is planned or being written: the service is not ready. */
  get inProgress(): boolean {
    return this.snapshot.state === 'pending' || this.snapshot.state === 'seeding';
  }

  pending(): void {
    this.snapshot = { state: 'pending', done: 0, total: 0, rate: 0, startedAt: new Date().toISOString() };
  }

  progress(done: number, total: number, rate: number): void {
    this.snapshot = { ...this.snapshot, state: 'seeding', done, total, rate };
  }

  finish(state: 'done' | 'skipped' | 'failed', error?: string): void {
    this.snapshot = { ...this.snapshot, state, finishedAt: new Date().toISOString(), ...(error ? { error } : {}) };
  }
}
