import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSurveysReadModels1795305700006 implements MigrationInterface {
  readonly name = 'CreateSurveysReadModels1795305700006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE rm_survey_answers (
        answer_id text NOT NULL,
        customer_id text NOT NULL,
        answered_on date NOT NULL,
        would_recommend boolean NOT NULL,
        score integer,
        PRIMARY KEY (answer_id)
      )`);
    await queryRunner.query(`CREATE INDEX rm_survey_answers_answered_on ON rm_survey_answers (answered_on)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rm_survey_answers');
  }
}
