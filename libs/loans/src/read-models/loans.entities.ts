import { Column, Entity, PrimaryColumn } from 'typeorm';

/* Column types are explicit so the entities load without emitted decorator metadata. */
/** One row per loan application and its decision, approval (= granted) and closing. */
@Entity({ name: 'rm_loans' })
export class LoanRow {
  @PrimaryColumn({ name: 'loan_id', type: 'text' })
  loanId!: string;

  @Column({ name: 'customer_id', type: 'text' })
  customerId!: string;

  @Column({ name: 'product', type: 'text' })
  product!: string;

  @Column({ name: 'product_kind', type: 'text' })
  productKind!: string;

  @Column({ name: 'applied_amount_ore', type: 'bigint' })
  appliedAmountOre!: number;

  @Column({ name: 'applied_on', type: 'date' })
  appliedOn!: string;

  @Column({ name: 'status', type: 'text' })
  status!: 'applied' | 'grant_decided' | 'rejected' | 'approved' | 'closed';

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn!: string | null;

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'granted_amount_ore', type: 'bigint', nullable: true })
  grantedAmountOre!: number | null;

  @Column({ name: 'interest_rate_basis_points', type: 'integer', nullable: true })
  interestRateBasisPoints!: number | null;

  @Column({ name: 'term_months', type: 'integer', nullable: true })
  termMonths!: number | null;

  @Column({ name: 'approved_on', type: 'date', nullable: true })
  approvedOn!: string | null;

  @Column({ name: 'approved_by', type: 'text', nullable: true })
  approvedBy!: string | null;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ name: 'funding_project_id', type: 'text', nullable: true })
  fundingProjectId!: string | null;
}

/** Money movements: disbursements, repayments (principal, interest, fees) and write-offs, by business date. */
@Entity({ name: 'rm_loan_transactions' })
export class LoanTransactionRow {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'loan_id', type: 'text' })
  loanId!: string;

  @Column({ name: 'customer_id', type: 'text' })
  customerId!: string;

  @Column({ name: 'product', type: 'text' })
  product!: string;

  @Column({ name: 'kind', type: 'text' })
  kind!: 'disbursement' | 'repayment' | 'write_off';

  @Column({ name: 'booked_on', type: 'date' })
  bookedOn!: string;

  @Column({ name: 'principal_ore', type: 'bigint' })
  principalOre!: number;

  @Column({ name: 'interest_ore', type: 'bigint' })
  interestOre!: number;

  @Column({ name: 'fees_ore', type: 'bigint' })
  feesOre!: number;

  @Column({ name: 'funding_project_id', type: 'text', nullable: true })
  fundingProjectId!: string | null;
}

/** The customer's latest region as the loans projection saw it, with the position of the event that set it. */
@Entity({ name: 'rm_loan_customer_regions' })
export class LoanCustomerRegionRow {
  @PrimaryColumn({ name: 'customer_id', type: 'text' })
  customerId!: string;

  @Column({ name: 'region', type: 'text' })
  region!: string;

  @Column({ name: 'recorded_commit', type: 'bigint' })
  recordedCommit!: number;

  @Column({ name: 'recorded_prepare', type: 'bigint' })
  recordedPrepare!: number;
}

/**
 * rm_loan_transactions summed per month of booked_on, product and the customer's LATEST region
 * ('' while the customer's region is unknown): a customer who moves takes all its money along.
 */
@Entity({ name: 'rm_loan_money_monthly' })
export class LoanMoneyMonthlyRow {
  @PrimaryColumn({ name: 'month', type: 'date' })
  month!: string;

  @PrimaryColumn({ name: 'region', type: 'text' })
  region!: string;

  @PrimaryColumn({ name: 'product', type: 'text' })
  product!: string;

  /** How many transactions the row sums; a row is removed when none is left. */
  @Column({ name: 'transactions', type: 'integer' })
  transactions!: number;

  @Column({ name: 'disbursed_ore', type: 'bigint' })
  disbursedOre!: number;

  @Column({ name: 'repaid_principal_ore', type: 'bigint' })
  repaidPrincipalOre!: number;

  @Column({ name: 'interest_ore', type: 'bigint' })
  interestOre!: number;

  @Column({ name: 'fees_ore', type: 'bigint' })
  feesOre!: number;

  @Column({ name: 'written_off_ore', type: 'bigint' })
  writtenOffOre!: number;
}
