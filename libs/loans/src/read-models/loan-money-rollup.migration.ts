import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The monthly money rollup the loan figures read (balances at quarter ends without summing every
 * transaction ever booked), the customers' latest regions it is cut by, and partial indexes for the
 * special-assignment figures.
 *
 * The loans projection fills the new tables from the customers' events, which it has not read
 * before: its rows and checkpoint are cleared so it replays from the first event (a backfill from
 * rm_customers could miss registrations the loans checkpoint has already passed).
 */
export class AddLoanMoneyRollup1795305810001 implements MigrationInterface {
  readonly name = 'AddLoanMoneyRollup1795305810001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE rm_loan_customer_regions (
        customer_id text NOT NULL,
        region text NOT NULL,
        recorded_commit bigint NOT NULL,
        recorded_prepare bigint NOT NULL,
        PRIMARY KEY (customer_id)
      )`);
    await queryRunner.query(`CREATE TABLE rm_loan_money_monthly (
        month date NOT NULL,
        region text NOT NULL,
        product text NOT NULL,
        transactions integer NOT NULL,
        disbursed_ore bigint NOT NULL,
        repaid_principal_ore bigint NOT NULL,
        interest_ore bigint NOT NULL,
        fees_ore bigint NOT NULL,
        written_off_ore bigint NOT NULL,
        PRIMARY KEY (month, region, product)
      )`);
    await queryRunner.query(`CREATE INDEX rm_loan_transactions_customer ON rm_loan_transactions (customer_id)`);
    await queryRunner.query(`CREATE INDEX rm_loan_transactions_funded_disbursements ON rm_loan_transactions (booked_on)
        INCLUDE (funding_project_id, customer_id, principal_ore) WHERE funding_project_id IS NOT NULL AND kind = 'disbursement'`);
    await queryRunner.query(`CREATE INDEX rm_loans_funded_approved_on ON rm_loans (approved_on)
        INCLUDE (funding_project_id, customer_id, granted_amount_ore) WHERE funding_project_id IS NOT NULL AND approved_on IS NOT NULL`);
    // The product kind beside a product's money (a few products: one index probe each, not a scan of every loan).
    await queryRunner.query(`CREATE INDEX rm_loans_product ON rm_loans (product) INCLUDE (product_kind)`);
    await queryRunner.query('TRUNCATE rm_loans, rm_loan_transactions');
    await queryRunner.query(`DO $$ BEGIN
        IF to_regclass('projection_checkpoints') IS NOT NULL THEN DELETE FROM projection_checkpoints WHERE name = 'loans'; END IF;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX rm_loans_product');
    await queryRunner.query('DROP INDEX rm_loans_funded_approved_on');
    await queryRunner.query('DROP INDEX rm_loan_transactions_funded_disbursements');
    await queryRunner.query('DROP INDEX rm_loan_transactions_customer');
    await queryRunner.query('DROP TABLE rm_loan_money_monthly');
    await queryRunner.query('DROP TABLE rm_loan_customer_regions');
  }
}
