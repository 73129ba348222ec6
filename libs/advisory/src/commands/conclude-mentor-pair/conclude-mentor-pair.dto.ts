import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

export class ConcludeMentorPairDto {
  @ApiPropertyOptional({ example: '2026-12-15', description: 'Business date the pair concluded, not before it was matched; defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'concludedOn must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'concludedOn must be a date YYYY-MM-DD in the years 1900–2100' })
  concludedOn?: string;
}
