import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { REGIONS, type Region } from '#libs/decider';
import { REPORT_KINDS, type ReportKind } from '../../domain/report-scope.js';

export class ListIssuedReportsQueryDto {
  @ApiProperty({ type: 'integer', example: 2026, minimum: 1900, maximum: 2999, description: 'The year the reports are about' })
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2999)
  year!: number;

  @ApiProperty({ required: false, enum: REPORT_KINDS })
  @IsOptional()
  @IsIn(REPORT_KINDS)
  kind?: ReportKind;

  @ApiProperty({ required: false, enum: REGIONS, description: "Only that region's reports; absent for all (both-regions reports included)" })
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;
}
