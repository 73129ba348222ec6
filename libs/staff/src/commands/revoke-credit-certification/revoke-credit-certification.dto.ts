import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

export class RevokeCreditCertificationDto {
  @ApiPropertyOptional({ example: '2026-03-02', description: 'First business date no longer covered; defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'effectiveFrom must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'effectiveFrom must be a date YYYY-MM-DD in the years 1900–2100' })
  effectiveFrom?: string;
}
