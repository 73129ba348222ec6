import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import { defaultLoanProducts } from '../../domain/loan-products.js';

export class RegisterLoanApplicationDto {
  @ApiProperty({ example: '556036-0793', description: 'Organisationsnummer of a registered customer' })
  @Matches(/^\d{6}-?\d{4}$/, { message: 'customerId must be an organisationsnummer: 10 digits, optionally NNNNNN-NNNN' })
  customerId!: string;

  @ApiProperty({
    example: 'mikrolan',
    description: `Product key from the catalogue (configurable with LOAN_PRODUCTS_FILE); by default one of ${Object.keys(defaultLoanProducts).join(', ')}`,
  })
  @IsString()
  @Length(1, 64)
  product!: string;

  @ApiProperty({ example: 15_000_000, description: 'Amount applied for, in öre (SEK 150,000 = 15000000); must lie within the product limits' })
  @IsInt()
  @Min(1)
  amountOre!: number;

  @ApiProperty({ example: 'Ny CNC-maskin' })
  @IsString()
  @Length(1, 1000)
  purpose!: string;

  @ApiPropertyOptional({ example: '2026-03-02', description: 'Business date of the application; defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'appliedOn must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'appliedOn must be a date YYYY-MM-DD in the years 1900–2100' })
  appliedOn?: string;

  @ApiPropertyOptional({ example: 'eruf-2026-vastmanland', description: 'A special assignment (särskilt uppdrag) financing the loan, reported separately' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  fundingProjectId?: string;
}
