import { assertNever } from '#libs/decider';
import { eventsOf, upsertRows, type Projection, type UpsertSpec } from '#libs/projections';
import { FUNDING_EVENT_TYPES, type FundingEvent } from '../domain/funding.events.js';

interface ProjectRow {
  project_id: string;
  name: string;
  funder: string;
  starts_on: string;
  ends_on: string;
}

interface EntryRow {
  project_id: string;
  entry_id: string;
  kind: 'cost' | 'revenue';
  booked_on: string;
  amount_ore: number;
  description: string;
}

const REGISTER: UpsertSpec<ProjectRow> = {
  table: 'rm_funding_projects',
  columns: { project_id: 'text', name: 'text', funder: 'text', starts_on: 'date', ends_on: 'date' },
  key: ['project_id'],
};

const BOOK: UpsertSpec<EntryRow> = {
  table: 'rm_funding_entries',
  columns: { project_id: 'text', entry_id: 'text', kind: 'text', booked_on: 'date', amount_ore: 'bigint', description: 'text' },
  key: ['project_id', 'entry_id'],
};

/** rm_funding_projects and their booked costs and revenues (rm_funding_entries). */
export function fundingProjection(): Projection {
  return {
    name: 'funding',
    tables: ['rm_funding_projects', 'rm_funding_entries'],
    eventTypes: FUNDING_EVENT_TYPES,
    async apply(recorded, tx) {
      const projects: ProjectRow[] = [];
      const entries: EntryRow[] = [];
      for (const event of eventsOf<FundingEvent>(recorded, FUNDING_EVENT_TYPES)) {
        switch (event.type) {
          case 'FundingProjectRegistered': {
            const { projectId, name, funder, startsOn, endsOn } = event.data;
            projects.push({ project_id: projectId, name, funder, starts_on: startsOn, ends_on: endsOn });
            break;
          }
          case 'ProjectCostBooked':
          case 'ProjectRevenueBooked': {
            const { projectId, entryId, bookedOn, amountOre, description } = event.data;
            entries.push({
              project_id: projectId,
              entry_id: entryId,
              kind: event.type === 'ProjectCostBooked' ? 'cost' : 'revenue',
              booked_on: bookedOn,
              amount_ore: amountOre,
              description,
            });
            break;
          }
          default:
            assertNever(event);
        }
      }
      await upsertRows(tx, REGISTER, projects);
      await upsertRows(tx, BOOK, entries);
    },
  };
}
