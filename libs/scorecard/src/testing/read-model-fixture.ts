import { createReadModelDataSource, runReadModelMigrations } from '#libs/projections';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/database.js';
import { readModelEntities, readModelMigrations } from '#libs/composition';
import { refreshLoanRollups } from './loan-rollups.js';

/** The production read-model schema: every area's tables, indexes and rollups. */
export const READ_MODEL_ENTITIES = [...readModelEntities];
export const READ_MODEL_MIGRATIONS = [...readModelMigrations];

/**
 * Rows written straight into the rm_ tables, in the shape the projections leave them (the queries
 * are under test here, not the projections). Defaults keep each test to the columns it is about.
 * Customers and loan transactions also refresh the loans projection's region table and rollup.
 */
export class ReadModelRows {
  private transactions = 0;
  constructor(private readonly sql: DataSource) {}

  async customer(id: string, row: { region?: string; phase?: string; womenLed?: string; foreignBackground?: string; erased?: boolean } = {}): Promise<void> {
    await this.sql.query(
      `INSERT INTO rm_customers (customer_id, name, region, municipality, founded_on, phase, registered_on, women_led, foreign_background, personal_data_erased)
       VALUES ($1, $1, $2, 'Västerås', '2015-01-01', $3, '2020-01-01', $4, $5, $6)`,
      [id, row.region ?? 'vastmanland', row.phase ?? 'growth', row.womenLed ?? 'unknown', row.foreignBackground ?? 'unknown', row.erased ?? false],
    );
    await refreshLoanRollups(this.sql);
  }

  /** What the projection keeps: one row per customer and effective date, the later-recorded winning. */
  async classification(customerId: string, effectiveFrom: string, targetGroup: string): Promise<void> {
    await this.sql.query(
      `INSERT INTO rm_customer_classifications (customer_id, effective_from, target_group, recorded_commit, recorded_prepare)
       VALUES ($1, $2, $3, 1, 1)
       ON CONFLICT (customer_id, effective_from) DO UPDATE SET target_group = EXCLUDED.target_group`,
      [customerId, effectiveFrom, targetGroup],
    );
  }

  async employee(id: string, region: string): Promise<void> {
    await this.sql.query(`INSERT INTO rm_employees (user_id, region, roles) VALUES ($1, $2, '{advisor}')`, [id, region]);
  }

  async loan(
    id: string,
    row: { customerId: string; approvedOn: string | null; grantedOre?: number; product?: string; productKind?: string; fundingProjectId?: string },
  ): Promise<void> {
    const approved = row.approvedOn !== null;
    await this.sql.query(
      `INSERT INTO rm_loans (loan_id, customer_id, product, product_kind, applied_amount_ore, applied_on, status, decided_on, decided_by,
                             granted_amount_ore, interest_rate_basis_points, term_months, approved_on, approved_by, funding_project_id)
       VALUES ($1, $2, $3, $4, $5, '2000-01-01', $6, $7, 'kerstin', $8, 500, 60, $7, $9, $10)`,
      [
        id,
        row.customerId,
        row.product ?? 'foretagslan',
        row.productKind ?? 'loan',
        row.grantedOre ?? 1_000_000,
        approved ? 'approved' : 'applied',
        row.approvedOn,
        approved ? (row.grantedOre ?? 1_000_000) : null,
        approved ? 'lars' : null,
        row.fundingProjectId ?? null,
      ],
    );
  }

  async transaction(row: {
    loanId: string;
    customerId: string;
    kind: 'disbursement' | 'repayment' | 'write_off';
    bookedOn: string;
    principalOre?: number;
    interestOre?: number;
    feesOre?: number;
    product?: string;
    fundingProjectId?: string;
  }): Promise<void> {
    this.transactions += 1;
    await this.sql.query(
      `INSERT INTO rm_loan_transactions (event_id, loan_id, customer_id, product, kind, booked_on, principal_ore, interest_ore, fees_ore, funding_project_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        `00000000-0000-4000-8000-${String(this.transactions).padStart(12, '0')}`,
        row.loanId,
        row.customerId,
        row.product ?? 'foretagslan',
        row.kind,
        row.bookedOn,
        row.principalOre ?? 0,
        row.interestOre ?? 0,
        row.feesOre ?? 0,
        row.fundingProjectId ?? null,
      ],
    );
    await refreshLoanRollups(this.sql);
  }

  async session(id: string, row: { customerId: string; advisorId: string; heldOn: string; fundingProjectId?: string }): Promise<void> {
    await this.sql.query(
      `INSERT INTO rm_advisory_sessions (session_id, customer_id, advisor_id, held_on, duration_minutes, sustainability_discussed, funding_project_id)
       VALUES ($1, $2, $3, $4, 60, false, $5)`,
      [id, row.customerId, row.advisorId, row.heldOn, row.fundingProjectId ?? null],
    );
  }

  async delivery(id: string, row: { customerId: string; advisorId: string; deliveredOn: string; module?: string; voidedOn?: string; fundingProjectId?: string }): Promise<void> {
    await this.sql.query(
      `INSERT INTO rm_module_deliveries (delivery_id, customer_id, module, advisor_id, delivered_on, voided, voided_on, void_reason, funding_project_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        id,
        row.customerId,
        row.module ?? 'behovssamtal',
        row.advisorId,
        row.deliveredOn,
        row.voidedOn !== undefined,
        row.voidedOn ?? null,
        row.voidedOn !== undefined ? 'recorded by mistake' : null,
        row.fundingProjectId ?? null,
      ],
    );
  }

  async mentorPair(id: string, row: { programme: string; customerId: string; matchedOn: string; concludedOn?: string }): Promise<void> {
    await this.sql.query(`INSERT INTO rm_mentor_pairs (pair_id, programme, customer_id, matched_on, concluded_on) VALUES ($1, $2, $3, $4, $5)`, [
      id,
      row.programme,
      row.customerId,
      row.matchedOn,
      row.concludedOn ?? null,
    ]);
  }

  /** An entry as last corrected; call refreshTimeRollups() after writing entries. */
  async timeEntry(
    id: string,
    row: { employeeId: string; workedOn: string; minutes: number; kind: 'customer' | 'internal' | 'absence'; voided?: boolean; fundingProjectId?: string },
  ): Promise<void> {
    await this.sql.query(
      `INSERT INTO rm_time_entries (entry_id, employee_id, worked_on, minutes, kind, customer_id, funding_project_id, voided)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (entry_id) DO UPDATE SET worked_on = EXCLUDED.worked_on, minutes = EXCLUDED.minutes, kind = EXCLUDED.kind,
              customer_id = EXCLUDED.customer_id, funding_project_id = EXCLUDED.funding_project_id, voided = EXCLUDED.voided`,
      [id, row.employeeId, row.workedOn, row.minutes, row.kind, row.kind === 'customer' ? 'c-any' : null, row.fundingProjectId ?? null, row.voided ?? false],
    );
  }

  /** The daily and monthly rollups as the projection keeps them: live entries only, a day or month without any has no row. */
  async refreshTimeRollups(): Promise<void> {
    await this.sql.query('DELETE FROM rm_time_daily');
    await this.sql.query('DELETE FROM rm_time_monthly');
    await this.sql.query(`INSERT INTO rm_time_daily (employee_id, worked_on, customer_minutes, internal_minutes, absence_minutes)
      SELECT employee_id, worked_on,
             coalesce(sum(minutes) FILTER (WHERE kind = 'customer'), 0), coalesce(sum(minutes) FILTER (WHERE kind = 'internal'), 0),
             coalesce(sum(minutes) FILTER (WHERE kind = 'absence'), 0)
        FROM rm_time_entries WHERE NOT voided GROUP BY employee_id, worked_on`);
    await this.sql.query(`INSERT INTO rm_time_monthly (employee_id, month, customer_minutes, internal_minutes, absence_minutes)
      SELECT employee_id, date_trunc('month', worked_on::timestamp)::date, sum(customer_minutes), sum(internal_minutes), sum(absence_minutes)
        FROM rm_time_daily GROUP BY 1, 2`);
  }

  async survey(id: string, row: { customerId: string; answeredOn: string; wouldRecommend: boolean }): Promise<void> {
    await this.sql.query(`INSERT INTO rm_survey_answers (answer_id, customer_id, answered_on, would_recommend, score) VALUES ($1, $2, $3, $4, NULL)`, [
      id,
      row.customerId,
      row.answeredOn,
      row.wouldRecommend,
    ]);
  }

  async fundingProject(id: string, row: { name: string; funder: string; startsOn: string; endsOn: string }): Promise<void> {
    await this.sql.query(`INSERT INTO rm_funding_projects (project_id, name, funder, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)`, [
      id,
      row.name,
      row.funder,
      row.startsOn,
      row.endsOn,
    ]);
  }

  async fundingEntry(projectId: string, entryId: string, row: { kind: 'cost' | 'revenue'; bookedOn: string; amountOre: number }): Promise<void> {
    await this.sql.query(`INSERT INTO rm_funding_entries (project_id, entry_id, kind, booked_on, amount_ore, description) VALUES ($1, $2, $3, $4, $5, '')`, [
      projectId,
      entryId,
      row.kind,
      row.bookedOn,
      row.amountOre,
    ]);
  }

  async target(row: { metric: string; year: number; quarter?: number; region?: string; unit: string; value: number }): Promise<void> {
    await this.sql.query(`INSERT INTO rm_targets (metric, year, quarter, region, unit, value) VALUES ($1, $2, $3, $4, $5, $6)`, [
      row.metric,
      row.year,
      row.quarter ?? 0,
      row.region ?? '',
      row.unit,
      row.value,
    ]);
  }

  async benchmark(row: { region: string; year: number; attribute: string; population: string; share: number }): Promise<void> {
    await this.sql.query(`INSERT INTO rm_benchmarks (region, year, attribute, population, share) VALUES ($1, $2, $3, $4, $5)`, [
      row.region,
      row.year,
      row.attribute,
      row.population,
      row.share,
    ]);
  }

  async deviationComment(row: { metric: string; year: number; quarter?: number; region?: string; comment: string; recordedBy: string }): Promise<void> {
    await this.sql.query(`INSERT INTO rm_deviation_comments (metric, year, quarter, region, comment, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)`, [
      row.metric,
      row.year,
      row.quarter ?? 0,
      row.region ?? '',
      row.comment,
      row.recordedBy,
    ]);
  }
}

/** The scorecard inputs' rows (issue 12), as the scorecard-inputs projection leaves them. */
export class ScorecardInputRows {
  constructor(private readonly sql: DataSource) {}

  async financials(customerId: string, year: number, row: { revenueOre?: number; valueAddedOre?: number; active: boolean }): Promise<void> {
    await this.sql.query(`INSERT INTO rm_customer_financials (customer_id, year, revenue_ore, value_added_ore, active) VALUES ($1, $2, $3, $4, $5)`, [
      customerId,
      year,
      row.revenueOre ?? null,
      row.valueAddedOre ?? null,
      row.active,
    ]);
  }

  async controlGroup(cohortYear: number, region: string, row: { revenueGrowth: number; valueAddedGrowth: number; survivalRate: number }): Promise<void> {
    await this.sql.query(`INSERT INTO rm_growth_control_groups (cohort_year, region, revenue_growth, value_added_growth, survival_rate) VALUES ($1, $2, $3, $4, $5)`, [
      cohortYear,
      region,
      row.revenueGrowth,
      row.valueAddedGrowth,
      row.survivalRate,
    ]);
  }

  async growthParameters(cohortYear: number, row: { revenueWeight: number; valueAddedWeight: number; survivalWeight: number; horizonYears: number }): Promise<void> {
    await this.sql.query(`INSERT INTO rm_growth_index_parameters (cohort_year, revenue_weight, value_added_weight, survival_weight, horizon_years) VALUES ($1, $2, $3, $4, $5)`, [
      cohortYear,
      row.revenueWeight,
      row.valueAddedWeight,
      row.survivalWeight,
      row.horizonYears,
    ]);
  }

  async accounts(year: number, quarter: number, freeEquityOre: number, operatingCostsOre: number): Promise<void> {
    await this.sql.query(`INSERT INTO rm_company_accounts (year, quarter, free_equity_ore, operating_costs_ore) VALUES ($1, $2, $3, $4)`, [
      year,
      quarter,
      freeEquityOre,
      operatingCostsOre,
    ]);
  }

  async employeeSurvey(year: number, row: { region?: string; totalScore: number; engagementIndex: number; respondents?: number }): Promise<void> {
    await this.sql.query(`INSERT INTO rm_employee_surveys (year, region, total_score, engagement_index, respondents) VALUES ($1, $2, $3, $4, $5)`, [
      year,
      row.region ?? '',
      row.totalScore,
      row.engagementIndex,
      row.respondents ?? null,
    ]);
  }

  async diversity(year: number, region: string, counts: [number, number, number, number, number, number, number, number, number]): Promise<void> {
    await this.sql.query(
      `INSERT INTO rm_employee_diversity (year, region, under_30, from_30_to_49, from_50, women, men, other_gender, foreign_yes, foreign_no, foreign_unknown)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [year, region, ...counts],
    );
  }

  async approval(projectId: string, party: string, row: { required?: boolean; approvedOn?: string }): Promise<void> {
    await this.sql.query(`INSERT INTO rm_funding_approvals (project_id, party, required, approved_on) VALUES ($1, $2, $3, $4)`, [
      projectId,
      party,
      row.required ?? true,
      row.approvedOn ?? null,
    ]);
  }

  async sessionWithSustainability(id: string, row: { customerId: string; advisorId: string; heldOn: string; sustainabilityDiscussed: boolean }): Promise<void> {
    await this.sql.query(
      `INSERT INTO rm_advisory_sessions (session_id, customer_id, advisor_id, held_on, duration_minutes, sustainability_discussed, funding_project_id)
       VALUES ($1, $2, $3, $4, 60, $5, NULL)`,
      [id, row.customerId, row.advisorId, row.heldOn, row.sustainabilityDiscussed],
    );
  }

  async customerIn(id: string, row: { region: string; municipality: string; phase?: string; womenLed?: string; foreignBackground?: string }): Promise<void> {
    await this.sql.query(
      `INSERT INTO rm_customers (customer_id, name, region, municipality, founded_on, phase, registered_on, women_led, foreign_background, personal_data_erased)
       VALUES ($1, $1, $2, $3, '2015-01-01', $4, '2020-01-01', $5, $6, false)`,
      [id, row.region, row.municipality, row.phase ?? 'growth', row.womenLed ?? 'unknown', row.foreignBackground ?? 'unknown'],
    );
    await refreshLoanRollups(this.sql);
  }
}

export interface ReadModelFixture {
  readonly db: TestDatabase;
  readonly dataSource: DataSource;
  readonly rows: ReadModelRows;
  readonly inputs: ScorecardInputRows;
  dispose(): Promise<void>;
}

/** A fresh database with every area's read-model tables migrated, empty. */
export async function readModelFixture(label: string): Promise<ReadModelFixture> {
  const db = await createTestDatabase(label);
  const dataSource = createReadModelDataSource({ url: db.url, entities: READ_MODEL_ENTITIES, migrations: READ_MODEL_MIGRATIONS, poolSize: 4 });
  await dataSource.initialize();
  await runReadModelMigrations(dataSource);
  return {
    db,
    dataSource,
    rows: new ReadModelRows(dataSource),
    inputs: new ScorecardInputRows(dataSource),
    async dispose() {
      await dataSource.destroy();
      await db.drop();
    },
  };
}
