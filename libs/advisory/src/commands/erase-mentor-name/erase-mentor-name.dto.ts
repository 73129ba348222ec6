import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

export class EraseMentorNameDto {
  @ApiPropertyOptional({ example: '2026-03-02', description: 'Business date of the request for erasure; defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'requestedOn must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'requestedOn must be a date YYYY-MM-DD in the years 1900–2100' })
  requestedOn?: string;
}
