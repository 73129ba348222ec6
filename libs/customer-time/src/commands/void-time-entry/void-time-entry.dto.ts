import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';

export class VoidTimeEntryDto {
  @ApiPropertyOptional({ example: 'advisor-anna', description: 'Whose time it is; defaults to you. With date, it finds the day the entry was recorded on' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  employeeId?: string;

  @ApiProperty({ example: '2026-03-02', description: 'The business date the entry was recorded on' })
  @IsISO8601({ strict: true }, { message: 'date must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'date must be a date YYYY-MM-DD in the years 1900–2100' })
  date!: string;

  @ApiProperty({ example: 'Logged on the wrong day', description: 'Why the entry stops counting' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}
