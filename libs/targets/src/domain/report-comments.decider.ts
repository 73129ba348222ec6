/**
 * Report comments decider: one stream per scope (year, metric, period, region); see targets.streams.ts.
 * Invariants:
 * - only a controller writes the comments explaining deviations from target;
 * - a comment is about a metric of the scorecard catalogue, a year, optionally a quarter 1–4 and a
 *   region, and is not blank;
 * - the latest comment for the same scope wins; recording the current text again emits nothing.
 */
import { assertNever, authorise, REGIONS, requireOneOf, requireOptionalOneOf, requireOptionalQuarter, requireText, requireYear, type Decider } from '#libs/decider';
import { SCORECARD_METRIC_KEYS } from './scorecard-metrics.js';
import { scorecardScopeKey } from './scorecard-scope.js';
import type { ReportCommentsCommand } from './targets.commands.js';
import type { ReportCommentsEvent } from './targets.events.js';

export interface ReportCommentsState {
  /** Current comment per scorecardScopeKey. */
  readonly comments: ReadonlyMap<string, string>;
}

const decide = (command: ReportCommentsCommand, state: ReportCommentsState): ReportCommentsEvent[] => {
  switch (command.type) {
    case 'RecordDeviationComment': {
      const { data } = command;
      authorise(data.actor, ['controller']);
      const year = requireYear(data.year);
      const quarter = requireOptionalQuarter(data.quarter);
      const region = requireOptionalOneOf(data.region, REGIONS, 'region');
      const metric = requireOneOf(data.metric, SCORECARD_METRIC_KEYS, 'metric');
      const comment = requireText(data.comment, 'comment');
      if (state.comments.get(scorecardScopeKey({ metric, year, quarter, region })) === comment) return [];
      return [
        {
          type: 'DeviationCommentRecorded',
          data: {
            year,
            ...(quarter === undefined ? {} : { quarter }),
            ...(region === undefined ? {} : { region }),
            metric,
            comment,
            recordedBy: data.actor.userId,
          },
        },
      ];
    }
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(command.type);
  }
};

const evolve = (state: ReportCommentsState, event: ReportCommentsEvent): ReportCommentsState => {
  switch (event.type) {
    case 'DeviationCommentRecorded':
      return { comments: new Map(state.comments).set(scorecardScopeKey(event.data), event.data.comment) };
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(event.type);
  }
};

export const reportCommentsDecider: Decider<ReportCommentsCommand, ReportCommentsEvent, ReportCommentsState> = {
  initialState: () => ({ comments: new Map() }),
  decide,
  evolve,
};
