import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

export class BookProjectRevenueDto {
  @ApiProperty({ type: 'integer', example: 25000000, description: 'Amount in öre (SEK × 100), a positive whole number' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amountOre!: number;

  @ApiProperty({ example: 'Grant instalment 1' })
  @IsString()
  @Length(1, 500)
  description!: string;

  @ApiPropertyOptional({ example: '2026-03-31', description: 'Business date, within the project period; defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'bookedOn must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'bookedOn must be a date YYYY-MM-DD in the years 1900–2100' })
  bookedOn?: string;
}
