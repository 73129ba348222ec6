/**
 * Time-day decider: one stream per employee and date, `time-<employeeId>-<date>`.
 * Invariants:
 * - only advisors and credit officers log time, and only their own (employeeId is the actor);
 * - minutes are a positive whole number; customer time names a valid customer, other kinds none;
 * - the live entries of the day (recorded or corrected, not voided) add up to at most 24 hours;
 * - an entry id is recorded once in the day; a voided entry is neither corrected nor voided again;
 * - a correction that changes nothing emits nothing.
 */
import { assertNever, authorise, optionalText, refuse, requireDateInWindow, requireOneOf, requirePositiveInteger, requireText, type Actor, type Decider } from '#libs/decider';
import { requireOrganisationNumber, type OrganisationNumber } from '#libs/customers';
import type { CustomerTimeCommand } from './customer-time.commands.js';
import type { CustomerTimeEvent } from './customer-time.events.js';
import { MINUTES_PER_DAY, TIME_ENTRY_KINDS, type TimeEntryKind } from './time-entry-kind.js';

interface Entry {
  readonly minutes: number;
  readonly kind: TimeEntryKind;
  readonly customerId?: OrganisationNumber;
  readonly fundingProjectId?: string;
  readonly voided: boolean;
}

export interface TimeDayState {
  readonly entries: ReadonlyMap<string, Entry>;
}

const authoriseOwnTime = (actor: Actor, employeeId: unknown): string => {
  authorise(actor, ['advisor', 'credit_officer']);
  const id = requireText(employeeId, 'employeeId');
  if (id !== actor.userId) refuse('forbidden', 'time-for-someone-else', 'Time is logged only by the employee themself');
  return id;
};

/** What the entry was spent on: the kind, and the customer exactly when it is customer time. */
const requireActivity = (kind: unknown, customerId: unknown): { kind: TimeEntryKind; customerId?: OrganisationNumber } => {
  const validKind = requireOneOf(kind, TIME_ENTRY_KINDS, 'kind');
  if (validKind === 'customer') {
    if (customerId === undefined) refuse('invalid', 'required', 'Customer time names a customer', 'customerId');
    return { kind: validKind, customerId: requireOrganisationNumber(customerId) };
  }
  if (customerId !== undefined) refuse('invalid', 'customer-only-for-customer-time', 'Only customer time names a customer', 'customerId');
  return { kind: validKind };
};

const liveMinutes = (state: TimeDayState): number => [...state.entries.values()].reduce((sum, e) => (e.voided ? sum : sum + e.minutes), 0);

const requireWithinDay = (minutes: number): void => {
  if (minutes > MINUTES_PER_DAY) refuse('rule', 'day-exceeds-24-hours', `One day holds at most ${MINUTES_PER_DAY} minutes; this would make it ${minutes}`);
};

const requireEntry = (state: TimeDayState, entryId: string): Entry =>
  state.entries.get(entryId) ?? refuse('not_found', 'time-entry-not-found', `No time entry ${entryId} on this day`);

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } => (value === undefined ? {} : ({ [key]: value } as { [P in K]?: V }));

const decide = (command: CustomerTimeCommand, state: TimeDayState): CustomerTimeEvent[] => {
  switch (command.type) {
    case 'RecordTimeEntry': {
      const { data } = command;
      const employeeId = authoriseOwnTime(data.actor, data.employeeId);
      const entryId = requireText(data.entryId, 'entryId');
      const date = requireDateInWindow(data.date, 'date', data.window);
      const minutes = requirePositiveInteger(data.minutes, 'minutes');
      const { kind, customerId } = requireActivity(data.kind, data.customerId);
      const fundingProjectId = optionalText(data.fundingProjectId, 'fundingProjectId');
      if (state.entries.has(entryId)) refuse('conflict', 'time-entry-already-recorded', `Time entry ${entryId} is already recorded`);
      requireWithinDay(liveMinutes(state) + minutes);
      return [
        {
          type: 'TimeEntryRecorded',
          data: { entryId, employeeId, date, minutes, kind, ...optional('customerId', customerId), ...optional('fundingProjectId', fundingProjectId) },
        },
      ];
    }
    case 'CorrectTimeEntry': {
      const { data } = command;
      const employeeId = authoriseOwnTime(data.actor, data.employeeId);
      const entryId = requireText(data.entryId, 'entryId');
      const date = requireDateInWindow(data.date, 'date', data.window);
      const minutes = requirePositiveInteger(data.minutes, 'minutes');
      const { kind, customerId } = requireActivity(data.kind, data.customerId);
      const entry = requireEntry(state, entryId);
      if (entry.voided) refuse('rule', 'time-entry-voided', `Time entry ${entryId} is voided`);
      if (entry.minutes === minutes && entry.kind === kind && entry.customerId === customerId) return [];
      requireWithinDay(liveMinutes(state) - entry.minutes + minutes);
      return [
        {
          type: 'TimeEntryCorrected',
          data: {
            entryId,
            employeeId,
            date,
            minutes,
            kind,
            ...optional('customerId', customerId),
            ...optional('fundingProjectId', entry.fundingProjectId),
            previous: { minutes: entry.minutes, kind: entry.kind, ...optional('customerId', entry.customerId) },
          },
        },
      ];
    }
    case 'VoidTimeEntry': {
      const { data } = command;
      const employeeId = authoriseOwnTime(data.actor, data.employeeId);
      const entryId = requireText(data.entryId, 'entryId');
      const date = requireDateInWindow(data.date, 'date', data.window);
      const reason = requireText(data.reason, 'reason');
      const entry = requireEntry(state, entryId);
      if (entry.voided) refuse('conflict', 'time-entry-already-voided', `Time entry ${entryId} is already voided`);
      return [
        {
          type: 'TimeEntryVoided',
          data: {
            entryId,
            employeeId,
            date,
            minutes: entry.minutes,
            kind: entry.kind,
            ...optional('customerId', entry.customerId),
            ...optional('fundingProjectId', entry.fundingProjectId),
            reason,
          },
        },
      ];
    }
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(command);
  }
};

const evolve = (state: TimeDayState, event: CustomerTimeEvent): TimeDayState => {
  const { entryId } = event.data;
  switch (event.type) {
    case 'TimeEntryRecorded':
    case 'TimeEntryCorrected': {
      const { minutes, kind, customerId, fundingProjectId } = event.data;
      return {
        entries: new Map(state.entries).set(entryId, { minutes, kind, ...optional('customerId', customerId), ...optional('fundingProjectId', fundingProjectId), voided: false }),
      };
    }
    case 'TimeEntryVoided': {
      const entry = state.entries.get(entryId);
      return entry ? { entries: new Map(state.entries).set(entryId, { ...entry, voided: true }) } : state;
    }
    // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
    default:
      return assertNever(event);
  }
};

export const customerTimeDecider: Decider<CustomerTimeCommand, CustomerTimeEvent, TimeDayState> = {
  initialState: () => ({ entries: new Map() }),
  decide,
  evolve,
};
