import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsOptional, Matches, Min } from 'class-validator';

export class DisburseLoanDto {
  @ApiProperty({ example: 5_000_000, description: 'Amount paid out, in öre; all disbursements together never exceed the granted amount' })
  @IsInt()
  @Min(1)
  amountOre!: number;

  @ApiPropertyOptional({
    example: 'utb-2026-0001',
    description: 'Your id for this payment: sending the same id and details again records nothing. A new id is made when absent',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._:-]{1,100}$/, { message: 'disbursementId must be 1–100 characters of A–Z a–z 0–9 . _ : -' })
  disbursementId?: string;

  @ApiPropertyOptional({ example: '2026-03-10', description: 'Business date of the payment; defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'disbursedOn must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'disbursedOn must be a date YYYY-MM-DD in the years 1900–2100' })
  disbursedOn?: string;
}
