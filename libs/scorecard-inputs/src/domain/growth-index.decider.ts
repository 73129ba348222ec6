/**
 * Growth index inputs: one stream per cohort year, `growth-index-<cohortYear>`.
 * Invariants:
 * - only a controller enters the control group and the parameters;
 * - the control group's development is entered per region and cohort year: revenue and value-added
 *   growth as fractions above −1 (0.12 = +12 %), survival rate above 0 and at most 1;
 * - the parameters are three weights ≥ 0 that add up to 1 and a horizon of 1–10 years (E − B);
 * - a later value replaces the earlier; the same values again emit nothing.
 */
import { assertNever, authorise, refuse, REGIONS, requireFiniteNumber, requireIntegerBetween, requireOneOf, requireYear, type Decider } from '#libs/decider';
import type { GrowthIndexCommand } from './scorecard-inputs.commands.js';
import type { ControlGroupSet, GrowthIndexEvent, GrowthIndexParametersSet } from './scorecard-inputs.events.js';

/** The contract's defaults: equal weights, base year Y − 1, end year Y + 1. */
export const DEFAULT_GROWTH_INDEX_PARAMETERS = { revenueWeight: 1 / 3, valueAddedWeight: 1 / 3, survivalWeight: 1 / 3, horizonYears: 2 } as const;

export interface GrowthIndexState {
  readonly controlGroups: ReadonlyMap<string, ControlGroupSet['data']>;
  readonly parameters?: GrowthIndexParametersSet['data'];
}

const growth = (value: unknown, field: string): number => {
  const n = requireFiniteNumber(value, field);
  return n > -1 ? n : refuse('invalid', `invalid-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, `${field} must be a fraction above −1 (0.12 = +12 %)`, field);
};

const weight = (value: unknown, field: string): number => {
  const n = requireFiniteNumber(value, field);
  return n >= 0 && n <= 1 ? n : refuse('invalid', `invalid-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, `${field} must be from 0 to 1`, field);
};

export const growthIndexDecider: Decider<GrowthIndexCommand, GrowthIndexEvent, GrowthIndexState> = {
  initialState: () => ({ controlGroups: new Map() }),
  decide(command, state) {
    switch (command.type) {
      case 'SetControlGroup': {
        const { data } = command;
        authorise(data.actor, ['controller']);
        const cohortYear = requireYear(data.cohortYear, 'cohortYear');
        const region = requireOneOf(data.region, REGIONS, 'region');
        const revenueGrowth = growth(data.revenueGrowth, 'revenueGrowth');
        const valueAddedGrowth = growth(data.valueAddedGrowth, 'valueAddedGrowth');
        const survivalRate = requireFiniteNumber(data.survivalRate, 'survivalRate');
        if (!(survivalRate > 0 && survivalRate <= 1)) refuse('invalid', 'invalid-survival-rate', 'survivalRate must be above 0 and at most 1', 'survivalRate');
        const current = state.controlGroups.get(region);
        if (current && current.revenueGrowth === revenueGrowth && current.valueAddedGrowth === valueAddedGrowth && current.survivalRate === survivalRate) return [];
        return [{ type: 'ControlGroupSet', data: { cohortYear, region, revenueGrowth, valueAddedGrowth, survivalRate, setBy: data.actor.userId } }];
      }
      case 'SetGrowthIndexParameters': {
        const { data } = command;
        authorise(data.actor, ['controller']);
        const cohortYear = requireYear(data.cohortYear, 'cohortYear');
        const revenueWeight = weight(data.revenueWeight, 'revenueWeight');
        const valueAddedWeight = weight(data.valueAddedWeight, 'valueAddedWeight');
        const survivalWeight = weight(data.survivalWeight, 'survivalWeight');
        if (Math.abs(revenueWeight + valueAddedWeight + survivalWeight - 1) > 1e-9)
          refuse('invalid', 'weights-not-summing-to-one', 'The three weights must add up to 1', 'survivalWeight');
        const horizonYears = requireIntegerBetween(data.horizonYears, 1, 10, 'horizonYears');
        const p = state.parameters;
        if (p && p.revenueWeight === revenueWeight && p.valueAddedWeight === valueAddedWeight && p.survivalWeight === survivalWeight && p.horizonYears === horizonYears) return [];
        return [{ type: 'GrowthIndexParametersSet', data: { cohortYear, revenueWeight, valueAddedWeight, survivalWeight, horizonYears, setBy: data.actor.userId } }];
      }
      // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'ControlGroupSet':
        return { ...state, controlGroups: new Map(state.controlGroups).set(event.data.region, event.data) };
      case 'GrowthIndexParametersSet':
        return { ...state, parameters: event.data };
      // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
      default:
        return assertNever(event);
    }
  },
};
