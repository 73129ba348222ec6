/**
 * Report decider: one stream per report, `report-<year>-<Qn|year>[-<region>]` (reportStream).
 * Invariants:
 * - only a controller issues the report to the owners;
 * - a quarterly report names a quarter 1–4, a yearly one none; the region is optional;
 * - a report is issued once its period has ended (a quarter's figures are not final before);
 * - it carries the figures and the global position they were computed at;
 * - issuing again never overwrites: it records the next version, and every earlier version keeps
 *   its own figures and position.
 */
import {
  assertNever,
  authorise,
  refuse,
  REGIONS,
  requireDate,
  requireOneOf,
  requireOptionalOneOf,
  requireOptionalQuarter,
  requireYear,
  type Decider,
} from '#libs/decider';
import type { ReportCommand } from './report.commands.js';
import type { ReportEvent } from './report.events.js';
import { REPORT_KINDS, reportLabel, reportPeriodEnd } from './report-scope.js';

export interface ReportState {
  /** The last version issued; 0 before the first. */
  readonly version: number;
}

const POSITION = /^\d{1,16}-\d{1,16}$/;

const decide = (command: ReportCommand, state: ReportState): ReportEvent[] => {
  switch (command.type) {
    case 'IssueReport': {
      const { data } = command;
      authorise(data.actor, ['controller']);
      const kind = requireOneOf(data.kind, REPORT_KINDS, 'kind');
      const year = requireYear(data.year);
      const quarter = requireOptionalQuarter(data.quarter);
      if (kind === 'quarterly' && quarter === undefined) refuse('invalid', 'invalid-quarter', 'A quarterly report names its quarter, 1–4', 'quarter');
      if (kind === 'yearly' && quarter !== undefined) refuse('invalid', 'invalid-quarter', 'A yearly report covers the whole year: give no quarter', 'quarter');
      const region = requireOptionalOneOf(data.region, REGIONS, 'region');
      const today = requireDate(data.today, 'today');
      const scope = { kind, year, quarter };
      const periodEnd = reportPeriodEnd(scope);
      if (periodEnd >= today) refuse('rule', 'period-not-ended', `${reportLabel(scope)} has not ended yet: its report can be issued once ${periodEnd} has passed`);
      if (typeof data.position !== 'string' || !POSITION.test(data.position)) {
        refuse('invalid', 'invalid-position', 'position must be the global position the figures were computed at: <commit>-<prepare>', 'position');
      }
      if (!Array.isArray(data.figures) || data.figures.length === 0) refuse('invalid', 'invalid-figures', 'A report carries its figures', 'figures');
      return [
        {
          type: 'ReportIssued',
          data: {
            kind,
            year,
            ...(quarter === undefined ? {} : { quarter }),
            ...(region === undefined ? {} : { region }),
            version: state.version + 1,
            position: data.position,
            figures: data.figures,
            issuedBy: data.actor.userId,
            issuedOn: today,
          },
        },
      ];
    }
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(command.type);
  }
};

const evolve = (state: ReportState, event: ReportEvent): ReportState => {
  switch (event.type) {
    case 'ReportIssued':
      return { version: Math.max(state.version, event.data.version) };
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(event.type);
  }
};

export const reportDecider: Decider<ReportCommand, ReportEvent, ReportState> = {
  initialState: () => ({ version: 0 }),
  decide,
  evolve,
};
