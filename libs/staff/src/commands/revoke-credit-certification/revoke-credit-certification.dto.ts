import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

export class RevokeCreditCertificationDto {
  @ApiPropertyOptional({ example: '2026-03-02', description: 'First business date no longer covered; defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'effectiveFrom must be a date YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveFrom must be a date YYYY-MM-DD' })
  effectiveFrom?: string;
}
