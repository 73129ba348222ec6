import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCustomersReadModels1795305700001 implements MigrationInterface {
  readonly name = 'CreateCustomersReadModels1795305700001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE rm_customers (
        customer_id text NOT NULL,
        name text NOT NULL,
        region text NOT NULL,
        municipality text NOT NULL,
        founded_on date NOT NULL,
        phase text NOT NULL,
        registered_on date NOT NULL,
        women_led text NOT NULL DEFAULT 'unknown',
        foreign_background text NOT NULL DEFAULT 'unknown',
        personal_data_erased boolean NOT NULL DEFAULT false,
        PRIMARY KEY (customer_id)
      )`);
    await queryRunner.query(`CREATE INDEX rm_customers_region ON rm_customers (region)`);
    await queryRunner.query(`CREATE TABLE rm_customer_classifications (
        customer_id text NOT NULL,
        effective_from date NOT NULL,
        target_group text NOT NULL,
        recorded_commit bigint NOT NULL,
        recorded_prepare bigint NOT NULL,
        PRIMARY KEY (customer_id, effective_from)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rm_customer_classifications');
    await queryRunner.query('DROP TABLE rm_customers');
  }
}
