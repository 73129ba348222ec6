import { ApiProperty } from '@nestjs/swagger';
import type { Region } from '#libs/decider';
import { FigureScopeDto } from '../../figures.js';
import type { Granularity } from '../../period.js';

export const CUSTOMER_TIME_GOAL = 0.8;

export class TimeShareDto {
  @ApiProperty() customerMinutes!: number;
  @ApiProperty() internalMinutes!: number;
  @ApiProperty({ description: 'customer + internal (absence is not worked time)' }) workedMinutes!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'customer ÷ worked (0..1); null when nothing was worked' }) share!: number | null;
}

export class TimeShareByRegionDto extends TimeShareDto {
  @ApiProperty({ enum: ['vastmanland', 'orebro'], description: "The employee's latest region" }) region!: Region;
}

export class TimeShareByEmployeeDto extends TimeShareDto {
  @ApiProperty() employeeId!: string;
  @ApiProperty({ enum: ['vastmanland', 'orebro'], nullable: true, type: String, description: 'null for an employee the staff register does not know (counted in totals only)' })
  region!: Region | null;
}

export class TimeShareFiguresDto {
  @ApiProperty({ type: TimeShareDto }) total!: TimeShareDto;
  @ApiProperty({ type: [TimeShareByRegionDto], description: 'Each region asked for' }) byRegion!: TimeShareByRegionDto[];
  @ApiProperty({ type: [TimeShareByEmployeeDto], description: 'Employees with time in it, by id' }) byEmployee!: TimeShareByEmployeeDto[];
}

export class TimeBucketDto extends TimeShareFiguresDto {
  @ApiProperty({ example: '2025-W03', description: "'2025-W03' (ISO week), '2025-03', '2025-Q1' or '2025'" }) key!: string;
  @ApiProperty({ description: 'First day of the bucket inside the period' }) from!: string;
  @ApiProperty({ description: 'Last day of the bucket inside the period' }) to!: string;
}

/** Figure 8: customer-time share over the period and per bucket. */
export class CustomerTimeResponse extends FigureScopeDto {
  @ApiProperty({ enum: ['week', 'month', 'quarter', 'year'] }) granularity!: Granularity;
  @ApiProperty({ example: CUSTOMER_TIME_GOAL, description: 'The directive’s goal line' }) goal!: number;
  @ApiProperty({ type: TimeShareDto }) total!: TimeShareDto;
  @ApiProperty({ type: [TimeShareByRegionDto] }) byRegion!: TimeShareByRegionDto[];
  @ApiProperty({ type: [TimeShareByEmployeeDto] }) byEmployee!: TimeShareByEmployeeDto[];
  @ApiProperty({ type: [TimeBucketDto], description: 'Every week, month, quarter or year across the period, in order; the first and last are cut to the period' })
  buckets!: TimeBucketDto[];
}
