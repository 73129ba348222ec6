import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { HorizonBlocker } from '#libs/event-store';
import type { ProjectionStatus } from '#libs/projections';
import type { RebuildRun } from './projection-rebuilds.service.js';

/** A rebuild some process is running for the projection, beside the live tables. */
export class ProjectionRebuildStateDto {
  @ApiProperty({ example: '1200-0', description: 'The position the rebuild has reached' }) position!: string;
  @ApiProperty({ type: 'integer', description: 'Events of the projection’s types applied so far' }) eventsDone!: number;
  @ApiProperty({ type: 'integer', description: 'Events done plus every event still after the rebuild’s position: an upper bound' }) eventsTotal!: number;
  @ApiProperty({ example: '2026-05-01T08:00:00.000Z' }) startedAt!: string;
}

/** An appending transaction open for more than a few seconds: it holds back what every reader of the store sees. */
export class HorizonBlockerDto implements HorizonBlocker {
  @ApiProperty({ type: 'integer' }) pid!: number;
  @ApiProperty({ example: 'almi-api' }) applicationName!: string;
  @ApiProperty({ description: 'Seconds since its transaction began' }) ageSeconds!: number;
  @ApiProperty({ type: String, nullable: true, example: 'idle in transaction', description: 'pg_stat_activity state' }) state!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Lock:transactionid', description: 'What it waits for (wait_event_type:wait_event), if it waits' }) waitingOn!:
    string | null;
}

/** Where one read model is. */
export class ProjectionStatusDto implements ProjectionStatus {
  @ApiProperty({ example: 'customers' }) name!: string;
  @ApiProperty({ example: '1234-5', description: 'The last position the projection has applied' }) checkpoint!: string;
  @ApiProperty({ example: '1234-5', description: "The store's head" }) head!: string;
  @ApiProperty({ type: 'integer', example: 0, description: 'Events after the checkpoint' }) lagEvents!: number;
  @ApiProperty({ example: 0, description: 'Record time of the head event minus that of the checkpointed event, in seconds; 0 when caught up' }) lagSeconds!: number;
  @ApiProperty({ enum: ['running', 'waiting-for-lock', 'stopped'], description: 'This api process’s part in the projection' }) state!: ProjectionStatus['state'];
  @ApiProperty({ description: 'Some process (this one or another) holds the projection’s lock and so projects it' }) active!: boolean;
  @ApiProperty() rebuilding!: boolean;
  @ApiPropertyOptional({ type: ProjectionRebuildStateDto, description: 'Present while a rebuild runs' }) rebuild?: ProjectionRebuildStateDto;
  @ApiPropertyOptional({ description: 'The last failure, while the projection retries' }) lastError?: string;
  @ApiPropertyOptional({ example: '2026-05-01T08:00:00.000Z', description: 'When the checkpoint last changed; absent before the first batch' }) updatedAt?: string;
  @ApiPropertyOptional({
    type: HorizonBlockerDto,
    description: 'The oldest appending transaction open for more than a few seconds, which the projection cannot move past; absent when nothing holds the horizon back',
  })
  heldBackBy?: HorizonBlockerDto;
}

export class RebuildRunProgressDto {
  @ApiProperty({ example: 'customers', description: 'The projection being rebuilt, in turn' }) projection!: string;
  @ApiProperty({ type: 'integer' }) eventsDone!: number;
  @ApiProperty({ type: 'integer', description: 'An upper bound' }) eventsTotal!: number;
  @ApiProperty({ description: 'The rebuilt tables have taken the live ones’ place' }) switched!: boolean;
}

/** The rebuild this api process runs, or the last one it ran. */
export class RebuildRunDto implements RebuildRun {
  @ApiProperty({ type: [String], example: ['customers'] }) projections!: readonly string[];
  @ApiProperty({ example: '2026-05-01T08:00:00.000Z' }) startedAt!: string;
  @ApiPropertyOptional({ type: RebuildRunProgressDto, description: 'The last progress reported' }) progress?: RebuildRunProgressDto;
  @ApiPropertyOptional({ example: '2026-05-01T08:01:30.000Z', description: 'Present once the run has ended' }) finishedAt?: string;
  @ApiPropertyOptional({ description: 'Why the run failed; absent when it succeeded or still runs' }) error?: string;
}

/** GET /projections: every read model's status and this process's rebuild. */
export class ProjectionsStatusResponse {
  @ApiProperty({ type: [ProjectionStatusDto], description: 'One entry per projection' }) projections!: ProjectionStatusDto[];
  @ApiProperty({ type: RebuildRunDto, nullable: true, description: 'The rebuild this api process runs, or the last one it ran; null when none' }) rebuild!: RebuildRunDto | null;
}
