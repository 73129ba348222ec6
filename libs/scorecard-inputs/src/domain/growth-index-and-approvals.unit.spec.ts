import type { Actor } from '#libs/decider';
import { given } from '../../../decider/src/testing.js';
import { fundingApprovalsDecider } from './funding-approvals.decider.js';
import { growthIndexDecider } from './growth-index.decider.js';
import type { RequireFundingApprovals, SetControlGroup, SetGrowthIndexParameters } from './scorecard-inputs.commands.js';
import type { ControlGroupSet, FundingApprovalsRequired, FundingProjectApproved, GrowthIndexParametersSet } from './scorecard-inputs.events.js';
import {
  companyAccountsStream,
  customerFinancialsStream,
  financialsImportStream,
  fundingApprovalsStream,
  growthIndexStream,
  hrFiguresStream,
  significantActionsStream,
} from './scorecard-inputs.streams.js';

const carl: Actor = { userId: 'carl', roles: ['controller'] };
const ada: Actor = { userId: 'ada', roles: ['admin'] };

describe('scorecard input streams', () => {
  it('are named by kind and key', () => {
    expect(customerFinancialsStream('5560360793')).toBe('customer-financials-5560360793');
    expect(financialsImportStream('imp-1')).toBe('financials-import-imp-1');
    expect(growthIndexStream(2023)).toBe('growth-index-2023');
    expect(companyAccountsStream(2025)).toBe('company-accounts-2025');
    expect(hrFiguresStream(2025)).toBe('hr-figures-2025');
    expect(fundingApprovalsStream('p1')).toBe('funding-approvals-p1');
    expect(significantActionsStream(2025)).toBe('significant-actions-2025');
  });
});

describe('growth index control group', () => {
  const control = (overrides: Partial<SetControlGroup['data']> = {}): SetControlGroup => ({
    type: 'SetControlGroup',
    data: { cohortYear: 2023, region: 'orebro', revenueGrowth: 0.08, valueAddedGrowth: 0.05, survivalRate: 0.9, actor: carl, ...overrides },
  });
  const set = (overrides: Partial<ControlGroupSet['data']> = {}): ControlGroupSet => ({
    type: 'ControlGroupSet',
    data: { cohortYear: 2023, region: 'orebro', revenueGrowth: 0.08, valueAddedGrowth: 0.05, survivalRate: 0.9, setBy: 'carl', ...overrides },
  });

  it.each<[string, Partial<SetControlGroup['data']>]>([
    ['the revenue growth', { revenueGrowth: 0.09 }],
    ['the value-added growth', { valueAddedGrowth: 0.06 }],
  ])('replace the control group when only %s changes', (_, overrides) => {
    given(growthIndexDecider, [set()])
      .when(control(overrides))
      .then([set(overrides)]);
  });
});

describe('growth index parameters', () => {
  const parameters = (overrides: Partial<SetGrowthIndexParameters['data']> = {}): SetGrowthIndexParameters => ({
    type: 'SetGrowthIndexParameters',
    data: { cohortYear: 2023, revenueWeight: 0.5, valueAddedWeight: 0.25, survivalWeight: 0.25, horizonYears: 3, actor: carl, ...overrides },
  });
  const set = (overrides: Partial<GrowthIndexParametersSet['data']> = {}): GrowthIndexParametersSet => ({
    type: 'GrowthIndexParametersSet',
    data: { cohortYear: 2023, revenueWeight: 0.5, valueAddedWeight: 0.25, survivalWeight: 0.25, horizonYears: 3, setBy: 'carl', ...overrides },
  });

  it('accept weights of 0 and of 1', () => {
    given(growthIndexDecider, [])
      .when(parameters({ revenueWeight: 1, valueAddedWeight: 0, survivalWeight: 0 }))
      .then([set({ revenueWeight: 1, valueAddedWeight: 0, survivalWeight: 0 })]);
  });

  it('refuse a weight above 1 on that weight', () => {
    given(growthIndexDecider, [])
      .when(parameters({ revenueWeight: 1.5, valueAddedWeight: -0.25, survivalWeight: -0.25 }))
      .thenRefuses('invalid', 'invalid-revenue-weight', 'revenueWeight');
  });

  it('emit nothing for the same parameters again', () => {
    given(growthIndexDecider, [set()]).when(parameters()).then([]);
  });

  it.each<[string, Partial<SetGrowthIndexParameters['data']>]>([
    ['the revenue weight, within the rounding the sum allows', { revenueWeight: 0.5 + 4e-10 }],
    ['the value-added weight, within the rounding the sum allows', { valueAddedWeight: 0.25 + 4e-10 }],
    ['the survival weight, within the rounding the sum allows', { survivalWeight: 0.25 + 4e-10 }],
  ])('replace the parameters when only %s changes', (_, overrides) => {
    given(growthIndexDecider, [set()])
      .when(parameters(overrides))
      .then([set(overrides)]);
  });

  it.each<[string, Partial<SetGrowthIndexParameters['data']>]>([
    ['the weights of revenue and value added', { revenueWeight: 0.25, valueAddedWeight: 0.5 }],
    ['the weights of value added and survival', { valueAddedWeight: 0.5, survivalWeight: 0 }],
    ['the weights of revenue and survival', { revenueWeight: 0.25, survivalWeight: 0.5 }],
    ['the horizon', { horizonYears: 4 }],
  ])('replace the parameters when only %s change', (_, overrides) => {
    given(growthIndexDecider, [set()])
      .when(parameters(overrides))
      .then([set(overrides)]);
  });
});

describe('special-assignment approval rules', () => {
  const required = (parties: FundingApprovalsRequired['data']['parties']): FundingApprovalsRequired => ({
    type: 'FundingApprovalsRequired',
    data: { projectId: 'p1', parties, setBy: 'ada' },
  });
  const requiring = (parties: unknown): RequireFundingApprovals => ({
    type: 'RequireFundingApprovals',
    data: { projectId: 'p1', parties: parties as string[], actor: ada },
  });
  const approved = (party: FundingProjectApproved['data']['party'], approvedOn: string): FundingProjectApproved => ({
    type: 'FundingProjectApproved',
    data: { projectId: 'p1', party, approvedOn, recordedBy: 'ada' },
  });

  it('refuse parties that are not a list', () => {
    given(fundingApprovalsDecider, []).when(requiring('board')).thenRefuses('invalid', 'invalid-parties', 'parties');
  });

  it('emit nothing for the same parties again, in any order, and replace them by others', () => {
    given(fundingApprovalsDecider, [required(['board', 'region_orebro'])])
      .when(requiring(['region_orebro', 'board']))
      .then([]);
    given(fundingApprovalsDecider, [required(['board', 'region_orebro'])])
      .when(requiring(['board', 'region_vastmanland']))
      .then([required(['board', 'region_vastmanland'])]);
  });

  it('emit nothing for the same approval date again, and replace it by another date', () => {
    const past = [required(['board', 'region_orebro']), approved('board', '2025-02-10')];
    const approving = (approvedOn: string) => ({ type: 'RecordFundingApproval', data: { projectId: 'p1', party: 'board', approvedOn, actor: ada } }) as const;
    given(fundingApprovalsDecider, past).when(approving('2025-02-10')).then([]);
    given(fundingApprovalsDecider, past)
      .when(approving('2025-02-11'))
      .then([approved('board', '2025-02-11')]);
    given(fundingApprovalsDecider, [...past, approved('region_orebro', '2025-02-12')])
      .when(approving('2025-02-10'))
      .then([]);
  });
});
