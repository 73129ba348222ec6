import { eventsOf, upsertRows, type Projection, type ProjectionTx, type UpsertSpec } from '#libs/projections';
import { SCORECARD_INPUTS_EVENT_TYPES, type FinancialsRow, type ScorecardInputsEvent } from '../domain/scorecard-inputs.events.js';

export const SCORECARD_INPUTS_TABLES = [
  'rm_customer_financials',
  'rm_growth_control_groups',
  'rm_growth_index_parameters',
  'rm_company_accounts',
  'rm_employee_surveys',
  'rm_employee_diversity',
  'rm_funding_approvals',
  'rm_significant_actions',
] as const;

interface FinancialsTableRow {
  customer_id: string;
  year: number;
  revenue_ore?: number;
  value_added_ore?: number;
  active: boolean;
}
const FINANCIALS: UpsertSpec<FinancialsTableRow> = {
  table: 'rm_customer_financials',
  columns: { customer_id: 'text', year: 'integer', revenue_ore: 'bigint', value_added_ore: 'bigint', active: 'boolean' },
  key: ['customer_id', 'year'],
  update: 'revenue_ore = EXCLUDED.revenue_ore, value_added_ore = EXCLUDED.value_added_ore, active = EXCLUDED.active',
};

interface ControlRow {
  cohort_year: number;
  region: string;
  revenue_growth: number;
  value_added_growth: number;
  survival_rate: number;
}
const CONTROL: UpsertSpec<ControlRow> = {
  table: 'rm_growth_control_groups',
  columns: { cohort_year: 'integer', region: 'text', revenue_growth: 'double precision', value_added_growth: 'double precision', survival_rate: 'double precision' },
  key: ['cohort_year', 'region'],
  update: 'revenue_growth = EXCLUDED.revenue_growth, value_added_growth = EXCLUDED.value_added_growth, survival_rate = EXCLUDED.survival_rate',
};

interface ParametersRow {
  cohort_year: number;
  revenue_weight: number;
  value_added_weight: number;
  survival_weight: number;
  horizon_years: number;
}
const PARAMETERS: UpsertSpec<ParametersRow> = {
  table: 'rm_growth_index_parameters',
  columns: { cohort_year: 'integer', revenue_weight: 'double precision', value_added_weight: 'double precision', survival_weight: 'double precision', horizon_years: 'integer' },
  key: ['cohort_year'],
  update:
    'revenue_weight = EXCLUDED.revenue_weight, value_added_weight = EXCLUDED.value_added_weight, survival_weight = EXCLUDED.survival_weight, horizon_years = EXCLUDED.horizon_years',
};

interface AccountsRow {
  year: number;
  quarter: number;
  free_equity_ore: number;
  operating_costs_ore: number;
}
const ACCOUNTS: UpsertSpec<AccountsRow> = {
  table: 'rm_company_accounts',
  columns: { year: 'integer', quarter: 'smallint', free_equity_ore: 'bigint', operating_costs_ore: 'bigint' },
  key: ['year', 'quarter'],
  update: 'free_equity_ore = EXCLUDED.free_equity_ore, operating_costs_ore = EXCLUDED.operating_costs_ore',
};

interface SurveyRow {
  year: number;
  region: string;
  total_score: number;
  engagement_index: number;
  respondents?: number;
}
const SURVEYS: UpsertSpec<SurveyRow> = {
  table: 'rm_employee_surveys',
  columns: { year: 'integer', region: 'text', total_score: 'double precision', engagement_index: 'double precision', respondents: 'integer' },
  key: ['year', 'region'],
  update: 'total_score = EXCLUDED.total_score, engagement_index = EXCLUDED.engagement_index, respondents = EXCLUDED.respondents',
};

interface DiversityRow {
  year: number;
  region: string;
  under_30: number;
  from_30_to_49: number;
  from_50: number;
  women: number;
  men: number;
  other_gender: number;
  foreign_yes: number;
  foreign_no: number;
  foreign_unknown: number;
}
const DIVERSITY_COUNTS = ['under_30', 'from_30_to_49', 'from_50', 'women', 'men', 'other_gender', 'foreign_yes', 'foreign_no', 'foreign_unknown'] as const;
const DIVERSITY: UpsertSpec<DiversityRow> = {
  table: 'rm_employee_diversity',
  columns: { year: 'integer', region: 'text', ...(Object.fromEntries(DIVERSITY_COUNTS.map((c) => [c, 'integer'])) as Record<(typeof DIVERSITY_COUNTS)[number], string>) },
  key: ['year', 'region'],
  update: DIVERSITY_COUNTS.map((c) => `${c} = EXCLUDED.${c}`).join(', '),
};

interface ActionsRow {
  year: number;
  text: string;
  recorded_by: string;
}
const ACTIONS: UpsertSpec<ActionsRow> = {
  table: 'rm_significant_actions',
  columns: { year: 'integer', text: 'text', recorded_by: 'text' },
  key: ['year'],
  update: 'text = EXCLUDED.text, recorded_by = EXCLUDED.recorded_by',
};

const financialsRow = (row: FinancialsRow): FinancialsTableRow => ({
  customer_id: row.customerId,
  year: row.year,
  revenue_ore: row.revenueOre,
  value_added_ore: row.valueAddedOre,
  active: row.active,
});

/** Approvals change a project's required parties as a whole: applied one event at a time, in order. */
async function applyApprovals(tx: ProjectionTx, events: ReturnType<typeof eventsOf<ScorecardInputsEvent>>): Promise<void> {
  const table = tx.table('rm_funding_approvals');
  for (const event of events) {
    if (event.type === 'FundingApprovalsRequired') {
      await tx.query(`UPDATE ${table} SET required = false WHERE project_id = $1`, [event.data.projectId]);
      await tx.query(
        `INSERT INTO ${table} (project_id, party, required) SELECT $1, unnest($2::text[]), true
         ON CONFLICT (project_id, party) DO UPDATE SET required = true`,
        [event.data.projectId, event.data.parties],
      );
    } else if (event.type === 'FundingProjectApproved') {
      await tx.query(
        `INSERT INTO ${table} (project_id, party, required, approved_on) VALUES ($1, $2, true, $3)
         ON CONFLICT (project_id, party) DO UPDATE SET approved_on = EXCLUDED.approved_on`,
        [event.data.projectId, event.data.party, event.data.approvedOn],
      );
    }
  }
}

/** The scorecard inputs' tables: the latest value per scope wins (events in order). */
export function scorecardInputsProjection(): Projection {
  return {
    name: 'scorecard-inputs',
    tables: SCORECARD_INPUTS_TABLES,
    eventTypes: SCORECARD_INPUTS_EVENT_TYPES,
    async apply(recorded, tx) {
      const events = eventsOf<ScorecardInputsEvent>(recorded, SCORECARD_INPUTS_EVENT_TYPES);
      const financials: FinancialsTableRow[] = [];
      const control: ControlRow[] = [];
      const parameters: ParametersRow[] = [];
      const accounts: AccountsRow[] = [];
      const surveys: SurveyRow[] = [];
      const diversity: DiversityRow[] = [];
      const actions: ActionsRow[] = [];
      for (const event of events) {
        switch (event.type) {
          case 'CustomerFinancialsRecorded':
            financials.push(financialsRow(event.data));
            break;
          case 'CustomerFinancialsImported':
            for (const row of event.data.rows) financials.push(financialsRow(row));
            break;
          case 'ControlGroupSet': {
            const d = event.data;
            control.push({ cohort_year: d.cohortYear, region: d.region, revenue_growth: d.revenueGrowth, value_added_growth: d.valueAddedGrowth, survival_rate: d.survivalRate });
            break;
          }
          case 'GrowthIndexParametersSet': {
            const d = event.data;
            parameters.push({
              cohort_year: d.cohortYear,
              revenue_weight: d.revenueWeight,
              value_added_weight: d.valueAddedWeight,
              survival_weight: d.survivalWeight,
              horizon_years: d.horizonYears,
            });
            break;
          }
          case 'QuarterAccountsRecorded': {
            const d = event.data;
            accounts.push({ year: d.year, quarter: d.quarter, free_equity_ore: d.freeEquityOre, operating_costs_ore: d.operatingCostsOre });
            break;
          }
          case 'EmployeeSurveyResultRecorded': {
            const d = event.data;
            surveys.push({ year: d.year, region: d.region ?? '', total_score: d.totalScore, engagement_index: d.engagementIndex, respondents: d.respondents });
            break;
          }
          case 'EmployeeDiversityRecorded': {
            const d = event.data;
            diversity.push({
              year: d.year,
              region: d.region ?? '',
              under_30: d.ageBands.under_30,
              from_30_to_49: d.ageBands.from_30_to_49,
              from_50: d.ageBands.from_50,
              women: d.gender.women,
              men: d.gender.men,
              other_gender: d.gender.other,
              foreign_yes: d.foreignBackground.yes,
              foreign_no: d.foreignBackground.no,
              foreign_unknown: d.foreignBackground.unknown,
            });
            break;
          }
          case 'SignificantActionsRecorded':
            actions.push({ year: event.data.year, text: event.data.text, recorded_by: event.data.recordedBy });
            break;
          case 'FundingApprovalsRequired':
          case 'FundingProjectApproved':
            break;
        }
      }
      await upsertRows(tx, FINANCIALS, financials);
      await upsertRows(tx, CONTROL, control);
      await upsertRows(tx, PARAMETERS, parameters);
      await upsertRows(tx, ACCOUNTS, accounts);
      await upsertRows(tx, SURVEYS, surveys);
      await upsertRows(tx, DIVERSITY, diversity);
      await upsertRows(tx, ACTIONS, actions);
      await applyApprovals(
        tx,
        events.filter((e) => e.type === 'FundingApprovalsRequired' || e.type === 'FundingProjectApproved'),
      );
    },
  };
}
