import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { OWNER_ANSWERS, type OwnerAnswer } from '../../domain/customer-profile.js';

/** Personal data, given voluntarily: stored encrypted under the customer's key and used only in aggregates. */
export class RecordOwnerProfileDto {
  @ApiProperty({ enum: OWNER_ANSWERS, description: 'Is the company led by a woman (focus group)' })
  @IsIn(OWNER_ANSWERS)
  womenLed!: OwnerAnswer;

  @ApiProperty({ enum: OWNER_ANSWERS, description: 'Foreign background as SCB defines it: born abroad, or born in Sweden with two parents born abroad' })
  @IsIn(OWNER_ANSWERS)
  foreignBackground!: OwnerAnswer;

  @ApiPropertyOptional({ example: 'Anna Andersson' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  ownerName?: string;

  @ApiPropertyOptional({ example: '2026-03-02', description: 'Business date; defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'recordedOn must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'recordedOn must be a date YYYY-MM-DD in the years 1900–2100' })
  recordedOn?: string;
}
