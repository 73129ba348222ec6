import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The working roles' lists read the existing read models by customer and by advisor (a customer's
 * timeline, an advisor's sessions): indexes for those, on tables the area projections own.
 */
export class AddReadRouteIndexes1795309100002 implements MigrationInterface {
  readonly name = 'AddReadRouteIndexes1795309100002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX rm_advisory_sessions_customer ON rm_advisory_sessions (customer_id, held_on)`);
    await queryRunner.query(`CREATE INDEX rm_advisory_sessions_advisor ON rm_advisory_sessions (advisor_id, held_on)`);
    await queryRunner.query(`CREATE INDEX rm_module_deliveries_customer ON rm_module_deliveries (customer_id, delivered_on)`);
    await queryRunner.query(`CREATE INDEX rm_module_deliveries_advisor ON rm_module_deliveries (advisor_id, delivered_on)`);
    await queryRunner.query(`CREATE INDEX rm_mentor_pairs_customer ON rm_mentor_pairs (customer_id)`);
    await queryRunner.query(`CREATE INDEX rm_survey_answers_customer ON rm_survey_answers (customer_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [
      'rm_survey_answers_customer',
      'rm_mentor_pairs_customer',
      'rm_module_deliveries_advisor',
      'rm_module_deliveries_customer',
      'rm_advisory_sessions_advisor',
      'rm_advisory_sessions_customer',
    ]) {
      await queryRunner.query(`DROP INDEX ${index}`);
    }
  }
}
