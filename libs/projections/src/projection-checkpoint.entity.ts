import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per projection: where it is in the global order and how a rebuild is going. The runner
 * writes it with SQL in the batch's own transaction; the entity is for readers (admin, status pages).
 * Column types are explicit so the entity also loads where decorator metadata is not emitted.
 */
@Entity({ name: 'projection_checkpoints' })
export class ProjectionCheckpointEntity {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ type: 'bigint' })
  commit!: number;

  @Column({ type: 'bigint' })
  prepare!: number;

  /** recorded_at of the checkpointed event: with the head's, it gives the lag in seconds. */
  @Column({ name: 'last_recorded_at', type: 'timestamptz', nullable: true })
  lastRecordedAt!: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** 'running', or 'rebuilding' while a rebuild builds beside the live tables. */
  @Column({ type: 'text' })
  status!: 'running' | 'rebuilding';

  /** The last batch failure, cleared by the next successful batch. */
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'rebuild_commit', type: 'bigint', nullable: true })
  rebuildCommit!: number | null;

  @Column({ name: 'rebuild_prepare', type: 'bigint', nullable: true })
  rebuildPrepare!: number | null;

  @Column({ name: 'rebuild_events', type: 'bigint', nullable: true })
  rebuildEvents!: number | null;

  @Column({ name: 'rebuild_started_at', type: 'timestamptz', nullable: true })
  rebuildStartedAt!: Date | null;

  @Column({ name: 'rebuilt_at', type: 'timestamptz', nullable: true })
  rebuiltAt!: Date | null;
}
