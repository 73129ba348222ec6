import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Min, ValidateBy, ValidateIf, type ValidationArguments } from 'class-validator';

export const LOAN_OUTCOMES = ['granted', 'rejected'] as const;

/** A field of one outcome only: given with the other outcome it is refused (400), never silently ignored. */
const OnlyWhenOutcome = (outcome: (typeof LOAN_OUTCOMES)[number]) =>
  ValidateBy({
    name: 'onlyWhenOutcome',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => value === undefined || (args?.object as DecideLoanDto).outcome === outcome,
      defaultMessage: (args?: ValidationArguments) => `${args?.property} belongs only to a decision with outcome ${outcome}`,
    },
  });

/** A grant names amount, rate and term; a rejection names its reason. */
export class DecideLoanDto {
  @ApiProperty({ enum: LOAN_OUTCOMES })
  @IsIn(LOAN_OUTCOMES)
  outcome!: (typeof LOAN_OUTCOMES)[number];

  @ApiPropertyOptional({ example: 15_000_000, description: 'Granted amount in öre, within the product limits. Required when outcome is granted' })
  @ValidateIf((dto: DecideLoanDto) => dto.outcome === 'granted' || dto.amountOre !== undefined)
  @OnlyWhenOutcome('granted')
  @IsInt()
  @Min(1)
  amountOre!: number;

  @ApiPropertyOptional({ example: 650, description: 'Interest rate in basis points (6.50 % = 650). Required when outcome is granted' })
  @ValidateIf((dto: DecideLoanDto) => dto.outcome === 'granted' || dto.interestRateBasisPoints !== undefined)
  @OnlyWhenOutcome('granted')
  @IsInt()
  @Min(0)
  interestRateBasisPoints!: number;

  @ApiPropertyOptional({ example: 60, description: 'Term in months. Required when outcome is granted' })
  @ValidateIf((dto: DecideLoanDto) => dto.outcome === 'granted' || dto.termMonths !== undefined)
  @OnlyWhenOutcome('granted')
  @IsInt()
  @Min(1)
  termMonths!: number;

  @ApiPropertyOptional({ example: 'Bristande återbetalningsförmåga', description: 'Required when outcome is rejected' })
  @ValidateIf((dto: DecideLoanDto) => dto.outcome === 'rejected' || dto.reason !== undefined)
  @OnlyWhenOutcome('rejected')
  @IsString()
  @Length(1, 1000)
  reason!: string;

  @ApiPropertyOptional({ example: '2026-03-05', description: 'Business date of the decision; defaults to today (Europe/Stockholm)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'decidedOn must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'decidedOn must be a date YYYY-MM-DD in the years 1900–2100' })
  decidedOn?: string;
}
