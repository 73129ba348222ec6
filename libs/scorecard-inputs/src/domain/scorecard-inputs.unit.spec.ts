import type { Actor } from '#libs/decider';
import type { OrganisationNumber } from '#libs/customers';
import { given } from '../../../decider/src/testing.js';
import { customerFinancialsDecider, financialsImportDecider } from './customer-financials.decider.js';
import { companyAccountsDecider, hrFiguresDecider, significantActionsDecider } from './company-figures.decider.js';
import { fundingApprovalsDecider } from './funding-approvals.decider.js';
import { growthIndexDecider } from './growth-index.decider.js';
import type { ImportCustomerFinancials, RecordCustomerFinancials, RecordEmployeeDiversity, SetControlGroup, SetGrowthIndexParameters } from './scorecard-inputs.commands.js';
import type { CustomerFinancialsRecorded } from './scorecard-inputs.events.js';

const carl: Actor = { userId: 'carl', roles: ['controller'] };
const ada: Actor = { userId: 'ada', roles: ['admin'] };
const anna: Actor = { userId: 'anna', roles: ['advisor'] };
const A = '5560360793' as OrganisationNumber;
const B = '5591234561' as OrganisationNumber;

describe('customer financials', () => {
  const record = (overrides: Partial<RecordCustomerFinancials['data']> = {}): RecordCustomerFinancials => ({
    type: 'RecordCustomerFinancials',
    data: { customerId: '556036-0793', year: 2024, revenueOre: 500_000_00, operatingProfitOre: -20_000_00, personnelCostsOre: 180_000_00, active: true, actor: carl, ...overrides },
  });
  const recorded = (rest: Partial<CustomerFinancialsRecorded['data']> = {}): CustomerFinancialsRecorded => ({
    type: 'CustomerFinancialsRecorded',
    data: {
      customerId: A,
      year: 2024,
      revenueOre: 500_000_00,
      valueAddedOre: 160_000_00,
      operatingProfitOre: -20_000_00,
      personnelCostsOre: 180_000_00,
      active: true,
      recordedBy: 'carl',
      ...rest,
    },
  });

  it('record revenue and value added = operating profit + personnel costs', () => {
    given(customerFinancialsDecider, []).when(record()).then([recorded()]);
  });

  it('record a company that stopped being active, without figures', () => {
    given(customerFinancialsDecider, [])
      .when(record({ revenueOre: undefined, operatingProfitOre: undefined, personnelCostsOre: undefined, active: false, actor: ada }))
      .then([{ type: 'CustomerFinancialsRecorded', data: { customerId: A, year: 2024, active: false, recordedBy: 'ada' } }]);
  });

  it('replace an earlier record for the year, and emit nothing for the same values', () => {
    given(customerFinancialsDecider, [recorded()])
      .when(record({ revenueOre: 1 }))
      .then([recorded({ revenueOre: 1 })]);
    given(customerFinancialsDecider, [recorded()]).when(record()).then([]);
  });

  it('are refused to an advisor', () => {
    given(customerFinancialsDecider, [])
      .when(record({ actor: anna }))
      .thenRefuses('forbidden', 'role-not-allowed');
  });

  it.each<[string, Partial<RecordCustomerFinancials['data']>, string, string]>([
    ['a bad organisationsnummer', { customerId: '556036-0794' }, 'customerId', 'invalid-organisation-number'],
    ['a bad year', { year: 24 }, 'year', 'invalid-year'],
    ['a negative revenue', { revenueOre: -1 }, 'revenueOre', 'invalid-revenue-ore'],
    ['a fractional operating profit', { operatingProfitOre: 1.5 }, 'operatingProfitOre', 'invalid-operating-profit-ore'],
    ['personnel costs without operating profit', { operatingProfitOre: undefined }, 'operatingProfitOre', 'value-added-incomplete'],
    ['no active answer', { active: undefined as unknown as boolean }, 'active', 'invalid-active'],
  ])('are refused with %s', (_, overrides, field, code) => {
    given(customerFinancialsDecider, []).when(record(overrides)).thenRefuses('invalid', code, field);
  });
});

describe('financials CSV import', () => {
  const HEADER = 'organisationsnummer;year;revenue_ore;operating_profit_ore;personnel_costs_ore;active';
  const importing = (csv: string, registered: string[] = [A, B], actor = carl): ImportCustomerFinancials => ({
    type: 'ImportCustomerFinancials',
    data: { importId: 'imp-1', fileName: 'bokslut-2024.csv', csv, registeredCustomers: new Set(registered), actor },
  });

  it('record every row of a valid file in one event, with its line number', () => {
    given(financialsImportDecider, [])
      .when(importing(`${HEADER}\n556036-0793;2024;100000;-500;2000;ja\n\n5591234561;2024;;;;nej\n`))
      .then([
        {
          type: 'CustomerFinancialsImported',
          data: {
            importId: 'imp-1',
            fileName: 'bokslut-2024.csv',
            rows: [
              { customerId: A, year: 2024, revenueOre: 100000, valueAddedOre: 1500, operatingProfitOre: -500, personnelCostsOre: 2000, active: true, line: 2 },
              { customerId: B, year: 2024, active: false, line: 4 },
            ],
            recordedBy: 'carl',
          },
        },
      ]);
  });

  it('accept commas as separators', () => {
    const [event] = financialsImportDecider.decide(importing(`${HEADER.replaceAll(';', ',')}\r\n5560360793,2023,1,2,3,yes`), financialsImportDecider.initialState());
    expect(event?.data.rows).toEqual([{ customerId: A, year: 2023, revenueOre: 1, valueAddedOre: 5, operatingProfitOre: 2, personnelCostsOre: 3, active: true, line: 2 }]);
  });

  it.each<[string, string, string, string]>([
    ['an empty file', '', 'required', 'csv is required'],
    ['a wrong header', 'orgnr;year;revenue\n5560360793;2024;1', 'invalid-csv-header', 'line 1'],
    ['a header without rows', `${HEADER}\n`, 'csv-without-rows', 'no rows'],
    ['a bad organisationsnummer on line 3', `${HEADER}\n5560360793;2024;1;1;1;ja\n5560360794;2024;1;1;1;ja`, 'invalid-csv-row', 'line 3: customerId must be'],
    ['a missing column on line 2', `${HEADER}\n5560360793;2024;1;1;ja`, 'invalid-csv-row', 'line 2: expected 6 columns, found 5'],
    ['an amount in kronor with decimals', `${HEADER}\n5560360793;2024;1,5;1;1;ja`, 'invalid-csv-row', 'line 2: revenue_ore must be a whole number'],
    ['text as an amount', `${HEADER}\n5560360793;2024;many;1;1;ja`, 'invalid-csv-row', 'line 2: revenue_ore must be a whole number'],
    ['an active answer that is neither yes nor no', `${HEADER}\n5560360793;2024;1;1;1;maybe`, 'invalid-csv-row', 'line 2: active must be yes or no'],
    ['a bad year', `${HEADER}\n5560360793;24;1;1;1;ja`, 'invalid-csv-row', 'line 2: year must be'],
    ['half of value added', `${HEADER}\n5560360793;2024;1;1;;ja`, 'invalid-csv-row', 'line 2: Value added'],
    [
      'the same customer and year twice',
      `${HEADER}\n5560360793;2024;1;1;1;ja\n5591234561;2024;1;1;1;ja\n556036-0793;2024;2;2;2;ja`,
      'invalid-csv-row',
      'line 4: 5560360793 2024 is already on line 2',
    ],
  ])('refuse the whole file for %s', (_, csv, code, message) => {
    expect(() => financialsImportDecider.decide(importing(csv), financialsImportDecider.initialState())).toThrow(message);
    given(financialsImportDecider, []).when(importing(csv)).thenRefuses('invalid', code, 'csv');
  });

  it('refuse a file naming a customer that is not registered, with its line', () => {
    const csv = `${HEADER}\n5560360793;2024;1;1;1;ja\n5591234561;2024;1;1;1;ja`;
    expect(() => financialsImportDecider.decide(importing(csv, [A]), financialsImportDecider.initialState())).toThrow('line 3: no customer 5591234561 is registered');
    given(financialsImportDecider, [])
      .when(importing(csv, [A]))
      .thenRefuses('invalid', 'invalid-csv-row', 'csv');
  });

  it('are refused to an advisor, and an import id is used once', () => {
    const csv = `${HEADER}\n5560360793;2024;1;1;1;ja`;
    given(financialsImportDecider, [])
      .when(importing(csv, [A], anna))
      .thenRefuses('forbidden', 'role-not-allowed');
    const first = financialsImportDecider.decide(importing(csv), financialsImportDecider.initialState());
    given(financialsImportDecider, first).when(importing(csv)).thenRefuses('conflict', 'import-already-recorded');
  });
});

describe('growth index inputs', () => {
  const control = (overrides: Partial<SetControlGroup['data']> = {}): SetControlGroup => ({
    type: 'SetControlGroup',
    data: { cohortYear: 2023, region: 'orebro', revenueGrowth: 0.08, valueAddedGrowth: 0.05, survivalRate: 0.9, actor: carl, ...overrides },
  });
  const parameters = (overrides: Partial<SetGrowthIndexParameters['data']> = {}): SetGrowthIndexParameters => ({
    type: 'SetGrowthIndexParameters',
    data: { cohortYear: 2023, revenueWeight: 0.5, valueAddedWeight: 0.25, survivalWeight: 0.25, horizonYears: 3, actor: carl, ...overrides },
  });
  const controlSet = {
    type: 'ControlGroupSet' as const,
    data: { cohortYear: 2023, region: 'orebro' as const, revenueGrowth: 0.08, valueAddedGrowth: 0.05, survivalRate: 0.9, setBy: 'carl' },
  };

  it('record the control group per region and cohort year, replacing it, and nothing for the same values', () => {
    given(growthIndexDecider, []).when(control()).then([controlSet]);
    given(growthIndexDecider, [controlSet]).when(control()).then([]);
    given(growthIndexDecider, [controlSet])
      .when(control({ survivalRate: 1 }))
      .then([{ ...controlSet, data: { ...controlSet.data, survivalRate: 1 } }]);
  });

  it('record weights and horizon', () => {
    given(growthIndexDecider, [])
      .when(parameters())
      .then([{ type: 'GrowthIndexParametersSet', data: { cohortYear: 2023, revenueWeight: 0.5, valueAddedWeight: 0.25, survivalWeight: 0.25, horizonYears: 3, setBy: 'carl' } }]);
  });

  it.each<[string, SetControlGroup | SetGrowthIndexParameters, string, string]>([
    ['a growth of −100 %', control({ revenueGrowth: -1 }), 'revenueGrowth', 'invalid-revenue-growth'],
    ['a survival rate of 0', control({ survivalRate: 0 }), 'survivalRate', 'invalid-survival-rate'],
    ['a survival rate in percent', control({ survivalRate: 90 }), 'survivalRate', 'invalid-survival-rate'],
    ['an unknown region', control({ region: 'gotland' as 'orebro' }), 'region', 'invalid-region'],
    ['weights not adding up to 1', parameters({ survivalWeight: 0.5 }), 'survivalWeight', 'weights-not-summing-to-one'],
    ['a negative weight', parameters({ revenueWeight: -0.5, survivalWeight: 1.25 }), 'revenueWeight', 'invalid-revenue-weight'],
    ['a horizon of 0 years', parameters({ horizonYears: 0 }), 'horizonYears', 'invalid-horizon-years'],
  ])('are refused with %s', (_, command, field, code) => {
    given(growthIndexDecider, []).when(command).thenRefuses('invalid', code, field);
  });

  it('are refused to an admin', () => {
    given(growthIndexDecider, [])
      .when(control({ actor: ada }))
      .thenRefuses('forbidden', 'role-not-allowed');
  });
});

describe('company accounts, employee survey and diversity, significant actions', () => {
  it('record a quarter’s free equity and operating costs', () => {
    given(companyAccountsDecider, [])
      .when({ type: 'RecordQuarterAccounts', data: { year: 2025, quarter: 2, freeEquityOre: 12_000_000_00, operatingCostsOre: 6_000_000_00, actor: carl } })
      .then([{ type: 'QuarterAccountsRecorded', data: { year: 2025, quarter: 2, freeEquityOre: 12_000_000_00, operatingCostsOre: 6_000_000_00, recordedBy: 'carl' } }]);
    given(companyAccountsDecider, [])
      .when({ type: 'RecordQuarterAccounts', data: { year: 2025, quarter: 5, freeEquityOre: 1, operatingCostsOre: 1, actor: carl } })
      .thenRefuses('invalid', 'invalid-quarter', 'quarter');
    given(companyAccountsDecider, [])
      .when({ type: 'RecordQuarterAccounts', data: { year: 2025, quarter: 1, freeEquityOre: 1, operatingCostsOre: -1, actor: carl } })
      .thenRefuses('invalid', 'invalid-operating-costs-ore', 'operatingCostsOre');
  });

  it('record the employee survey per year and region', () => {
    given(hrFiguresDecider, [])
      .when({ type: 'RecordEmployeeSurveyResult', data: { year: 2025, region: 'orebro', totalScore: 4.2, engagementIndex: 78, respondents: 21, actor: ada } })
      .then([{ type: 'EmployeeSurveyResultRecorded', data: { year: 2025, region: 'orebro', totalScore: 4.2, engagementIndex: 78, respondents: 21, recordedBy: 'ada' } }]);
    given(hrFiguresDecider, [])
      .when({ type: 'RecordEmployeeSurveyResult', data: { year: 2025, totalScore: 5.5, engagementIndex: 78, actor: carl } })
      .thenRefuses('invalid', 'invalid-total-score', 'totalScore');
  });

  const diversity = (overrides: Partial<RecordEmployeeDiversity['data']> = {}): RecordEmployeeDiversity => ({
    type: 'RecordEmployeeDiversity',
    data: {
      year: 2025,
      ageBands: { under_30: 3, from_30_to_49: 12, from_50: 9 },
      gender: { women: 14, men: 10, other: 0 },
      foreignBackground: { yes: 4, no: 18, unknown: 2 },
      actor: carl,
      ...overrides,
    },
  });

  it('record diversity aggregates whose counts add up, and nothing when repeated', () => {
    const [event] = hrFiguresDecider.decide(diversity(), hrFiguresDecider.initialState());
    expect(event).toEqual({
      type: 'EmployeeDiversityRecorded',
      data: {
        year: 2025,
        ageBands: { under_30: 3, from_30_to_49: 12, from_50: 9 },
        gender: { women: 14, men: 10, other: 0 },
        foreignBackground: { yes: 4, no: 18, unknown: 2 },
        recordedBy: 'carl',
      },
    });
    given(hrFiguresDecider, [event!]).when(diversity()).then([]);
    given(hrFiguresDecider, [])
      .when(diversity({ gender: { women: 14, men: 9, other: 0 } }))
      .thenRefuses('invalid', 'headcounts-differ', 'gender');
    given(hrFiguresDecider, [])
      .when(diversity({ ageBands: { under_30: -1, from_30_to_49: 12, from_50: 9 } }))
      .thenRefuses('invalid', undefined, 'ageBands.under_30');
    given(hrFiguresDecider, [])
      .when(diversity({ actor: anna }))
      .thenRefuses('forbidden', 'role-not-allowed');
  });

  it('record the significant actions text for a year, controllers only', () => {
    given(significantActionsDecider, [])
      .when({ type: 'RecordSignificantActions', data: { year: 2025, text: ' Nytt hållbarhetsstöd i alla kundmöten. ', actor: carl } })
      .then([{ type: 'SignificantActionsRecorded', data: { year: 2025, text: 'Nytt hållbarhetsstöd i alla kundmöten.', recordedBy: 'carl' } }]);
    given(significantActionsDecider, [])
      .when({ type: 'RecordSignificantActions', data: { year: 2025, text: '  ', actor: carl } })
      .thenRefuses('invalid', 'required', 'text');
    given(significantActionsDecider, [])
      .when({ type: 'RecordSignificantActions', data: { year: 2025, text: 'x', actor: ada } })
      .thenRefuses('forbidden');
  });
});

describe('special-assignment approvals', () => {
  const required = { type: 'FundingApprovalsRequired' as const, data: { projectId: 'p1', parties: ['board' as const, 'region_orebro' as const], setBy: 'ada' } };

  it('name the board and the owner parties concerned, then record each approval with its date', () => {
    given(fundingApprovalsDecider, [])
      .when({ type: 'RequireFundingApprovals', data: { projectId: 'p1', parties: ['region_orebro', 'board', 'board'], actor: ada } })
      .then([required]);
    given(fundingApprovalsDecider, [required])
      .when({ type: 'RecordFundingApproval', data: { projectId: 'p1', party: 'region_orebro', approvedOn: '2025-02-10', actor: ada } })
      .then([{ type: 'FundingProjectApproved', data: { projectId: 'p1', party: 'region_orebro', approvedOn: '2025-02-10', recordedBy: 'ada' } }]);
  });

  it('refuse parties without the board or without an owner, approvals before the parties are named, and parties not required', () => {
    given(fundingApprovalsDecider, [])
      .when({ type: 'RequireFundingApprovals', data: { projectId: 'p1', parties: ['region_orebro'], actor: ada } })
      .thenRefuses('invalid', 'invalid-parties', 'parties');
    given(fundingApprovalsDecider, [])
      .when({ type: 'RequireFundingApprovals', data: { projectId: 'p1', parties: ['board'], actor: ada } })
      .thenRefuses('invalid', 'invalid-parties', 'parties');
    given(fundingApprovalsDecider, [])
      .when({ type: 'RecordFundingApproval', data: { projectId: 'p1', party: 'board', approvedOn: '2025-02-10', actor: ada } })
      .thenRefuses('rule', 'approvals-not-required');
    given(fundingApprovalsDecider, [required])
      .when({ type: 'RecordFundingApproval', data: { projectId: 'p1', party: 'region_vastmanland', approvedOn: '2025-02-10', actor: ada } })
      .thenRefuses('rule', 'party-not-required');
    given(fundingApprovalsDecider, [required])
      .when({ type: 'RecordFundingApproval', data: { projectId: 'p1', party: 'board', approvedOn: '2025-02-30', actor: ada } })
      .thenRefuses('invalid', 'invalid-date', 'approvedOn');
    given(fundingApprovalsDecider, [required])
      .when({ type: 'RecordFundingApproval', data: { projectId: 'p1', party: 'board', approvedOn: '2025-02-10', actor: carl } })
      .thenRefuses('forbidden');
  });
});
