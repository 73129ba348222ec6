import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The special-assignment figures read the live entries a funding project paid for, by date:
 * rm_time_entries_day leads with the employee, so a date range alone scanned it whole.
 */
export class AddCustomerTimeFigureIndexes1795305810004 implements MigrationInterface {
  readonly name = 'AddCustomerTimeFigureIndexes1795305810004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX rm_time_entries_funded ON rm_time_entries (worked_on)
        INCLUDE (funding_project_id, employee_id, kind, minutes) WHERE funding_project_id IS NOT NULL AND NOT voided`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX rm_time_entries_funded');
  }
}
