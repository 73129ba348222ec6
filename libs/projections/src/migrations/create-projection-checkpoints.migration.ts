import type { MigrationInterface, QueryRunner } from 'typeorm';

/** TypeORM orders migrations by the 13-digit timestamp that ends the name. */
export class CreateProjectionCheckpoints1795305600000 implements MigrationInterface {
  readonly name = 'CreateProjectionCheckpoints1795305600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE projection_checkpoints (
        name               text PRIMARY KEY,
        commit             bigint NOT NULL DEFAULT 0,
        prepare            bigint NOT NULL DEFAULT 0,
        last_recorded_at   timestamptz,
        updated_at         timestamptz NOT NULL DEFAULT now(),
        status             text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'rebuilding')),
        last_error         text,
        rebuild_commit     bigint,
        rebuild_prepare    bigint,
        rebuild_events     bigint,
        rebuild_started_at timestamptz,
        rebuilt_at         timestamptz
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE projection_checkpoints');
  }
}
