import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { REGIONS, type Region } from '#libs/decider';

/**
 * The query string every figure route takes. The fields are checked one by one here; which
 * combinations form a period (exactly one of year, year+quarter, year+month, from+to) is checked by
 * parsePeriod, so the rule lives in one place for HTTP and for direct callers.
 */
export class FigureQueryDto {
  @ApiProperty({ required: false, type: 'integer', example: 2025, minimum: 1900, maximum: 2999, description: 'A calendar year; alone, or with quarter or month' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2999)
  year?: number;

  @ApiProperty({ required: false, enum: [1, 2, 3, 4], example: 1, description: 'A quarter of year' })
  @IsOptional()
  @Type(() => Number)
  @IsIn([1, 2, 3, 4])
  quarter?: number;

  @ApiProperty({ required: false, type: 'integer', minimum: 1, maximum: 12, example: 3, description: 'A month of year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(12)
  month?: number;

  @ApiProperty({ required: false, example: '2025-01-15', description: 'First business date of a range (with to; not with year)' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiProperty({ required: false, example: '2025-02-14', description: 'Last business date of a range, included' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;

  @ApiProperty({ required: false, enum: REGIONS, description: 'One region (the customer’s latest region; for time, the employee’s); absent for both together' })
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;

  @ApiProperty({
    required: false,
    example: '1234-5678',
    description: "A command's answered position (<commit>-<prepare>): the figures include everything up to it (read your writes)",
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,16}-\d{1,16}$/, { message: 'position must be <commit>-<prepare>' })
  position?: string;

  @ApiProperty({
    required: false,
    example: '2000',
    description:
      "How long to wait for the read models to reach the store's head as it was when the request arrived (or position, if later), in ms; default 5000 (503 when they do not)",
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,6}$/, { message: 'waitMs must be a whole number of milliseconds' })
  waitMs?: string;

  @ApiProperty({
    required: false,
    enum: ['ok'],
    description: "'ok': answer at once, without waiting for the read models; freshness.complete says whether the figures include everything",
  })
  @IsOptional()
  @IsIn(['ok'], { message: "stale must be 'ok'" })
  stale?: 'ok';
}
