import { ApiProperty } from '@nestjs/swagger';
import type { Region } from '#libs/decider';
import { FigureScopeDto } from '../../figures.js';

export const RETURN_ON_LENDING_GOAL_PERCENT = 2;

/** Figures 1 and 2 for one cut (all, a product or a region). Amounts in öre. */
export class LoanAmountsDto {
  @ApiProperty({ description: 'Loans granted (approved) in the period, guarantees included' }) loansGranted!: number;
  @ApiProperty({ description: 'Sum of their granted amounts' }) grantedVolumeOre!: number;
  @ApiProperty({ description: 'New lending volume: disbursements booked in the period' }) newLendingVolumeOre!: number;
  @ApiProperty({ description: 'Principal repaid in the period' }) repaidPrincipalOre!: number;
  @ApiProperty({ description: 'Interest paid in the period' }) interestOre!: number;
  @ApiProperty({ description: 'Fees paid in the period' }) feesOre!: number;
  @ApiProperty({ description: 'Principal written off in the period' }) writtenOffOre!: number;
}

export class LoanAmountsByProductDto extends LoanAmountsDto {
  @ApiProperty({ example: 'mikrolan' }) product!: string;
  @ApiProperty({ enum: ['loan', 'guarantee'], nullable: true, type: String }) productKind!: string | null;
}

export class LoanAmountsByRegionDto extends LoanAmountsDto {
  @ApiProperty({ enum: ['vastmanland', 'orebro'] }) region!: Region;
}

export class LoansByTargetGroupDto {
  @ApiProperty({ enum: ['bredd', 'ideal', 'spets', 'unclassified'], description: "The customer's group on the approval date" }) targetGroup!: string;
  @ApiProperty() loansGranted!: number;
  @ApiProperty() grantedVolumeOre!: number;
}

export class QuarterBalanceDto {
  @ApiProperty({ example: '2025-Q4' }) quarter!: string;
  @ApiProperty({ example: '2025-12-31' }) end!: string;
  @ApiProperty({ description: 'Disbursed − repaid principal − written off, booked on or before end' }) outstandingPrincipalOre!: number;
}

export class ReturnOnLendingDto {
  @ApiProperty({ example: '2023-01-01', description: 'First day of the oldest of the 12 quarters' }) from!: string;
  @ApiProperty({ example: '2025-12-31', description: 'Last day of the quarter containing the period’s last day' }) to!: string;
  @ApiProperty({ type: [QuarterBalanceDto], description: 'The 12 quarter-end balances, oldest first' }) quarters!: QuarterBalanceDto[];
  @ApiProperty() interestOre!: number;
  @ApiProperty() feesOre!: number;
  @ApiProperty() writtenOffOre!: number;
  @ApiProperty({ description: 'interest + fees − written off over the 12 quarters' }) incomeOre!: number;
  @ApiProperty({ description: 'Mean of the 12 quarter-end balances (may have a fraction of an öre)' }) meanOutstandingPrincipalOre!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'income ÷ mean ÷ 3 × 100 (annual %); null when the mean is 0' }) returnPercent!: number | null;
  @ApiProperty({ example: RETURN_ON_LENDING_GOAL_PERCENT }) goalPercent!: number;
}

/** Figures 1–4: loans granted, lending flows, outstanding principal, return on lending. */
export class LoanVolumeResponse extends FigureScopeDto {
  @ApiProperty({ type: LoanAmountsDto }) totals!: LoanAmountsDto;
  @ApiProperty({ description: 'Outstanding principal at the period’s last day' }) outstandingPrincipalOre!: number;
  @ApiProperty({ type: [LoanAmountsByProductDto], description: 'Products with any activity in the period' }) byProduct!: LoanAmountsByProductDto[];
  @ApiProperty({ type: [LoanAmountsByRegionDto], description: 'Each region asked for (by the customer’s latest region)' }) byRegion!: LoanAmountsByRegionDto[];
  @ApiProperty({ type: [LoansByTargetGroupDto], description: 'Loans granted by the customer’s target group on the approval date' }) byTargetGroup!: LoansByTargetGroupDto[];
  @ApiProperty({ type: ReturnOnLendingDto }) returnOnLending!: ReturnOnLendingDto;
}
