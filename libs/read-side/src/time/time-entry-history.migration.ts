import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every recording, correction and void of a time entry, with its values, who recorded it and when:
 * what a person sees of an entry's history. A new projection: it fills itself from the first event.
 */
export class CreateTimeEntryHistory1795309100004 implements MigrationInterface {
  readonly name = 'CreateTimeEntryHistory1795309100004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE rm_time_entry_history (
        event_id uuid NOT NULL,
        entry_id text NOT NULL,
        employee_id text NOT NULL,
        commit bigint NOT NULL,
        prepare bigint NOT NULL,
        change text NOT NULL,
        worked_on date NOT NULL,
        minutes integer NOT NULL,
        kind text NOT NULL,
        customer_id text,
        reason text,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (event_id)
      )`);
    await queryRunner.query(`CREATE INDEX rm_time_entry_history_entry ON rm_time_entry_history (entry_id, commit, prepare)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rm_time_entry_history');
  }
}
