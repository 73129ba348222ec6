import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCustomerTimeReadModels1795305700005 implements MigrationInterface {
  readonly name = 'CreateCustomerTimeReadModels1795305700005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE rm_time_entries (
        entry_id text NOT NULL,
        employee_id text NOT NULL,
        worked_on date NOT NULL,
        minutes integer NOT NULL,
        kind text NOT NULL,
        customer_id text,
        funding_project_id text,
        voided boolean NOT NULL DEFAULT false,
        PRIMARY KEY (entry_id)
      )`);
    await queryRunner.query(`CREATE INDEX rm_time_entries_day ON rm_time_entries (employee_id, worked_on)`);
    await queryRunner.query(`CREATE TABLE rm_time_daily (
        employee_id text NOT NULL,
        worked_on date NOT NULL,
        customer_minutes integer NOT NULL DEFAULT 0,
        internal_minutes integer NOT NULL DEFAULT 0,
        absence_minutes integer NOT NULL DEFAULT 0,
        PRIMARY KEY (employee_id, worked_on)
      )`);
    await queryRunner.query(`CREATE INDEX rm_time_daily_worked_on ON rm_time_daily (worked_on) INCLUDE (employee_id, customer_minutes, internal_minutes)`);
    await queryRunner.query(`CREATE TABLE rm_time_monthly (
        employee_id text NOT NULL,
        month date NOT NULL,
        customer_minutes integer NOT NULL DEFAULT 0,
        internal_minutes integer NOT NULL DEFAULT 0,
        absence_minutes integer NOT NULL DEFAULT 0,
        PRIMARY KEY (employee_id, month)
      )`);
    await queryRunner.query(`CREATE INDEX rm_time_monthly_month ON rm_time_monthly (month) INCLUDE (employee_id, customer_minutes, internal_minutes)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rm_time_monthly');
    await queryRunner.query('DROP TABLE rm_time_daily');
    await queryRunner.query('DROP TABLE rm_time_entries');
  }
}
