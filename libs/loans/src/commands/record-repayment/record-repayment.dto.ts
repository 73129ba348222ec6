import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsOptional, Matches, Min } from 'class-validator';

/** One payment from the customer, split into principal, interest and fees; together more than zero. */
export class RecordRepaymentDto {
  @ApiProperty({ example: 1_000_000, description: 'Principal repaid, in öre (0 for a payment of interest or fees only); never more than is outstanding' })
  @IsInt()
  @Min(0)
  principalOre!: number;

  @ApiPropertyOptional({ example: 25_000, description: 'Interest paid, in öre; defaults to 0' })
  @IsOptional()
  @IsInt()
  @Min(0)
  interestOre?: number;

  @ApiPropertyOptional({ example: 0, description: 'Fees paid, in öre; defaults to 0' })
  @IsOptional()
  @IsInt()
  @Min(0)
  feesOre?: number;

  @ApiPropertyOptional({
    example: 'inb-2026-0042',
    description: 'Your id for this payment: sending the same id and details again records nothing. A new id is made when absent',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._:-]{1,100}$/, { message: 'repaymentId must be 1–100 characters of A–Z a–z 0–9 . _ : -' })
  repaymentId?: string;

  @ApiPropertyOptional({ example: '2026-04-30', description: 'Business date of the payment; defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'paidOn must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'paidOn must be a date YYYY-MM-DD in the years 1900–2100' })
  paidOn?: string;
}
