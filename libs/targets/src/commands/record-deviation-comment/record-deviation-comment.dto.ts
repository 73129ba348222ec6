import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { REGIONS, type Region } from '#libs/decider';
import { SCORECARD_METRIC_KEYS, type ScorecardMetricKey } from '../../domain/scorecard-metrics.js';
import type { Quarter } from '../../domain/scorecard-scope.js';

export class RecordDeviationCommentDto {
  @ApiProperty({ enum: SCORECARD_METRIC_KEYS, example: 'loans_granted', description: 'The scorecard metric the deviation is about' })
  @IsIn(SCORECARD_METRIC_KEYS)
  metric!: ScorecardMetricKey;

  @ApiProperty({ type: 'integer', example: 2026, minimum: 1900, maximum: 2999 })
  @IsInt()
  @Min(1900)
  @Max(2999)
  year!: number;

  @ApiPropertyOptional({ enum: [1, 2, 3, 4], example: 2, description: 'A quarter of the year; absent for the whole year' })
  @IsOptional()
  @IsIn([1, 2, 3, 4])
  quarter?: Quarter;

  @ApiPropertyOptional({ enum: REGIONS, example: 'orebro', description: 'One region; absent for both together' })
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;

  @ApiProperty({ example: 'Fewer loans than targeted: two large banks widened their SME lending in the spring.', description: 'Why the outcome deviates from target' })
  @IsString()
  @Length(1, 4000)
  comment!: string;
}
