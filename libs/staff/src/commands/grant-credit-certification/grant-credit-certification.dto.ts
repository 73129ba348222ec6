import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

export class GrantCreditCertificationDto {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'First business date covered; defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'validFrom must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'validFrom must be a date YYYY-MM-DD in the years 1900–2100' })
  validFrom?: string;

  @ApiPropertyOptional({ example: '2027-12-31', description: 'Last business date covered (inclusive); absent for a certification without an end date' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'validTo must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'validTo must be a date YYYY-MM-DD in the years 1900–2100' })
  validTo?: string;
}
