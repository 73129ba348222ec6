import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { REGIONS, type Region } from '#libs/decider';
import { SCORECARD_METRIC_KEYS, type ScorecardMetricKey } from '../domain/scorecard-metrics.js';
import type { Quarter } from '../domain/scorecard-scope.js';

/** The scope a target or a deviation comment is about: a metric, a year, optionally a quarter and a region. */
export class ScorecardScopeDto {
  @ApiProperty({ enum: SCORECARD_METRIC_KEYS, example: 'new_lending_volume', description: 'A metric of the scorecard catalogue' })
  @IsIn(SCORECARD_METRIC_KEYS)
  metric!: ScorecardMetricKey;

  @ApiProperty({ type: 'integer', example: 2026, minimum: 1900, maximum: 2999 })
  @IsInt()
  @Min(1900)
  @Max(2999)
  year!: number;

  @ApiPropertyOptional({ enum: [1, 2, 3, 4], example: 1, description: 'A quarter of the year; absent for the whole year' })
  @IsOptional()
  @IsIn([1, 2, 3, 4])
  quarter?: Quarter;

  @ApiPropertyOptional({ enum: REGIONS, example: 'vastmanland', description: 'One region; absent for both together' })
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;
}
