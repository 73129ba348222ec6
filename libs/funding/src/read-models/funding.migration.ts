import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFundingReadModels1795305700007 implements MigrationInterface {
  readonly name = 'CreateFundingReadModels1795305700007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE rm_funding_projects (
        project_id text NOT NULL,
        name text NOT NULL,
        funder text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        PRIMARY KEY (project_id)
      )`);
    await queryRunner.query(`CREATE TABLE rm_funding_entries (
        project_id text NOT NULL,
        entry_id text NOT NULL,
        kind text NOT NULL,
        booked_on date NOT NULL,
        amount_ore bigint NOT NULL,
        description text NOT NULL,
        PRIMARY KEY (project_id, entry_id)
      )`);
    await queryRunner.query(`CREATE INDEX rm_funding_entries_booked_on ON rm_funding_entries (booked_on)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rm_funding_entries');
    await queryRunner.query('DROP TABLE rm_funding_projects');
  }
}
