import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SeedingSnapshot, SeedingState } from '../observability/seeding-status.js';

const SEEDING_STATES: readonly SeedingState[] = ['off', 'pending', 'seeding', 'done', 'skipped', 'failed'];

/** Demo seeding's progress. */
export class SeedingSnapshotDto implements SeedingSnapshot {
  @ApiProperty({ enum: SEEDING_STATES, example: 'seeding', description: "'off' when no demo seed was asked for" }) state!: SeedingState;
  @ApiProperty({ type: 'integer', example: 51200, description: 'Commands sent so far' }) done!: number;
  @ApiProperty({ type: 'integer', example: 121211, description: 'Commands planned' }) total!: number;
  @ApiProperty({ example: 2900, description: 'Commands per second so far' }) rate!: number;
  @ApiPropertyOptional({ example: '2026-05-01T08:00:00.000Z' }) startedAt?: string;
  @ApiPropertyOptional({ example: '2026-05-01T08:00:42.000Z' }) finishedAt?: string;
  @ApiPropertyOptional({ description: 'Why the seed failed' }) error?: string;
}

export class HealthResponse {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ enum: ['up'] }) database!: 'up';
  @ApiProperty({ type: 'integer', example: 0, description: 'Always 0 here: pending migrations answer 503' }) pendingMigrations!: number;
  @ApiProperty({ type: SeedingSnapshotDto }) seeding!: SeedingSnapshotDto;
}

export class LivenessResponse {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ example: 12.3, description: 'Seconds since the process started, to a tenth' }) uptimeSeconds!: number;
}

export class ReadinessCheckDto {
  @ApiProperty({ example: 'database', description: 'database, store-migrations, read-model-migrations, demo-seeding or projection:<name>' }) name!: string;
  @ApiProperty({ example: true }) ok!: boolean;
  @ApiProperty({ example: 'up' }) detail!: string;
}

export class ReadinessResponse {
  @ApiProperty({ enum: ['ready'] }) status!: 'ready';
  @ApiProperty({ type: [ReadinessCheckDto], description: 'Every check, all passed' }) checks!: ReadinessCheckDto[];
  @ApiProperty({ type: SeedingSnapshotDto }) seeding!: SeedingSnapshotDto;
}
