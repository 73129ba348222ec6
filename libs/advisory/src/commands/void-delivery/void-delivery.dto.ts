import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';

export class VoidDeliveryDto {
  @ApiProperty({ example: 'Recorded for the wrong customer', description: 'Why the delivery stops counting' })
  @IsString()
  @Length(1, 500)
  reason!: string;

  @ApiPropertyOptional({ example: '2026-03-05', description: 'Business date of the void, not before the delivery; defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'voidedOn must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'voidedOn must be a date YYYY-MM-DD in the years 1900–2100' })
  voidedOn?: string;
}
