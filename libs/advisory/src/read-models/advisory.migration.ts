import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAdvisoryReadModels1795305700004 implements MigrationInterface {
  readonly name = 'CreateAdvisoryReadModels1795305700004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE rm_advisory_sessions (
        session_id text NOT NULL,
        customer_id text NOT NULL,
        advisor_id text NOT NULL,
        held_on date NOT NULL,
        duration_minutes integer NOT NULL,
        sustainability_discussed boolean NOT NULL,
        funding_project_id text,
        PRIMARY KEY (session_id)
      )`);
    await queryRunner.query(`CREATE INDEX rm_advisory_sessions_held_on ON rm_advisory_sessions (held_on) INCLUDE (customer_id, advisor_id)`);
    await queryRunner.query(`CREATE TABLE rm_module_deliveries (
        delivery_id text NOT NULL,
        customer_id text NOT NULL,
        module text NOT NULL,
        advisor_id text NOT NULL,
        delivered_on date NOT NULL,
        voided boolean NOT NULL DEFAULT false,
        voided_on date,
        void_reason text,
        funding_project_id text,
        PRIMARY KEY (delivery_id)
      )`);
    await queryRunner.query(`CREATE INDEX rm_module_deliveries_delivered_on ON rm_module_deliveries (delivered_on) INCLUDE (customer_id, advisor_id, module, voided)`);
    await queryRunner.query(`CREATE TABLE rm_mentor_pairs (
        pair_id text NOT NULL,
        programme text NOT NULL,
        customer_id text NOT NULL,
        matched_on date NOT NULL,
        concluded_on date,
        funding_project_id text,
        PRIMARY KEY (pair_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rm_mentor_pairs');
    await queryRunner.query('DROP TABLE rm_module_deliveries');
    await queryRunner.query('DROP TABLE rm_advisory_sessions');
  }
}
