import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The target group on an intervention's date is the classification with the latest effective_from
 * on or before it: one backward probe per intervention, answered from this index alone (the
 * primary key has no target_group, so each probe also read the table).
 */
export class AddCustomerFigureIndexes1795305810002 implements MigrationInterface {
  readonly name = 'AddCustomerFigureIndexes1795305810002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX rm_customer_classifications_as_of ON rm_customer_classifications (customer_id, effective_from) INCLUDE (target_group)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX rm_customer_classifications_as_of');
  }
}
