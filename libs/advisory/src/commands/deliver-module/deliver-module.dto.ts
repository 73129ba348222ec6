import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { defaultAdvisoryModules } from '../../domain/advisory-modules.js';

export class DeliverModuleDto {
  @ApiProperty({ example: '556036-0793', description: 'Organisationsnummer of a registered customer' })
  @Matches(/^\d{6}-?\d{4}$/, { message: 'customerId must be an organisationsnummer: 10 digits, optionally NNNNNN-NNNN' })
  customerId!: string;

  @ApiProperty({
    example: 'affarsutveckling',
    description: `A key of the module catalogue in force: by default ${defaultAdvisoryModules.map((m) => m.key).join(', ')}; ADVISORY_MODULES_FILE adds more`,
  })
  @IsString()
  @Length(1, 64)
  module!: string;

  @ApiPropertyOptional({ example: 'advisor-anna', description: 'The advisor who delivered it; defaults to you' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  advisorId?: string;

  @ApiPropertyOptional({ example: '2026-03-02', description: 'Business date of the delivery; defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'deliveredOn must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'deliveredOn must be a date YYYY-MM-DD in the years 1900–2100' })
  deliveredOn?: string;

  @ApiPropertyOptional({ example: '0b6f2c1e-8a4d-4f1e-9c3a-2d7e5b9f1a60', description: 'The special assignment (funding project) that finances it; must be registered' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  fundingProjectId?: string;
}
