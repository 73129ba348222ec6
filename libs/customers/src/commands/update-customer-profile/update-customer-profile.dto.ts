import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { REGIONS, type Region } from '#libs/decider';
import { COMPANY_PHASES, type CompanyPhase } from '../../domain/customer-profile.js';

/** Only the fields given change; fields equal to what is recorded are left out of the event. */
export class UpdateCustomerProfileDto {
  @ApiPropertyOptional({ example: 'Verkstads AB' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ enum: REGIONS })
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;

  @ApiPropertyOptional({ example: 'Köping' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  municipality?: string;

  @ApiPropertyOptional({ enum: COMPANY_PHASES, description: 'A change of phase matters for the early-stage focus group' })
  @IsOptional()
  @IsIn(COMPANY_PHASES)
  phase?: CompanyPhase;

  @ApiPropertyOptional({ example: '2026-03-02', description: 'Business date from which the new profile holds; defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'updatedOn must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'updatedOn must be a date YYYY-MM-DD in the years 1900–2100' })
  updatedOn?: string;
}
