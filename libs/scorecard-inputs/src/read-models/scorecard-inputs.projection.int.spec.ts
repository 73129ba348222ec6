import type { OrganisationNumber } from '#libs/customers';
import { readModelFixture, type ReadModelFixture } from '../../../composition/src/testing/read-model-fixture.js';
import type { ScorecardInputsEvent } from '../domain/scorecard-inputs.events.js';
import {
  companyAccountsStream,
  customerFinancialsStream,
  financialsImportStream,
  fundingApprovalsStream,
  growthIndexStream,
  hrFiguresStream,
  significantActionsStream,
} from '../domain/scorecard-inputs.streams.js';
import { scorecardInputsProjection } from './scorecard-inputs.projection.js';

const A = '5560360793' as OrganisationNumber;
const B = '5591234561' as OrganisationNumber;

describe('scorecard inputs projection', () => {
  let fx: ReadModelFixture;
  const projection = scorecardInputsProjection();
  beforeEach(async () => {
    fx = await readModelFixture('scorecard_inputs_rm');
  });
  afterEach(async () => {
    await fx.dispose();
  });

  async function appendInputs(between: () => Promise<void>): Promise<void> {
    const e = (event: ScorecardInputsEvent): ScorecardInputsEvent => event;
    await fx.append(customerFinancialsStream(A), [
      e({
        type: 'CustomerFinancialsRecorded',
        data: { customerId: A, year: 2023, revenueOre: 100, valueAddedOre: 40, operatingProfitOre: 10, personnelCostsOre: 30, active: true, recordedBy: 'carl' },
      }),
    ]);
    await fx.append(financialsImportStream('i1'), [
      e({
        type: 'CustomerFinancialsImported',
        data: {
          importId: 'i1',
          rows: [
            { customerId: A, year: 2023, revenueOre: 110, valueAddedOre: 44, operatingProfitOre: 14, personnelCostsOre: 30, active: true, line: 2 },
            { customerId: B, year: 2025, active: false, line: 3 },
          ],
          recordedBy: 'carl',
        },
      }),
    ]);
    await between();
    await fx.append(growthIndexStream(2024), [
      e({ type: 'ControlGroupSet', data: { cohortYear: 2024, region: 'orebro', revenueGrowth: 0.1, valueAddedGrowth: 0.05, survivalRate: 0.9, setBy: 'carl' } }),
      e({ type: 'ControlGroupSet', data: { cohortYear: 2024, region: 'orebro', revenueGrowth: 0.12, valueAddedGrowth: 0.05, survivalRate: 0.9, setBy: 'carl' } }),
      e({ type: 'GrowthIndexParametersSet', data: { cohortYear: 2024, revenueWeight: 0.5, valueAddedWeight: 0.25, survivalWeight: 0.25, horizonYears: 3, setBy: 'carl' } }),
    ]);
    await fx.append(companyAccountsStream(2025), [
      e({ type: 'QuarterAccountsRecorded', data: { year: 2025, quarter: 1, freeEquityOre: -5, operatingCostsOre: 300, recordedBy: 'carl' } }),
    ]);
    await fx.append(hrFiguresStream(2025), [
      e({ type: 'EmployeeSurveyResultRecorded', data: { year: 2025, totalScore: 4.1, engagementIndex: 77, recordedBy: 'carl' } }),
      e({
        type: 'EmployeeDiversityRecorded',
        data: {
          year: 2025,
          region: 'orebro',
          ageBands: { under_30: 1, from_30_to_49: 2, from_50: 3 },
          gender: { women: 4, men: 2, other: 0 },
          foreignBackground: { yes: 1, no: 5, unknown: 0 },
          recordedBy: 'carl',
        },
      }),
    ]);
    await fx.append(fundingApprovalsStream('p1'), [
      e({ type: 'FundingApprovalsRequired', data: { projectId: 'p1', parties: ['board', 'region_orebro', 'region_vastmanland'], setBy: 'ada' } }),
      e({ type: 'FundingProjectApproved', data: { projectId: 'p1', party: 'board', approvedOn: '2025-01-10', recordedBy: 'ada' } }),
    ]);
    await between();
    await fx.append(fundingApprovalsStream('p1'), [e({ type: 'FundingApprovalsRequired', data: { projectId: 'p1', parties: ['board', 'region_orebro'], setBy: 'ada' } })]);
    await fx.append(significantActionsStream(2025), [e({ type: 'SignificantActionsRecorded', data: { year: 2025, text: 'Åtgärder', recordedBy: 'carl' } })]);
  }

  it('keeps the latest value per scope, an import row replacing a typed one, and the required parties as last named', async () => {
    await appendInputs(() => fx.catchUp(projection));
    await fx.catchUp(projection);
    expect(await fx.rows('rm_customer_financials', 'customer_id, year')).toEqual([
      { customer_id: A, year: 2023, revenue_ore: 110, value_added_ore: 44, active: true },
      { customer_id: B, year: 2025, revenue_ore: null, value_added_ore: null, active: false },
    ]);
    expect(await fx.rows('rm_growth_control_groups', 'region')).toEqual([
      { cohort_year: 2024, region: 'orebro', revenue_growth: 0.12, value_added_growth: 0.05, survival_rate: 0.9 },
    ]);
    expect(await fx.rows('rm_growth_index_parameters', 'cohort_year')).toEqual([
      { cohort_year: 2024, revenue_weight: 0.5, value_added_weight: 0.25, survival_weight: 0.25, horizon_years: 3 },
    ]);
    expect(await fx.rows('rm_company_accounts', 'quarter')).toEqual([{ year: 2025, quarter: 1, free_equity_ore: -5, operating_costs_ore: 300 }]);
    expect(await fx.rows('rm_employee_surveys', 'region')).toEqual([{ year: 2025, region: '', total_score: 4.1, engagement_index: 77, respondents: null }]);
    expect(await fx.rows('rm_employee_diversity', 'region')).toEqual([
      { year: 2025, region: 'orebro', under_30: 1, from_30_to_49: 2, from_50: 3, women: 4, men: 2, other_gender: 0, foreign_yes: 1, foreign_no: 5, foreign_unknown: 0 },
    ]);
    expect(await fx.rows('rm_funding_approvals', 'party')).toEqual([
      { project_id: 'p1', party: 'board', required: true, approved_on: '2025-01-10' },
      { project_id: 'p1', party: 'region_orebro', required: true, approved_on: null },
      { project_id: 'p1', party: 'region_vastmanland', required: false, approved_on: null },
    ]);
    expect(await fx.rows('rm_significant_actions', 'year')).toEqual([{ year: 2025, text: 'Åtgärder', recorded_by: 'carl' }]);
  });

  it('applying the same events again changes nothing, and a rebuild gives the rows of the live run', async () => {
    await appendInputs(() => fx.catchUp(projection));
    await fx.catchUp(projection);
    const live = await fx.snapshot(projection);
    await fx.applyAllAgain(projection);
    expect(await fx.snapshot(projection)).toEqual(live);
    await fx.rebuild(projection);
    expect(await fx.snapshot(projection)).toEqual(live);
  });
});
