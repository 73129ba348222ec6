import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

export class CloseLoanDto {
  @ApiPropertyOptional({ example: '2026-10-01', description: 'Business date of the closing, on or after the last activity; defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'closedOn must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'closedOn must be a date YYYY-MM-DD in the years 1900–2100' })
  closedOn?: string;
}
