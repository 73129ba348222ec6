import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The customer directory the working roles search and open: the latest profile, the current target
 * group, whether an owner profile is recorded or erased, and the folded words of each name (prefix
 * search through a C-collated btree). A new projection: it fills itself from the first event.
 */
export class CreateCustomerDirectory1795309100001 implements MigrationInterface {
  readonly name = 'CreateCustomerDirectory1795309100001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE rm_customer_directory (
        customer_id text NOT NULL,
        name text NOT NULL,
        sort_name text COLLATE "C" NOT NULL,
        region text NOT NULL,
        municipality text NOT NULL,
        municipality_key text NOT NULL,
        phase text NOT NULL,
        founded_on date NOT NULL,
        registered_on date NOT NULL,
        target_group text,
        target_group_from date,
        target_group_commit bigint,
        target_group_prepare bigint,
        owner_profile_recorded boolean NOT NULL DEFAULT false,
        personal_data_erased boolean NOT NULL DEFAULT false,
        PRIMARY KEY (customer_id)
      )`);
    await queryRunner.query(`CREATE INDEX rm_customer_directory_sort ON rm_customer_directory (sort_name, customer_id)`);
    await queryRunner.query(`CREATE INDEX rm_customer_directory_number ON rm_customer_directory (customer_id text_pattern_ops)`);
    await queryRunner.query(`CREATE TABLE rm_customer_search_words (
        word text COLLATE "C" NOT NULL,
        customer_id text NOT NULL,
        PRIMARY KEY (word, customer_id)
      )`);
    await queryRunner.query(`CREATE INDEX rm_customer_search_words_customer ON rm_customer_search_words (customer_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rm_customer_search_words');
    await queryRunner.query('DROP TABLE rm_customer_directory');
  }
}
