import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { REGIONS, type Region } from '#libs/decider';
import { COMPANY_PHASES, type CompanyPhase } from '../../domain/customer-profile.js';

export class RegisterCustomerDto {
  @ApiProperty({ example: '556036-0793', description: 'Organisationsnummer, 10 digits with a valid check digit; a hyphen is accepted' })
  @Matches(/^\d{6}-?\d{4}$/, { message: 'customerId must be an organisationsnummer: 10 digits, optionally NNNNNN-NNNN' })
  customerId!: string;

  @ApiProperty({ example: 'Verkstads AB' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ enum: REGIONS })
  @IsIn(REGIONS)
  region!: Region;

  @ApiProperty({ example: 'Västerås' })
  @IsString()
  @Length(1, 100)
  municipality!: string;

  @ApiProperty({ example: '2019-04-01' })
  @IsISO8601({ strict: true }, { message: 'foundedOn must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'foundedOn must be a date YYYY-MM-DD in the years 1900–2100' })
  foundedOn!: string;

  @ApiProperty({ enum: COMPANY_PHASES })
  @IsIn(COMPANY_PHASES)
  phase!: CompanyPhase;

  @ApiPropertyOptional({ example: '2026-03-02', description: 'Business date; defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'registeredOn must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'registeredOn must be a date YYYY-MM-DD in the years 1900–2100' })
  registeredOn?: string;
}
