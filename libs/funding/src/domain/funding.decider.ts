/**
 * Funding project decider: one stream per special assignment, `funding-project-<projectId>`.
 * Invariants:
 * - only an admin registers a project, once, with a name, a funder and a period that does not end
 *   before it starts;
 * - a controller or an admin books costs and revenues, only on a registered project and within its
 *   period (start and end day included);
 * - amounts are positive whole öre; an entry id is booked once per project, over costs and revenues.
 */
import { assertNever, authorise, refuse, requireAmountOre, requireDate, requireDateInWindow, requireText, type BusinessDate, type Decider } from '#libs/decider';
import type { BookProjectCost, BookProjectRevenue, FundingCommand } from './funding.commands.js';
import type { FundingEvent, ProjectCostBooked, ProjectRevenueBooked } from './funding.events.js';

export type FundingProjectState =
  | { readonly status: 'none' }
  | {
      readonly status: 'registered';
      readonly projectId: string;
      readonly startsOn: BusinessDate;
      readonly endsOn: BusinessDate;
      readonly entryIds: ReadonlySet<string>;
    };

const book = (
  type: (ProjectCostBooked | ProjectRevenueBooked)['type'],
  command: BookProjectCost | BookProjectRevenue,
  state: FundingProjectState,
): (ProjectCostBooked | ProjectRevenueBooked)[] => {
  const { data } = command;
  authorise(data.actor, ['controller', 'admin']);
  const entryId = requireText(data.entryId, 'entryId');
  const bookedOn = requireDateInWindow(data.bookedOn, 'bookedOn', data.window);
  const amountOre = requireAmountOre(data.amountOre, 'amountOre');
  const description = requireText(data.description, 'description');
  if (state.status === 'none') return refuse('not_found', 'funding-project-not-found', 'No such funding project');
  if (state.entryIds.has(entryId)) refuse('conflict', 'project-entry-already-booked', `Entry ${entryId} is already booked on this project`);
  if (bookedOn < state.startsOn || bookedOn > state.endsOn)
    refuse('rule', 'booked-outside-project-period', `The project runs ${state.startsOn} to ${state.endsOn}; ${bookedOn} is outside it`);
  return [{ type, data: { projectId: state.projectId, entryId, bookedOn, amountOre, description, bookedBy: data.actor.userId } }];
};

const decide = (command: FundingCommand, state: FundingProjectState): FundingEvent[] => {
  switch (command.type) {
    case 'RegisterFundingProject': {
      const { data } = command;
      authorise(data.actor, ['admin']);
      const projectId = requireText(data.projectId, 'projectId');
      const name = requireText(data.name, 'name');
      const funder = requireText(data.funder, 'funder');
      const startsOn = requireDate(data.startsOn, 'startsOn');
      const endsOn = requireDate(data.endsOn, 'endsOn');
      if (endsOn < startsOn) refuse('invalid', 'ends-before-start', 'A project cannot end before it starts', 'endsOn');
      if (state.status === 'registered') refuse('conflict', 'funding-project-already-registered', `Funding project ${projectId} is already registered`);
      return [{ type: 'FundingProjectRegistered', data: { projectId, name, funder, startsOn, endsOn, registeredBy: data.actor.userId } }];
    }
    case 'BookProjectCost':
      return book('ProjectCostBooked', command, state);
    case 'BookProjectRevenue':
      return book('ProjectRevenueBooked', command, state);
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(command);
  }
};

const evolve = (state: FundingProjectState, event: FundingEvent): FundingProjectState => {
  switch (event.type) {
    case 'FundingProjectRegistered': {
      const { projectId, startsOn, endsOn } = event.data;
      return { status: 'registered', projectId, startsOn, endsOn, entryIds: new Set() };
    }
    case 'ProjectCostBooked':
    case 'ProjectRevenueBooked':
      return state.status === 'none' ? state : { ...state, entryIds: new Set(state.entryIds).add(event.data.entryId) };
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(event);
  }
};

export const fundingProjectDecider: Decider<FundingCommand, FundingEvent, FundingProjectState> = {
  initialState: () => ({ status: 'none' }),
  decide,
  evolve,
};
