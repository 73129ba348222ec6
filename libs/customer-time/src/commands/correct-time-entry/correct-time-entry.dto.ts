import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import { TIME_ENTRY_KINDS, type TimeEntryKind } from '../../domain/time-entry-kind.js';

export class CorrectTimeEntryDto {
  @ApiPropertyOptional({ example: 'advisor-anna', description: 'Whose time it is; defaults to you. With date, it finds the day the entry was recorded on' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  employeeId?: string;

  @ApiProperty({ example: '2026-03-02', description: 'The business date the entry was recorded on (an entry does not move between days: void it and record it again)' })
  @IsISO8601({ strict: true }, { message: 'date must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'date must be a date YYYY-MM-DD in the years 1900–2100' })
  date!: string;

  @ApiProperty({ type: 'integer', example: 120, minimum: 1, description: 'The corrected whole minutes; the day still holds at most 24 h' })
  @IsInt()
  @Min(1)
  minutes!: number;

  @ApiProperty({ enum: TIME_ENTRY_KINDS, example: 'customer' })
  @IsIn(TIME_ENTRY_KINDS)
  kind!: TimeEntryKind;

  @ApiPropertyOptional({ example: '556036-0793', description: 'Organisationsnummer of a registered customer: required for customer time, refused for the other kinds' })
  @IsOptional()
  @Matches(/^\d{6}-?\d{4}$/, { message: 'customerId must be an organisationsnummer: 10 digits, optionally NNNNNN-NNNN' })
  customerId?: string;
}
