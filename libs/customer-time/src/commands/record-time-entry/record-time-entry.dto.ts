import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import { TIME_ENTRY_KINDS, type TimeEntryKind } from '../../domain/time-entry-kind.js';

export class RecordTimeEntryDto {
  @ApiPropertyOptional({ example: 'advisor-anna', description: 'Whose time it is; defaults to you (time is logged only by the employee themself: anyone else is 403)' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  employeeId?: string;

  @ApiPropertyOptional({ example: '2026-03-02', description: 'Business date the time was spent; defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'date must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'date must be a date YYYY-MM-DD in the years 1900–2100' })
  date?: string;

  @ApiProperty({ type: 'integer', example: 90, minimum: 1, description: 'Whole minutes; one person’s day holds at most 24 h (1440 min) of live entries' })
  @IsInt()
  @Min(1)
  minutes!: number;

  @ApiProperty({ enum: TIME_ENTRY_KINDS, example: 'customer', description: 'Customer time, internal time, or absence (leave, sickness: not worked time)' })
  @IsIn(TIME_ENTRY_KINDS)
  kind!: TimeEntryKind;

  @ApiPropertyOptional({ example: '556036-0793', description: 'Organisationsnummer of a registered customer: required for customer time, refused for the other kinds' })
  @IsOptional()
  @Matches(/^\d{6}-?\d{4}$/, { message: 'customerId must be an organisationsnummer: 10 digits, optionally NNNNNN-NNNN' })
  customerId?: string;

  @ApiPropertyOptional({ example: '0b6f2c1e-8a4d-4f1e-9c3a-2d7e5b9f1a60', description: 'The special assignment (funding project) that finances this time; must be registered' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  fundingProjectId?: string;
}
