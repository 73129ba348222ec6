import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

export class ApproveLoanDto {
  @ApiPropertyOptional({ example: '2026-03-06', description: 'Business date of the approval (the loan counts as granted then); defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'approvedOn must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'approvedOn must be a date YYYY-MM-DD in the years 1900–2100' })
  approvedOn?: string;
}
