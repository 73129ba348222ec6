/**
 * The company's own figures, entered by a controller (or HR through an admin):
 * - quarterly accounts, one stream per year `company-accounts-<year>`: free equity (öre, may be
 *   negative) and operating costs (öre, ≥ 0) per quarter 1–4;
 * - the yearly employee survey and HR's diversity aggregates, one stream per year `hr-figures-<year>`,
 *   for the whole company or one region: total score 1–5, engagement index 0–100; counts per age band,
 *   gender and foreign background that add up to the same headcount (aggregates, never a person);
 * - the yearly report's significant actions, one stream per year `significant-actions-<year>`: a text.
 * A later value for the same scope replaces the earlier; the same value again emits nothing.
 */
import {
  assertNever,
  authorise,
  refuse,
  REGIONS,
  requireFiniteNumber,
  requireIntegerBetween,
  requireNonNegativeInteger,
  requireOptionalOneOf,
  requireText,
  requireYear,
  type Decider,
} from '#libs/decider';
import type { CompanyAccountsCommand, HrFiguresCommand, SignificantActionsCommand } from './scorecard-inputs.commands.js';
import { AGE_BANDS, type CompanyAccountsEvent, type HrFiguresEvent, type SignificantActionsEvent } from './scorecard-inputs.events.js';

export interface CompanyAccountsState {
  readonly quarters: ReadonlyMap<number, { freeEquityOre: number; operatingCostsOre: number }>;
}

export const companyAccountsDecider: Decider<CompanyAccountsCommand, CompanyAccountsEvent, CompanyAccountsState> = {
  initialState: () => ({ quarters: new Map() }),
  decide(command, state) {
    switch (command.type) {
      case 'RecordQuarterAccounts': {
        const { data } = command;
        authorise(data.actor, ['controller']);
        const year = requireYear(data.year);
        const quarter = requireIntegerBetween(data.quarter, 1, 4, 'quarter') as 1 | 2 | 3 | 4;
        const freeEquityOre =
          // Number.isSafeInteger is false for anything but a number.
          Number.isSafeInteger(data.freeEquityOre)
            ? (data.freeEquityOre as number)
            : refuse('invalid', 'invalid-free-equity-ore', 'freeEquityOre must be a whole number of öre', 'freeEquityOre');
        const operatingCostsOre = requireNonNegativeInteger(data.operatingCostsOre, 'operatingCostsOre');
        const current = state.quarters.get(quarter);
        if (current && current.freeEquityOre === freeEquityOre && current.operatingCostsOre === operatingCostsOre) return [];
        return [{ type: 'QuarterAccountsRecorded', data: { year, quarter, freeEquityOre, operatingCostsOre, recordedBy: data.actor.userId } }];
      }
      // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
      default:
        return assertNever(command.type);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'QuarterAccountsRecorded':
        return { quarters: new Map(state.quarters).set(event.data.quarter, event.data) };
      // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
      default:
        return assertNever(event.type);
    }
  },
};

export interface HrFiguresState {
  /** The latest JSON of each scope (`survey/<region|all>`, `diversity/<region|all>`). */
  readonly latest: ReadonlyMap<string, string>;
}

const scopeKey = (kind: string, region: string | undefined): string => `${kind}/${region ?? 'all'}`;
/**
 * JSON with the keys sorted at every level: the event store keeps event data as jsonb, which orders
 * keys its own way, so a stream read back must compare equal to the command's data whatever the order.
 */
const canonical = (value: unknown): string =>
  value instanceof Object
    ? `{${Object.keys(value)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
        .join(',')}}`
    : JSON.stringify(value);

/** One count per key, each a whole number ≥ 0, refused on `<field>.<key>` (the first bad key, in order). */
const counts = <K extends string>(group: Partial<Record<K, unknown>> | undefined, keys: readonly K[], field: string): Record<K, number> =>
  Object.fromEntries(keys.map((key) => [key, requireNonNegativeInteger(group?.[key], `${field}.${key}`)])) as Record<K, number>;

export const hrFiguresDecider: Decider<HrFiguresCommand, HrFiguresEvent, HrFiguresState> = {
  initialState: () => ({ latest: new Map() }),
  decide(command, state) {
    switch (command.type) {
      case 'RecordEmployeeSurveyResult': {
        const { data } = command;
        authorise(data.actor, ['controller', 'admin']);
        const year = requireYear(data.year);
        const region = requireOptionalOneOf(data.region, REGIONS, 'region');
        const totalScore = requireFiniteNumber(data.totalScore, 'totalScore');
        if (totalScore < 1 || totalScore > 5) refuse('invalid', 'invalid-total-score', 'totalScore must be from 1 to 5', 'totalScore');
        const engagementIndex = requireFiniteNumber(data.engagementIndex, 'engagementIndex');
        if (engagementIndex < 0 || engagementIndex > 100) refuse('invalid', 'invalid-engagement-index', 'engagementIndex must be from 0 to 100', 'engagementIndex');
        const respondents = data.respondents === undefined ? undefined : requireNonNegativeInteger(data.respondents, 'respondents');
        const recorded = { year, ...(region === undefined ? {} : { region }), totalScore, engagementIndex, ...(respondents === undefined ? {} : { respondents }) };
        if (state.latest.get(scopeKey('survey', region)) === canonical(recorded)) return [];
        return [{ type: 'EmployeeSurveyResultRecorded', data: { ...recorded, recordedBy: data.actor.userId } }];
      }
      case 'RecordEmployeeDiversity': {
        const { data } = command;
        authorise(data.actor, ['controller', 'admin']);
        const year = requireYear(data.year);
        const region = requireOptionalOneOf(data.region, REGIONS, 'region');
        const ageBands = counts(data.ageBands, AGE_BANDS, 'ageBands');
        const gender = counts(data.gender, ['women', 'men', 'other'] as const, 'gender');
        const foreignBackground = counts(data.foreignBackground, ['yes', 'no', 'unknown'] as const, 'foreignBackground');
        const headcount = AGE_BANDS.reduce((sum, band) => sum + ageBands[band], 0);
        if (gender.women + gender.men + gender.other !== headcount) refuse('invalid', 'headcounts-differ', 'The gender counts must add up to the age-band counts', 'gender');
        if (foreignBackground.yes + foreignBackground.no + foreignBackground.unknown !== headcount) {
          refuse('invalid', 'headcounts-differ', 'The foreign-background counts must add up to the age-band counts', 'foreignBackground');
        }
        const recorded = { year, ...(region === undefined ? {} : { region }), ageBands, gender, foreignBackground };
        if (state.latest.get(scopeKey('diversity', region)) === canonical(recorded)) return [];
        return [{ type: 'EmployeeDiversityRecorded', data: { ...recorded, recordedBy: data.actor.userId } }];
      }
      // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    const { recordedBy: _, ...recorded } = event.data;
    const kind = event.type === 'EmployeeSurveyResultRecorded' ? 'survey' : 'diversity';
    return { latest: new Map(state.latest).set(scopeKey(kind, event.data.region), canonical(recorded)) };
  },
};

export interface SignificantActionsState {
  readonly text?: string;
}

export const significantActionsDecider: Decider<SignificantActionsCommand, SignificantActionsEvent, SignificantActionsState> = {
  initialState: () => ({}),
  decide(command, state) {
    switch (command.type) {
      case 'RecordSignificantActions': {
        const { data } = command;
        authorise(data.actor, ['controller']);
        const year = requireYear(data.year);
        const text = requireText(data.text, 'text');
        if (text.length > 20_000) refuse('invalid', 'invalid-text', 'text must be at most 20,000 characters', 'text');
        if (state.text === text) return [];
        return [{ type: 'SignificantActionsRecorded', data: { year, text, recordedBy: data.actor.userId } }];
      }
      // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
      default:
        return assertNever(command.type);
    }
  },
  evolve(_state, event) {
    return { text: event.data.text };
  },
};
