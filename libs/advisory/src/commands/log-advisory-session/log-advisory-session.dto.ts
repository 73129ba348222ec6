import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Min } from 'class-validator';

export class LogAdvisorySessionDto {
  @ApiPropertyOptional({
    example: 'session-2026-03-02-verkstads',
    description: 'Your own id for the session (1–100 of A–Z a–z 0–9 . _ : -); a new UUID when absent. A second session with the same id is 409',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._:-]{1,100}$/, { message: 'sessionId must be 1–100 characters of A–Z a–z 0–9 . _ : -' })
  sessionId?: string;

  @ApiProperty({ example: '556036-0793', description: 'Organisationsnummer of a registered customer' })
  @Matches(/^\d{6}-?\d{4}$/, { message: 'customerId must be an organisationsnummer: 10 digits, optionally NNNNNN-NNNN' })
  customerId!: string;

  @ApiPropertyOptional({ example: 'advisor-anna', description: 'Defaults to you: an advisor logs only their own sessions (anyone else is 403)' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  advisorId?: string;

  @ApiPropertyOptional({ example: '2026-03-02', description: 'Business date of the session; defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'date must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'date must be a date YYYY-MM-DD in the years 1900–2100' })
  date?: string;

  @ApiProperty({ type: 'integer', example: 60, minimum: 1, description: 'Length of the session in whole minutes' })
  @IsInt()
  @Min(1)
  durationMinutes!: number;

  @ApiProperty({ example: true, description: 'Was sustainability discussed in the session?' })
  @IsBoolean()
  sustainabilityDiscussed!: boolean;

  @ApiPropertyOptional({ example: '0b6f2c1e-8a4d-4f1e-9c3a-2d7e5b9f1a60', description: 'The special assignment (funding project) that finances it; must be registered' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  fundingProjectId?: string;
}
