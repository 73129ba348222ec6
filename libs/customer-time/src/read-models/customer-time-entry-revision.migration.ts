import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each time entry row remembers the stream revision of the event it was last written from, so that
 * an earlier event delivered again after later ones (at-least-once delivery) cannot bring back old
 * values. Rows from before this migration have -1: the next event of the entry sets it; a rebuild
 * sets it everywhere.
 */
export class AddTimeEntryRevision1795305890017 implements MigrationInterface {
  readonly name = 'AddTimeEntryRevision1795305890017';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE rm_time_entries ADD COLUMN revision integer NOT NULL DEFAULT -1');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE rm_time_entries DROP COLUMN revision');
  }
}
