import type { Actor } from '#libs/decider';
import { given } from '../../../decider/src/testing.js';
import { benchmarksDecider as decider } from './benchmarks.decider.js';
import type { SetBenchmark } from './targets.commands.js';
import type { BenchmarkSet } from './targets.events.js';
import { benchmarkStream, benchmarksStream } from './targets.streams.js';

const carl: Actor = { userId: 'carl', roles: ['controller'] };

const setBenchmark = (overrides: Partial<SetBenchmark['data']> = {}): SetBenchmark => ({
  type: 'SetBenchmark',
  data: { region: 'orebro', year: 2025, attribute: 'women_led', population: 'business_population', share: 0.27, actor: carl, ...overrides },
});

const benchmarkSet = (rest: Partial<BenchmarkSet['data']> = {}): BenchmarkSet => ({
  type: 'BenchmarkSet',
  data: { year: 2025, region: 'orebro', attribute: 'women_led', population: 'business_population', share: 0.27, setBy: 'carl', ...rest },
});

describe('benchmarks', () => {
  it('live in one stream per year, region, attribute and population', () => {
    expect(benchmarkStream({ year: 2026, region: 'vastmanland', attribute: 'women_led', population: 'business_population' })).toBe(
      'benchmarks-2026-vastmanland-women_led-business_population',
    );
  });

  it('were kept in one stream per year before issue 14 (still read first)', () => {
    expect(benchmarksStream(2025)).toBe('benchmarks-2025');
  });

  it("record a focus group's share of a region's business population", () => {
    given(decider, []).when(setBenchmark()).then([benchmarkSet()]);
  });

  it.each([
    ['foreign_background' as const, 'new_businesses' as const],
    ['early_stage' as const, 'business_population' as const],
  ])('record the attribute %s among %s', (attribute, population) => {
    given(decider, [])
      .when(setBenchmark({ attribute, population, region: 'vastmanland' }))
      .then([benchmarkSet({ attribute, population, region: 'vastmanland' })]);
  });

  it('replace an earlier value for the same year, region, attribute and population', () => {
    given(decider, [benchmarkSet()])
      .when(setBenchmark({ share: 0.3 }))
      .then([benchmarkSet({ share: 0.3 })]);
  });

  it('emit nothing when the same share is entered again', () => {
    given(decider, [benchmarkSet()]).when(setBenchmark()).then([]);
  });

  it('treat the other population as another benchmark', () => {
    given(decider, [benchmarkSet()])
      .when(setBenchmark({ population: 'new_businesses' }))
      .then([benchmarkSet({ population: 'new_businesses' })]);
  });

  it('accept shares of 0 and 1', () => {
    given(decider, [])
      .when(setBenchmark({ share: 0 }))
      .then([benchmarkSet({ share: 0 })]);
    given(decider, [])
      .when(setBenchmark({ share: 1 }))
      .then([benchmarkSet({ share: 1 })]);
  });

  it.each([['advisor' as const], ['credit_officer' as const], ['admin' as const]])('are refused to role %s', (role) => {
    given(decider, [])
      .when(setBenchmark({ actor: { userId: 'x', roles: [role] } }))
      .thenRefuses('forbidden', 'role-not-allowed');
  });

  it.each<[string, Partial<SetBenchmark['data']>, string, string]>([
    ['an unknown region', { region: 'stockholm' as SetBenchmark['data']['region'] }, 'region', 'invalid-region'],
    ['a missing region', { region: undefined as unknown as SetBenchmark['data']['region'] }, 'region', 'invalid-region'],
    ['an invalid year', { year: 20250 }, 'year', 'invalid-year'],
    ['an unknown attribute', { attribute: 'young' as SetBenchmark['data']['attribute'] }, 'attribute', 'invalid-attribute'],
    ['an unknown population', { population: 'all' as SetBenchmark['data']['population'] }, 'population', 'invalid-population'],
    ['a share given in percent', { share: 27 }, 'share', 'invalid-share'],
    ['a negative share', { share: -0.01 }, 'share', 'invalid-share'],
    ['a share that is not a number', { share: Number.POSITIVE_INFINITY }, 'share', 'invalid-share'],
  ])('are refused as invalid with %s', (_, overrides, field, code) => {
    given(decider, []).when(setBenchmark(overrides)).thenRefuses('invalid', code, field);
  });
});
