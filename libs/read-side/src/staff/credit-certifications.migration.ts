import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each credit certification grant with its validity and the earliest revocation that ends it (a
 * revocation ends the grants recorded before it): who is certified, and whose certification ends
 * soon. A new projection: it fills itself from the first event.
 */
export class CreateCreditCertifications1795309100005 implements MigrationInterface {
  readonly name = 'CreateCreditCertifications1795309100005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE rm_credit_certifications (
        grant_id uuid NOT NULL,
        user_id text NOT NULL,
        commit bigint NOT NULL,
        prepare bigint NOT NULL,
        valid_from date NOT NULL,
        valid_to date,
        revoked_from date,
        granted_by text NOT NULL,
        granted_at timestamptz NOT NULL,
        PRIMARY KEY (grant_id)
      )`);
    await queryRunner.query(`CREATE INDEX rm_credit_certifications_user ON rm_credit_certifications (user_id, commit, prepare)`);
    await queryRunner.query(`CREATE TABLE rm_credit_certification_revocations (
        event_id uuid NOT NULL,
        user_id text NOT NULL,
        commit bigint NOT NULL,
        prepare bigint NOT NULL,
        effective_from date NOT NULL,
        PRIMARY KEY (event_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rm_credit_certification_revocations');
    await queryRunner.query('DROP TABLE rm_credit_certifications');
  }
}
