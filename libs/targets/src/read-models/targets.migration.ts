import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTargetsReadModels1795305700008 implements MigrationInterface {
  readonly name = 'CreateTargetsReadModels1795305700008';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE rm_targets (
        metric text NOT NULL,
        year integer NOT NULL,
        quarter smallint NOT NULL,
        region text NOT NULL,
        unit text NOT NULL,
        value double precision NOT NULL,
        PRIMARY KEY (metric, year, quarter, region)
      )`);
    await queryRunner.query(`CREATE TABLE rm_benchmarks (
        region text NOT NULL,
        year integer NOT NULL,
        attribute text NOT NULL,
        population text NOT NULL,
        share double precision NOT NULL,
        PRIMARY KEY (region, year, attribute, population)
      )`);
    await queryRunner.query(`CREATE TABLE rm_deviation_comments (
        metric text NOT NULL,
        year integer NOT NULL,
        quarter smallint NOT NULL,
        region text NOT NULL,
        comment text NOT NULL,
        recorded_by text NOT NULL,
        PRIMARY KEY (metric, year, quarter, region)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rm_deviation_comments');
    await queryRunner.query('DROP TABLE rm_benchmarks');
    await queryRunner.query('DROP TABLE rm_targets');
  }
}
