import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';

export class RecordSurveyAnswerDto {
  @ApiProperty({ example: '556036-0793', description: 'Organisationsnummer of a registered customer' })
  @Matches(/^\d{6}-?\d{4}$/, { message: 'customerId must be an organisationsnummer: 10 digits, optionally NNNNNN-NNNN' })
  customerId!: string;

  @ApiProperty({ example: true, description: 'Would the customer recommend Almi? The recommendation share counts these' })
  @IsBoolean()
  wouldRecommend!: boolean;

  @ApiPropertyOptional({ type: 'integer', example: 9, minimum: 0, maximum: 10, description: 'The score 0–10, when the customer gave one' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  score?: number;

  @ApiPropertyOptional({ example: '2026-03-20', description: 'Business date the customer answered; defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'answeredOn must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'answeredOn must be a date YYYY-MM-DD in the years 1900–2100' })
  answeredOn?: string;
}
