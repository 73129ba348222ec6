import { CUSTOMER_TIME_EVENT_TYPES, type CustomerTimeEvent } from '#libs/customer-time';
import { eventsOf, upsertRows, type Projection, type UpsertSpec } from '#libs/projections';

interface HistoryRow {
  event_id: string;
  entry_id: string;
  employee_id: string;
  commit: number;
  prepare: number;
  change: 'recorded' | 'corrected' | 'voided';
  worked_on: string;
  minutes: number;
  kind: string;
  customer_id?: string;
  reason?: string;
  recorded_by: string;
  recorded_at: string;
}

const HISTORY: UpsertSpec<HistoryRow> = {
  table: 'rm_time_entry_history',
  columns: {
    event_id: 'uuid',
    entry_id: 'text',
    employee_id: 'text',
    commit: 'bigint',
    prepare: 'bigint',
    change: 'text',
    worked_on: 'date',
    minutes: 'integer',
    kind: 'text',
    customer_id: 'text',
    reason: 'text',
    recorded_by: 'text',
    recorded_at: 'timestamptz',
  },
  key: ['event_id'],
};

const CHANGE = { TimeEntryRecorded: 'recorded', TimeEntryCorrected: 'corrected', TimeEntryVoided: 'voided' } as const;

/** rm_time_entry_history: one row per event of a time entry, keyed by the event (applying it again inserts nothing). */
export function timeEntryHistoryProjection(): Projection {
  return {
    name: 'time-entry-history',
    tables: ['rm_time_entry_history'],
    eventTypes: CUSTOMER_TIME_EVENT_TYPES,
    async apply(recorded, tx) {
      const rows = eventsOf<CustomerTimeEvent>(recorded, CUSTOMER_TIME_EVENT_TYPES).map((event): HistoryRow => ({
        event_id: event.id,
        entry_id: event.data.entryId,
        employee_id: event.data.employeeId,
        commit: event.position.commit,
        prepare: event.position.prepare,
        change: CHANGE[event.type],
        worked_on: event.data.date,
        minutes: event.data.minutes,
        kind: event.data.kind,
        customer_id: event.data.customerId,
        reason: event.type === 'TimeEntryVoided' ? event.data.reason : undefined,
        recorded_by: event.metadata.userId,
        recorded_at: event.recordedAt.toISOString(),
      }));
      await upsertRows(tx, HISTORY, rows);
    },
  };
}
