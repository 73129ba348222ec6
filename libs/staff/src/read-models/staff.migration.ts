import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateStaffReadModels1795305700002 implements MigrationInterface {
  readonly name = 'CreateStaffReadModels1795305700002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE rm_employees (
        user_id text NOT NULL,
        region text NOT NULL,
        roles text[] NOT NULL,
        PRIMARY KEY (user_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rm_employees');
  }
}
