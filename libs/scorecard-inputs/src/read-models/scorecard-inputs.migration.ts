import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The scorecard inputs' read models (issue 12): financials, growth index inputs, accounts, HR, approvals, actions. */
export class CreateScorecardInputsReadModels1795312120001 implements MigrationInterface {
  readonly name = 'CreateScorecardInputsReadModels1795312120001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE rm_customer_financials (
        customer_id text NOT NULL,
        year integer NOT NULL,
        revenue_ore bigint,
        value_added_ore bigint,
        active boolean NOT NULL,
        PRIMARY KEY (customer_id, year)
      )`);
    await queryRunner.query(`CREATE TABLE rm_growth_control_groups (
        cohort_year integer NOT NULL,
        region text NOT NULL,
        revenue_growth double precision NOT NULL,
        value_added_growth double precision NOT NULL,
        survival_rate double precision NOT NULL,
        PRIMARY KEY (cohort_year, region)
      )`);
    await queryRunner.query(`CREATE TABLE rm_growth_index_parameters (
        cohort_year integer NOT NULL,
        revenue_weight double precision NOT NULL,
        value_added_weight double precision NOT NULL,
        survival_weight double precision NOT NULL,
        horizon_years integer NOT NULL,
        PRIMARY KEY (cohort_year)
      )`);
    await queryRunner.query(`CREATE TABLE rm_company_accounts (
        year integer NOT NULL,
        quarter smallint NOT NULL,
        free_equity_ore bigint NOT NULL,
        operating_costs_ore bigint NOT NULL,
        PRIMARY KEY (year, quarter)
      )`);
    await queryRunner.query(`CREATE TABLE rm_employee_surveys (
        year integer NOT NULL,
        region text NOT NULL,
        total_score double precision NOT NULL,
        engagement_index double precision NOT NULL,
        respondents integer,
        PRIMARY KEY (year, region)
      )`);
    await queryRunner.query(`CREATE TABLE rm_employee_diversity (
        year integer NOT NULL,
        region text NOT NULL,
        under_30 integer NOT NULL,
        from_30_to_49 integer NOT NULL,
        from_50 integer NOT NULL,
        women integer NOT NULL,
        men integer NOT NULL,
        other_gender integer NOT NULL,
        foreign_yes integer NOT NULL,
        foreign_no integer NOT NULL,
        foreign_unknown integer NOT NULL,
        PRIMARY KEY (year, region)
      )`);
    await queryRunner.query(`CREATE TABLE rm_funding_approvals (
        project_id text NOT NULL,
        party text NOT NULL,
        required boolean NOT NULL,
        approved_on date,
        PRIMARY KEY (project_id, party)
      )`);
    await queryRunner.query(`CREATE TABLE rm_significant_actions (
        year integer NOT NULL,
        text text NOT NULL,
        recorded_by text NOT NULL,
        PRIMARY KEY (year)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'rm_significant_actions',
      'rm_funding_approvals',
      'rm_employee_diversity',
      'rm_employee_surveys',
      'rm_company_accounts',
      'rm_growth_index_parameters',
      'rm_growth_control_groups',
      'rm_customer_financials',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
