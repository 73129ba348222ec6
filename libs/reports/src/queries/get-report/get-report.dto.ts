import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { REGIONS, type Region } from '#libs/decider';
import { LANGUAGES, type Language } from '../../formats/figure-format.js';
import { REPORT_FORMATS, type ReportFormat } from '../../formats/report-format.js';

export class YearlyReportQueryDto {
  @ApiProperty({ type: 'integer', example: 2026, minimum: 1900, maximum: 2999 })
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2999)
  year!: number;

  @ApiProperty({ required: false, enum: REGIONS, description: 'One region; absent for both together' })
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;

  @ApiProperty({ required: false, example: 'latest', description: "'latest' or a version number: the issued figures beside today's, with the difference per figure" })
  @IsOptional()
  @IsString()
  @Matches(/^(latest|[1-9]\d{0,5})$/, { message: "issued must be 'latest' or a version number" })
  issued?: string;

  @ApiProperty({ required: false, enum: REPORT_FORMATS, description: 'Overrides the Accept header (application/json, text/csv, text/html)' })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;

  @ApiProperty({ required: false, enum: LANGUAGES, default: 'sv', description: 'Language of the labels in CSV and HTML (JSON has both)' })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;

  @ApiProperty({ required: false, example: '1234-5678', description: "A command's answered position: the figures include everything up to it (read your writes)" })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,16}-\d{1,16}$/, { message: 'position must be <commit>-<prepare>' })
  position?: string;

  @ApiProperty({ required: false, example: '2000', description: "How long to wait for the read models to reach the store's head as it was when the request arrived (or position, if later), in ms; default 5000 (503 when not reached)" })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,6}$/, { message: 'waitMs must be a whole number of milliseconds' })
  waitMs?: string;

  @ApiProperty({ required: false, enum: ['ok'], description: "'ok': answer at once, without waiting for the read models; freshness says whether the figures include everything" })
  @IsOptional()
  @IsIn(['ok'], { message: "stale must be 'ok'" })
  stale?: 'ok';
}

export class QuarterlyReportQueryDto extends YearlyReportQueryDto {
  @ApiProperty({ enum: [1, 2, 3, 4], example: 1 })
  @Type(() => Number)
  @IsIn([1, 2, 3, 4])
  quarter!: 1 | 2 | 3 | 4;
}
