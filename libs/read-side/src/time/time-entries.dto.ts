import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageDto } from '../common/api-list.js';
import { DATE, ListQueryDto } from '../common/list-query.dto.js';

export class TimeEntriesQueryDto extends ListQueryDto {
  @ApiProperty({ required: false, example: 'anna', description: 'Whose entries: advisors and credit officers only their own (the default); controllers and admins anyone’s' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  employee?: string;

  @ApiProperty({ required: false, example: '2026-03-01', description: 'First business date (default: the first of this month)' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiProperty({ required: false, example: '2026-03-31', description: 'Last business date, included (default: today); at most 366 days after from' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;
}

export class TimeEntryChangeDto {
  @ApiProperty({ enum: ['recorded', 'corrected', 'voided'] }) change!: string;
  @ApiProperty({ example: 120, description: 'The values recorded by this change (a void repeats the values that stop counting)' }) minutes!: number;
  @ApiProperty({ enum: ['customer', 'internal', 'absence'] }) kind!: string;
  @ApiProperty({ nullable: true, type: String, example: '5560360793' }) customerId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null, description: 'A void’s reason' }) reason!: string | null;
  @ApiProperty({ example: 'anna' }) recordedBy!: string;
  @ApiProperty({ example: '2026-03-02T15:04:05.000Z' }) recordedAt!: string;
}

export class TimeEntryDto {
  @ApiProperty({ description: 'Pass it to /time-entries/:entryId/correction or /void', example: '8d3c0b0e-…' }) entryId!: string;
  @ApiProperty({ example: 'anna' }) employeeId!: string;
  @ApiProperty({ example: '2026-03-02' }) date!: string;
  @ApiProperty({ example: 90, description: 'Current minutes (after corrections)' }) minutes!: number;
  @ApiProperty({ enum: ['customer', 'internal', 'absence'] }) kind!: string;
  @ApiProperty({ nullable: true, type: String, example: '5560360793' }) customerId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) fundingProjectId!: string | null;
  @ApiProperty({ description: 'A voided entry no longer counts' }) voided!: boolean;
  @ApiProperty({ type: [TimeEntryChangeDto], description: 'Recorded, then each correction and void, in order' }) history!: TimeEntryChangeDto[];
}

export class TimeTotalsDto {
  @ApiProperty({ example: 360 }) customerMinutes!: number;
  @ApiProperty({ example: 120 }) internalMinutes!: number;
  @ApiProperty({ example: 0 }) absenceMinutes!: number;
  @ApiProperty({ example: 480, description: 'Customer + internal + absence (absence counts toward the 24 hours)' }) totalMinutes!: number;
}

export class TimeDayDto extends TimeTotalsDto {
  @ApiProperty({ example: '2026-03-02' }) date!: string;
  @ApiProperty({ example: 960, description: '24 h (1,440 minutes) − total: what may still be logged on the day' }) remainingMinutes!: number;
}

export class TimeWeekDto extends TimeTotalsDto {
  @ApiProperty({ example: '2026-W10', description: 'ISO week' }) week!: string;
  @ApiProperty({ example: '2026-03-02', description: 'Its Monday' }) from!: string;
  @ApiProperty({ example: 2, description: 'Days with time logged' }) days!: number;
  @ApiProperty({ example: 10080, description: '24 h for each of the week’s days in the range' }) capacityMinutes!: number;
}

export class CustomerTimeShareDto {
  @ApiProperty({ example: 360 }) customerMinutes!: number;
  @ApiProperty({ example: 120 }) internalMinutes!: number;
  @ApiProperty({ nullable: true, type: Number, example: 0.75, description: 'customer ÷ (customer + internal), live entries; null without worked time' }) share!: number | null;
}

/** A page of entries, and the totals of the whole range (not only the page). */
export class TimeEntryPage extends PageDto {
  @ApiProperty({ type: [TimeEntryDto], description: 'By date, then entry id; voided entries included, marked' }) items!: TimeEntryDto[];
  @ApiProperty({ example: 'anna' }) employeeId!: string;
  @ApiProperty({ example: '2026-03-01' }) from!: string;
  @ApiProperty({ example: '2026-03-31' }) to!: string;
  @ApiProperty({ type: [TimeDayDto], description: 'Each day of the range with time logged (live entries)' }) days!: TimeDayDto[];
  @ApiProperty({ type: [TimeWeekDto], description: 'Each ISO week of the range with time logged' }) weeks!: TimeWeekDto[];
  @ApiProperty({ type: CustomerTimeShareDto, description: 'Over the whole range' }) customerTimeShare!: CustomerTimeShareDto;
}
