import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Special assignments read only the sessions and modules a funding project paid for (a tenth or
 * so): partial indexes hold just those, with what the figures read. Mentor pairs are counted by
 * match date from an index that holds everything the count reads.
 */
export class AddAdvisoryFigureIndexes1795305810003 implements MigrationInterface {
  readonly name = 'AddAdvisoryFigureIndexes1795305810003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX rm_advisory_sessions_funded ON rm_advisory_sessions (held_on)
        INCLUDE (funding_project_id, customer_id) WHERE funding_project_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX rm_module_deliveries_funded ON rm_module_deliveries (delivered_on)
        INCLUDE (funding_project_id, customer_id) WHERE funding_project_id IS NOT NULL AND NOT voided`);
    await queryRunner.query(`CREATE INDEX rm_mentor_pairs_matched_on ON rm_mentor_pairs (matched_on) INCLUDE (concluded_on, programme, customer_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX rm_mentor_pairs_matched_on');
    await queryRunner.query('DROP INDEX rm_module_deliveries_funded');
    await queryRunner.query('DROP INDEX rm_advisory_sessions_funded');
  }
}
