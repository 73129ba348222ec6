import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Min } from 'class-validator';

export class WriteOffLoanDto {
  @ApiProperty({ example: 2_000_000, description: 'Principal written off (a credit loss), in öre; never more than is outstanding' })
  @IsInt()
  @Min(1)
  amountOre!: number;

  @ApiProperty({ example: 'Konkurs' })
  @IsString()
  @Length(1, 1000)
  reason!: string;

  @ApiPropertyOptional({ example: '2026-09-30', description: 'Business date of the write-off; defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'writtenOffOn must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'writtenOffOn must be a date YYYY-MM-DD in the years 1900–2100' })
  writtenOffOn?: string;
}
