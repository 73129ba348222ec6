import type { Actor } from '#libs/decider';
import { given } from '../../../decider/src/testing.js';
import { metricUnit, scorecardMetrics } from './scorecard-metrics.js';
import { scorecardScopeKey } from './scorecard-scope.js';
import type { SetTarget } from './targets.commands.js';
import { targetsDecider as decider } from './targets.decider.js';
import type { TargetSet } from './targets.events.js';
import { targetsStream, targetStream } from './targets.streams.js';

const carl: Actor = { userId: 'carl', roles: ['controller'] };

const setTarget = (overrides: Partial<SetTarget['data']> = {}): SetTarget => ({
  type: 'SetTarget',
  data: { metric: 'loans_granted', year: 2025, value: 320, actor: carl, ...overrides },
});

const targetSet = (rest: Partial<TargetSet['data']> = {}): TargetSet => ({
  type: 'TargetSet',
  data: { year: 2025, metric: 'loans_granted', unit: 'count', value: 320, setBy: 'carl', ...rest },
});

describe('scorecard metric catalogue', () => {
  it('covers the scorecard of the directive, each with a unit and a description', () => {
    expect(scorecardMetrics.map((m) => [m.key, m.unit])).toEqual([
      ['unique_customers_advisory', 'count'],
      ['unique_customers_total', 'count'],
      ['delivery_modules', 'count'],
      ['loans_granted', 'count'],
      ['granted_volume', 'ore'],
      ['new_lending_volume', 'ore'],
      ['return_on_lending', 'percent'],
      ['customer_time_share', 'share'],
      ['recommendation_share', 'share'],
      ['women_led_share_loans', 'share'],
      ['foreign_background_share_loans', 'share'],
      ['women_led_share_advisory', 'share'],
      ['foreign_background_share_advisory', 'share'],
      ['early_stage_share_loans', 'share'],
      ['early_stage_share_advisory', 'share'],
      ['interventions_bredd', 'count'],
      ['interventions_ideal', 'count'],
      ['interventions_spets', 'count'],
      ['growth_index', 'number'],
      ['focus_group_index', 'number'],
      ['employee_total_score', 'number'],
      ['employee_engagement_index', 'number'],
      ['free_equity_months', 'number'],
      ['sustainability_share', 'share'],
      ['sustainability_workshops', 'count'],
      ['employee_women_share', 'share'],
      ['employee_foreign_background_share', 'share'],
      ['employee_under_30_share', 'share'],
      ['employee_from_50_share', 'share'],
      ['special_assignments_flagged', 'count'],
    ]);
    expect(scorecardMetrics.every((m) => m.description.length > 0)).toBe(true);
    expect(metricUnit('return_on_lending')).toBe('percent');
  });

  it('keys a scope by metric, year, quarter and region', () => {
    expect(scorecardScopeKey({ metric: 'loans_granted', year: 2025 })).toBe('loans_granted/2025/year/all');
    expect(scorecardScopeKey({ metric: 'loans_granted', year: 2025, quarter: 2, region: 'orebro' })).toBe('loans_granted/2025/2/orebro');
  });
});

describe('targets', () => {
  it('live in one stream per scope: metric, year, quarter or the whole year, region or both', () => {
    expect(targetStream({ metric: 'new_lending_volume', year: 2026, quarter: 1, region: 'vastmanland' })).toBe('targets-2026-new_lending_volume-q1-vastmanland');
    expect(targetStream({ metric: 'loans_granted', year: 2027 })).toBe('targets-2027-loans_granted-year-all');
    expect(targetStream({ metric: 'loans_granted', year: 2027, quarter: 4 })).toBe('targets-2027-loans_granted-q4-all');
    expect(targetStream({ metric: 'loans_granted', year: 2027, region: 'orebro' })).toBe('targets-2027-loans_granted-year-orebro');
  });

  it('were kept in one stream per year before issue 14 (still read first)', () => {
    expect(targetsStream(2025)).toBe('targets-2025');
  });

  it('record a yearly target for both regions together', () => {
    given(decider, []).when(setTarget()).then([targetSet()]);
  });

  it('record a quarterly target for one region', () => {
    given(decider, [])
      .when(setTarget({ quarter: 3, region: 'vastmanland', value: 80 }))
      .then([targetSet({ quarter: 3, region: 'vastmanland', value: 80 })]);
  });

  it('may be entered by an admin', () => {
    given(decider, [])
      .when(setTarget({ actor: { userId: 'root', roles: ['admin'] } }))
      .then([targetSet({ setBy: 'root' })]);
  });

  it('replace an earlier target for the same scope with a new value', () => {
    given(decider, [targetSet()])
      .when(setTarget({ value: 350 }))
      .then([targetSet({ value: 350 })]);
  });

  it('emit nothing when the same value is entered again', () => {
    given(decider, [targetSet({ value: 200 }), targetSet()])
      .when(setTarget())
      .then([]);
  });

  it('treat another quarter or region as another target', () => {
    given(decider, [targetSet()])
      .when(setTarget({ quarter: 1 }))
      .then([targetSet({ quarter: 1 })]);
    given(decider, [targetSet({ quarter: 1 })])
      .when(setTarget({ quarter: 1, region: 'orebro' }))
      .then([targetSet({ quarter: 1, region: 'orebro' })]);
  });

  it('take amounts in öre, shares as fractions and percents as numbers', () => {
    given(decider, [])
      .when(setTarget({ metric: 'new_lending_volume', value: 12_000_000_000 }))
      .then([targetSet({ metric: 'new_lending_volume', unit: 'ore', value: 12_000_000_000 })]);
    given(decider, [])
      .when(setTarget({ metric: 'customer_time_share', value: 0.8 }))
      .then([targetSet({ metric: 'customer_time_share', unit: 'share', value: 0.8 })]);
    given(decider, [])
      .when(setTarget({ metric: 'return_on_lending', value: 2 }))
      .then([targetSet({ metric: 'return_on_lending', unit: 'percent', value: 2 })]);
    given(decider, [])
      .when(setTarget({ metric: 'growth_index', value: 102.5 }))
      .then([targetSet({ metric: 'growth_index', unit: 'number', value: 102.5 })]);
    given(decider, [])
      .when(setTarget({ metric: 'employee_total_score', value: Number.NaN }))
      .thenRefuses('invalid', 'invalid-value', 'value');
  });

  it('accept the bounds: a count of 0, a share of 0 and of 1', () => {
    given(decider, [])
      .when(setTarget({ value: 0 }))
      .then([targetSet({ value: 0 })]);
    given(decider, [])
      .when(setTarget({ metric: 'recommendation_share', value: 1 }))
      .then([targetSet({ metric: 'recommendation_share', unit: 'share', value: 1 })]);
    given(decider, [])
      .when(setTarget({ metric: 'women_led_share_loans', value: 0 }))
      .then([targetSet({ metric: 'women_led_share_loans', unit: 'share', value: 0 })]);
  });

  it.each([['advisor' as const], ['credit_officer' as const]])('are refused to role %s', (role) => {
    given(decider, [])
      .when(setTarget({ actor: { userId: 'x', roles: [role] } }))
      .thenRefuses('forbidden', 'role-not-allowed');
  });

  it.each<[string, Partial<SetTarget['data']>, string, string]>([
    ['an unknown metric', { metric: 'happiness' as SetTarget['data']['metric'] }, 'metric', 'invalid-metric'],
    ['a fractional year', { year: 2025.5 }, 'year', 'invalid-year'],
    ['a two-digit year', { year: 25 }, 'year', 'invalid-year'],
    ['quarter 0', { quarter: 0 as SetTarget['data']['quarter'] }, 'quarter', 'invalid-quarter'],
    ['quarter 5', { quarter: 5 as SetTarget['data']['quarter'] }, 'quarter', 'invalid-quarter'],
    ['an unknown region', { region: 'uppsala' as SetTarget['data']['region'] }, 'region', 'invalid-region'],
    ['a negative count', { value: -1 }, 'value', 'invalid-value'],
    ['a fractional count', { value: 10.5 }, 'value', 'invalid-value'],
    ['a fractional öre amount', { metric: 'granted_volume', value: 100.5 }, 'value', 'invalid-value'],
    ['an öre amount beyond safe integers', { metric: 'granted_volume', value: 2 ** 53 }, 'value', 'invalid-value'],
    ['a share above 1', { metric: 'customer_time_share', value: 80 }, 'value', 'invalid-value'],
    ['a negative share', { metric: 'recommendation_share', value: -0.1 }, 'value', 'invalid-value'],
    ['a percent that is not a number', { metric: 'return_on_lending', value: Number.NaN }, 'value', 'invalid-value'],
    ['a value as text', { value: '320' as unknown as number }, 'value', 'invalid-value'],
  ])('are refused as invalid with %s', (_, overrides, field, code) => {
    given(decider, []).when(setTarget(overrides)).thenRefuses('invalid', code, field);
  });
});
