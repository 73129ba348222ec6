/**
 * Benchmarks decider: one stream per benchmark (year, region, attribute, population); see targets.streams.ts.
 * Invariants:
 * - only a controller enters benchmarks;
 * - a benchmark is the share (0..1) of a focus-group attribute in a region's business population or
 *   among its new businesses, for a year;
 * - a later value for the same year, region, attribute and population replaces the earlier;
 *   re-entering the current value emits nothing.
 */
import { assertNever, authorise, REGIONS, requireOneOf, requireShare, requireYear, type Decider } from '#libs/decider';
import { BENCHMARK_ATTRIBUTES, BENCHMARK_POPULATIONS } from './benchmark.js';
import type { BenchmarksCommand } from './targets.commands.js';
import type { BenchmarksEvent } from './targets.events.js';

export interface BenchmarksState {
  /** Current share per benchmarkKey. */
  readonly shares: ReadonlyMap<string, number>;
}

export const benchmarkKey = (b: { year: number; region: string; attribute: string; population: string }): string => `${b.year}/${b.region}/${b.attribute}/${b.population}`;

const decide = (command: BenchmarksCommand, state: BenchmarksState): BenchmarksEvent[] => {
  switch (command.type) {
    case 'SetBenchmark': {
      const { data } = command;
      authorise(data.actor, ['controller']);
      const region = requireOneOf(data.region, REGIONS, 'region');
      const year = requireYear(data.year);
      const attribute = requireOneOf(data.attribute, BENCHMARK_ATTRIBUTES, 'attribute');
      const population = requireOneOf(data.population, BENCHMARK_POPULATIONS, 'population');
      const share = requireShare(data.share, 'share');
      if (state.shares.get(benchmarkKey({ year, region, attribute, population })) === share) return [];
      return [{ type: 'BenchmarkSet', data: { year, region, attribute, population, share, setBy: data.actor.userId } }];
    }
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(command.type);
  }
};

const evolve = (state: BenchmarksState, event: BenchmarksEvent): BenchmarksState => {
  switch (event.type) {
    case 'BenchmarkSet':
      return { shares: new Map(state.shares).set(benchmarkKey(event.data), event.data.share) };
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(event.type);
  }
};

export const benchmarksDecider: Decider<BenchmarksCommand, BenchmarksEvent, BenchmarksState> = {
  initialState: () => ({ shares: new Map() }),
  decide,
  evolve,
};
