import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { REGIONS, type Region } from '#libs/decider';
import type { Quarter } from '../../domain/report-scope.js';

export class IssueYearlyReportDto {
  @ApiProperty({ type: 'integer', example: 2025, minimum: 1900, maximum: 2999 })
  @IsInt()
  @Min(1900)
  @Max(2999)
  year!: number;

  @ApiPropertyOptional({ enum: REGIONS, description: 'One region; absent for both together' })
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;
}

export class IssueQuarterlyReportDto extends IssueYearlyReportDto {
  @ApiProperty({ enum: [1, 2, 3, 4], example: 1 })
  @IsIn([1, 2, 3, 4])
  quarter!: Quarter;
}
