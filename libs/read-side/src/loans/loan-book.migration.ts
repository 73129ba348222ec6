import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The credit office's loan book: each loan's life cycle with who and when, its money so far and the
 * status it is worked by; and every event of each loan (life cycle and money movements) with its
 * business date, who recorded it and when. A new projection: it fills itself from the first event.
 */
export class CreateLoanBook1795309100003 implements MigrationInterface {
  readonly name = 'CreateLoanBook1795309100003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE rm_loan_book (
        loan_id text NOT NULL,
        customer_id text NOT NULL,
        product text NOT NULL,
        product_kind text NOT NULL,
        purpose text NOT NULL,
        funding_project_id text,
        applied_amount_ore bigint NOT NULL,
        applied_on date NOT NULL,
        applied_by text NOT NULL,
        applied_at timestamptz NOT NULL,
        stage text NOT NULL,
        status text NOT NULL,
        decided_on date,
        decided_by text,
        decided_at timestamptz,
        rejection_reason text,
        granted_amount_ore bigint,
        interest_rate_basis_points integer,
        term_months integer,
        approved_on date,
        approved_by text,
        approved_at timestamptz,
        closed_on date,
        closed_by text,
        closed_at timestamptz,
        disbursed_ore bigint NOT NULL DEFAULT 0,
        repaid_principal_ore bigint NOT NULL DEFAULT 0,
        interest_ore bigint NOT NULL DEFAULT 0,
        fees_ore bigint NOT NULL DEFAULT 0,
        written_off_ore bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (loan_id)
      )`);
    await queryRunner.query(`CREATE INDEX rm_loan_book_status ON rm_loan_book (status, applied_on, loan_id)`);
    await queryRunner.query(`CREATE INDEX rm_loan_book_applied ON rm_loan_book (applied_on, loan_id)`);
    await queryRunner.query(`CREATE INDEX rm_loan_book_customer ON rm_loan_book (customer_id, applied_on)`);
    await queryRunner.query(`CREATE TABLE rm_loan_book_events (
        event_id uuid NOT NULL,
        loan_id text NOT NULL,
        commit bigint NOT NULL,
        prepare bigint NOT NULL,
        type text NOT NULL,
        business_date date NOT NULL,
        recorded_at timestamptz NOT NULL,
        recorded_by text NOT NULL,
        movement_id text,
        amount_ore bigint,
        principal_ore bigint NOT NULL DEFAULT 0,
        interest_ore bigint NOT NULL DEFAULT 0,
        fees_ore bigint NOT NULL DEFAULT 0,
        reason text,
        PRIMARY KEY (event_id)
      )`);
    await queryRunner.query(`CREATE INDEX rm_loan_book_events_loan ON rm_loan_book_events (loan_id, commit, prepare)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rm_loan_book_events');
    await queryRunner.query('DROP TABLE rm_loan_book');
  }
}
