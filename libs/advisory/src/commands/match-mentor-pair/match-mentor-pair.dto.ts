import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { MENTOR_PROGRAMMES, type MentorProgramme } from '../../domain/advisory-modules.js';

export class MatchMentorPairDto {
  @ApiProperty({ enum: MENTOR_PROGRAMMES, example: 'mentor_utveckla_foretag', description: 'The mentor programme' })
  @IsIn(MENTOR_PROGRAMMES)
  programme!: MentorProgramme;

  @ApiProperty({
    example: 'Karin Lindqvist',
    description: "The mentor's name: personal data, stored encrypted under the customer's key and shown masked in the audit trail",
  })
  @IsString()
  @Length(1, 200)
  mentorName!: string;

  @ApiProperty({ example: '556036-0793', description: 'Organisationsnummer of the registered customer (the entrepreneur’s company)' })
  @Matches(/^\d{6}-?\d{4}$/, { message: 'customerId must be an organisationsnummer: 10 digits, optionally NNNNNN-NNNN' })
  customerId!: string;

  @ApiPropertyOptional({ example: '2026-03-02', description: 'Business date of the match; defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'matchedOn must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'matchedOn must be a date YYYY-MM-DD in the years 1900–2100' })
  matchedOn?: string;

  @ApiPropertyOptional({ example: '0b6f2c1e-8a4d-4f1e-9c3a-2d7e5b9f1a60', description: 'The special assignment (funding project) that finances it; must be registered' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  fundingProjectId?: string;
}
