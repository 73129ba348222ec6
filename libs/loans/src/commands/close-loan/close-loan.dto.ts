import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

export class CloseLoanDto {
  @ApiPropertyOptional({ example: '2026-10-01', description: 'Business date of the closing, on or after the last activity; defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'closedOn must be a date YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'closedOn must be a date YYYY-MM-DD' })
  closedOn?: string;
}
