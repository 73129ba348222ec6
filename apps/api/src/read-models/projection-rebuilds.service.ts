import { Inject, Injectable, Logger } from '@nestjs/common';
import { PROJECTION_RUNNER, type ProjectionRunner, type RebuildProgress } from '#libs/projections';

export interface RebuildRun {
  readonly projections: readonly string[];
  readonly startedAt: string;
  /** The last progress reported (events done of the total, per projection in turn). */
  readonly progress?: { readonly projection: string; readonly eventsDone: number; readonly eventsTotal: number; readonly switched: boolean };
  readonly finishedAt?: string;
  readonly error?: string;
}

/**
 * Rebuilds started over HTTP run in the background, one run at a time per api process (the runner's
 * advisory lock keeps other processes out). Shutdown waits for a run to end.
 */
@Injectable()
export class ProjectionRebuilds {
  private readonly logger = new Logger('Projections');
  private run?: RebuildRun;
  private running?: Promise<void>;

  constructor(@Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner) {}

  get busy(): boolean {
    return this.running !== undefined;
  }

  /** The run in progress, or else the last one this process ran. */
  get last(): RebuildRun | undefined {
    return this.run;
  }

  /** Starts a rebuild in the background; undefined when one is already running here. */
  tryStart(projections: readonly string[]): RebuildRun | undefined {
    if (this.running) return undefined;
    this.run = { projections, startedAt: new Date().toISOString() };
    const onProgress = (p: RebuildProgress): void => {
      this.run = { ...this.run!, progress: { projection: p.projection, eventsDone: p.eventsDone, eventsTotal: p.eventsTotal, switched: p.switched } };
    };
    this.running = this.runner
      .rebuild(projections, onProgress)
      .then(
        () => {
          this.run = { ...this.run!, finishedAt: new Date().toISOString() };
          this.logger.log(`rebuilt ${projections.join(', ')}`);
        },
        (error: unknown) => {
          this.run = { ...this.run!, finishedAt: new Date().toISOString(), error: error instanceof Error ? error.message : String(error) };
          this.logger.error(`rebuild of ${projections.join(', ')} failed: ${String(error)}`);
        },
      )
      .finally(() => (this.running = undefined));
    return this.run;
  }

  /** Resolves once no rebuild is running (for shutdown). */
  async settled(): Promise<void> {
    await this.running;
  }
}
