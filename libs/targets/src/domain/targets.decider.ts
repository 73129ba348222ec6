/**
 * Targets decider: one stream per target (year, metric, period, region); see targets.streams.ts.
 * Invariants:
 * - only a controller or an admin enters targets;
 * - a target is for a metric of the scorecard catalogue, a year, optionally a quarter 1–4 and a region;
 * - the value fits the metric's unit: counts and öre are whole numbers ≥ 0, shares fractions 0..1,
 *   percents and numbers any finite number;
 * - a later target for the same scope replaces the earlier; re-entering the current value emits nothing.
 */
import {
  assertNever,
  authorise,
  REGIONS,
  requireFiniteNumber,
  requireNonNegativeInteger,
  requireOneOf,
  requireOptionalOneOf,
  requireOptionalQuarter,
  requireShare,
  requireYear,
  type Decider,
} from '#libs/decider';
import { metricUnit, SCORECARD_METRIC_KEYS, type MetricUnit } from './scorecard-metrics.js';
import { scorecardScopeKey } from './scorecard-scope.js';
import type { TargetsCommand } from './targets.commands.js';
import type { TargetsEvent } from './targets.events.js';

export interface TargetsState {
  /** Current value per scorecardScopeKey. */
  readonly values: ReadonlyMap<string, number>;
}

const requireValueIn = (unit: MetricUnit, value: unknown): number => {
  switch (unit) {
    case 'count':
    case 'ore':
      return requireNonNegativeInteger(value, 'value');
    case 'share':
      return requireShare(value, 'value');
    case 'percent':
    case 'number':
      return requireFiniteNumber(value, 'value');
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(unit);
  }
};

const decide = (command: TargetsCommand, state: TargetsState): TargetsEvent[] => {
  switch (command.type) {
    case 'SetTarget': {
      const { data } = command;
      authorise(data.actor, ['controller', 'admin']);
      const metric = requireOneOf(data.metric, SCORECARD_METRIC_KEYS, 'metric');
      const year = requireYear(data.year);
      const quarter = requireOptionalQuarter(data.quarter);
      const region = requireOptionalOneOf(data.region, REGIONS, 'region');
      const unit = metricUnit(metric);
      const value = requireValueIn(unit, data.value);
      if (state.values.get(scorecardScopeKey({ metric, year, quarter, region })) === value) return [];
      return [
        {
          type: 'TargetSet',
          data: {
            year,
            ...(quarter === undefined ? {} : { quarter }),
            ...(region === undefined ? {} : { region }),
            metric,
            unit,
            value,
            setBy: data.actor.userId,
          },
        },
      ];
    }
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(command.type);
  }
};

const evolve = (state: TargetsState, event: TargetsEvent): TargetsState => {
  switch (event.type) {
    case 'TargetSet':
      return { values: new Map(state.values).set(scorecardScopeKey(event.data), event.data.value) };
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(event.type);
  }
};

export const targetsDecider: Decider<TargetsCommand, TargetsEvent, TargetsState> = {
  initialState: () => ({ values: new Map() }),
  decide,
  evolve,
};
