/**
 * Special-assignment approvals: one stream per funding project, `funding-approvals-<projectId>`.
 * Invariants:
 * - an admin records which parties must approve and their approvals;
 * - the required parties are the board and at least one owner party (Almi Företagspartner AB,
 *   Region Västmanland, Region Örebro län); setting them again replaces the list;
 * - an approval is by a required party, dated (business date); a later date for the same party
 *   replaces the earlier, the same date again emits nothing;
 * - the project is approved on the latest date among its required approvals (a read-model fact).
 */
import { assertNever, authorise, refuse, requireDate, requireOneOf, requireText, type Decider } from '#libs/decider';
import { APPROVAL_PARTIES, OWNER_PARTIES, type ApprovalParty } from './approval-parties.js';
import type { FundingApprovalsCommand } from './scorecard-inputs.commands.js';
import type { FundingApprovalsEvent } from './scorecard-inputs.events.js';

export interface FundingApprovalsState {
  readonly required?: readonly ApprovalParty[];
  readonly approvals: ReadonlyMap<ApprovalParty, string>;
}

export const fundingApprovalsDecider: Decider<FundingApprovalsCommand, FundingApprovalsEvent, FundingApprovalsState> = {
  initialState: () => ({ approvals: new Map() }),
  decide(command, state) {
    switch (command.type) {
      case 'RequireFundingApprovals': {
        const { data } = command;
        authorise(data.actor, ['admin']);
        const projectId = requireText(data.projectId, 'projectId');
        if (!Array.isArray(data.parties)) refuse('invalid', 'invalid-parties', 'parties must be a list', 'parties');
        const parties = [...new Set(data.parties.map((p) => requireOneOf(p, APPROVAL_PARTIES, 'parties')))].sort();
        if (!parties.includes('board') || !parties.some((p) => OWNER_PARTIES.includes(p))) {
          refuse('invalid', 'invalid-parties', 'The board and at least one owner party must approve', 'parties');
        }
        if (state.required && state.required.join(',') === parties.join(',')) return [];
        return [{ type: 'FundingApprovalsRequired', data: { projectId, parties, setBy: data.actor.userId } }];
      }
      case 'RecordFundingApproval': {
        const { data } = command;
        authorise(data.actor, ['admin']);
        const projectId = requireText(data.projectId, 'projectId');
        const party = requireOneOf(data.party, APPROVAL_PARTIES, 'party');
        const approvedOn = requireDate(data.approvedOn, 'approvedOn');
        if (!state.required) refuse('rule', 'approvals-not-required', `Say first which parties must approve project ${projectId}`);
        if (!state.required!.includes(party)) refuse('rule', 'party-not-required', `${party} is not among the parties that must approve project ${projectId}`);
        if (state.approvals.get(party) === approvedOn) return [];
        return [{ type: 'FundingProjectApproved', data: { projectId, party, approvedOn, recordedBy: data.actor.userId } }];
      }
      // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'FundingApprovalsRequired':
        return { ...state, required: event.data.parties };
      case 'FundingProjectApproved':
        return { ...state, approvals: new Map(state.approvals).set(event.data.party, event.data.approvedOn) };
      // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
      default:
        return assertNever(event);
    }
  },
};
