import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageOf } from '../common/api-list.js';
import { DATE, ListQueryDto, ReadYourWritesQueryDto } from '../common/list-query.dto.js';

export const LOAN_STATUSES = ['applied', 'granted', 'approved', 'active', 'written_off', 'closed', 'rejected'] as const;

const STATUS_DESCRIPTION =
  'applied: awaiting a decision; granted: decided, awaiting the four-eyes approval; approved: to disburse or disbursing (less than the grant paid out); active: paid out (or a guarantee in force); written_off: nothing outstanding after a write-off; closed; rejected';

export class LoanListQueryDto extends ListQueryDto {
  @ApiProperty({ required: false, enum: LOAN_STATUSES, description: STATUS_DESCRIPTION })
  @IsOptional()
  @IsIn(LOAN_STATUSES)
  status?: string;

  @ApiProperty({ required: false, example: 'foretagslan', description: 'A loan-product key' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  product?: string;

  @ApiProperty({ required: false, example: '556036-0793', description: 'The customer’s organisationsnummer, with or without the hyphen' })
  @IsOptional()
  @Matches(/^\d{6}-?\d{4}$/, { message: 'customerId must be an organisationsnummer NNNNNN-NNNN' })
  customerId?: string;

  @ApiProperty({ required: false, example: 'olle', description: 'Loans this officer registered, decided or approved' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  officerId?: string;
}

export class WorklistQueryDto extends ListQueryDto {}

export class LoanQueryDto extends ReadYourWritesQueryDto {
  @ApiProperty({ required: false, example: '2026-06-30', description: 'Also give the outstanding principal at the end of this business date' })
  @IsOptional()
  @Matches(DATE, { message: 'on must be a date YYYY-MM-DD' })
  on?: string;
}

export class LoanSummaryDto {
  @ApiProperty({ example: '0b6f2f3e-5d1c-4a8e-9a57-1c2b3d4e5f60' }) loanId!: string;
  @ApiProperty({ example: '5560360793' }) customerId!: string;
  @ApiProperty({ nullable: true, type: String, example: 'Älvdalens Verkstads AB', description: 'Null when the customer is not in the directory' }) customerName!: string | null;
  @ApiProperty({ example: 'foretagslan' }) product!: string;
  @ApiProperty({ enum: ['loan', 'guarantee'] }) productKind!: string;
  @ApiProperty({ enum: LOAN_STATUSES, description: STATUS_DESCRIPTION, example: 'granted' }) status!: string;
  @ApiProperty({ example: 30000000 }) appliedAmountOre!: number;
  @ApiProperty({ example: '2026-03-02' }) appliedOn!: string;
  @ApiProperty({ example: 'olle', description: 'Who registered the application' }) appliedBy!: string;
  @ApiProperty({ nullable: true, type: Number, example: 25000000 }) grantedAmountOre!: number | null;
  @ApiProperty({ nullable: true, type: String, example: '2026-03-05' }) decidedOn!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'olle' }) decidedBy!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) approvedOn!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) approvedBy!: string | null;
  @ApiProperty({ example: 0, description: 'Disbursed so far' }) disbursedOre!: number;
  @ApiProperty({ example: 0, description: 'Disbursed − repaid principal − written off, now' }) outstandingOre!: number;
}

export const LoanPage = PageOf(LoanSummaryDto, 'LoanPage');

export class LoanStepDto {
  @ApiProperty({ enum: ['applied', 'granted', 'rejected', 'approved', 'closed'], example: 'granted' }) step!: string;
  @ApiProperty({ example: '2026-03-05', description: 'Business date' }) on!: string;
  @ApiProperty({ example: 'olle', description: 'Who recorded it' }) by!: string;
  @ApiProperty({ example: '2026-03-05T09:12:44.120Z' }) recordedAt!: string;
}

export class LoanBookAmountsDto {
  @ApiProperty({ nullable: true, type: Number, example: 25000000 }) grantedOre!: number | null;
  @ApiProperty({ example: 10000000 }) disbursedOre!: number;
  @ApiProperty({ example: 15000000, description: 'Granted − disbursed (0 for guarantees, rejected and closed loans)' }) remainingToDisburseOre!: number;
  @ApiProperty({ example: 500000 }) repaidPrincipalOre!: number;
  @ApiProperty({ example: 120000 }) interestOre!: number;
  @ApiProperty({ example: 5000 }) feesOre!: number;
  @ApiProperty({ example: 0 }) writtenOffOre!: number;
  @ApiProperty({ example: 9500000, description: 'Outstanding principal today: disbursed − repaid principal − written off, by business date' }) outstandingOre!: number;
}

export class OutstandingOnDto {
  @ApiProperty({ example: '2026-06-30' }) on!: string;
  @ApiProperty({ example: 10000000, description: 'Outstanding principal at the end of that business date' }) outstandingOre!: number;
}

export class LoanMovementDto {
  @ApiProperty({ example: '6c2e…' }) eventId!: string;
  @ApiProperty({ enum: ['disbursement', 'repayment', 'write_off'] }) kind!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The disbursement or repayment id', example: 'd-1' }) movementId!: string | null;
  @ApiProperty({ example: '2026-03-10', description: 'Business date' }) on!: string;
  @ApiProperty({ example: 10000000, description: 'Principal + interest + fees' }) amountOre!: number;
  @ApiProperty({ example: 10000000 }) principalOre!: number;
  @ApiProperty({ example: 0 }) interestOre!: number;
  @ApiProperty({ example: 0 }) feesOre!: number;
  @ApiProperty({ nullable: true, type: String, example: null, description: 'A write-off’s reason' }) reason!: string | null;
  @ApiProperty({ example: 'olle' }) recordedBy!: string;
  @ApiProperty({ example: '2026-03-10T10:01:02.000Z' }) recordedAt!: string;
}

export class LoanDetailDto extends LoanSummaryDto {
  @ApiProperty({ example: 'Ny CNC-maskin' }) purpose!: string;
  @ApiProperty({ nullable: true, type: String, example: null }) fundingProjectId!: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 650 }) interestRateBasisPoints!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 60 }) termMonths!: number | null;
  @ApiProperty({ nullable: true, type: String, example: null }) rejectionReason!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) closedOn!: string | null;
  @ApiProperty({ type: [LoanStepDto], description: 'The life cycle, in the order recorded' }) lifeCycle!: LoanStepDto[];
  @ApiProperty({ type: LoanBookAmountsDto }) amounts!: LoanBookAmountsDto;
  @ApiProperty({ required: false, type: OutstandingOnDto, description: 'With ?on=' }) outstandingOn?: OutstandingOnDto;
  @ApiProperty({ type: [LoanMovementDto], description: 'Every money movement, in the order recorded' }) movements!: LoanMovementDto[];
  @ApiProperty({ example: '812-4410' }) position!: string;
}
