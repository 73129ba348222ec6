import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateLoansReadModels1795305700003 implements MigrationInterface {
  readonly name = 'CreateLoansReadModels1795305700003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE rm_loans (
        loan_id text NOT NULL,
        customer_id text NOT NULL,
        product text NOT NULL,
        product_kind text NOT NULL,
        applied_amount_ore bigint NOT NULL,
        applied_on date NOT NULL,
        status text NOT NULL,
        decided_on date,
        decided_by text,
        granted_amount_ore bigint,
        interest_rate_basis_points integer,
        term_months integer,
        approved_on date,
        approved_by text,
        closed_on date,
        funding_project_id text,
        PRIMARY KEY (loan_id)
      )`);
    await queryRunner.query(`CREATE INDEX rm_loans_approved_on ON rm_loans (approved_on) WHERE approved_on IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX rm_loans_customer ON rm_loans (customer_id)`);
    await queryRunner.query(`CREATE TABLE rm_loan_transactions (
        event_id uuid NOT NULL,
        loan_id text NOT NULL,
        customer_id text NOT NULL,
        product text NOT NULL,
        kind text NOT NULL,
        booked_on date NOT NULL,
        principal_ore bigint NOT NULL DEFAULT 0,
        interest_ore bigint NOT NULL DEFAULT 0,
        fees_ore bigint NOT NULL DEFAULT 0,
        funding_project_id text,
        PRIMARY KEY (event_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX rm_loan_transactions_booked_on ON rm_loan_transactions (booked_on) INCLUDE (kind, principal_ore, interest_ore, fees_ore, customer_id, product)`,
    );
    await queryRunner.query(`CREATE INDEX rm_loan_transactions_loan ON rm_loan_transactions (loan_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rm_loan_transactions');
    await queryRunner.query('DROP TABLE rm_loans');
  }
}
