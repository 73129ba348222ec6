import type { RecordedEvent } from '#libs/event-store';
import { eventsOf, lastByKey, recordset, upsertRows, type Projection, type ProjectionTx, type UpsertSpec } from '#libs/projections';
import { CUSTOMER_TIME_EVENT_TYPES, type CustomerTimeEvent } from '../domain/customer-time.events.js';
import type { TimeEntryKind } from '../domain/time-entry-kind.js';

interface EntryRow {
  entry_id: string;
  employee_id: string;
  worked_on: string;
  minutes: number;
  kind: TimeEntryKind;
  customer_id?: string;
  funding_project_id?: string;
  voided: boolean;
  revision: number;
}

interface Day {
  employee_id: string;
  worked_on: string;
}

/**
 * Every event carries the entry's values in full (a correction the new ones, a void the ones that
 * stop counting), so each event gives the whole row; a void is final, so it sticks.
 */
const WRITE_ENTRY: UpsertSpec<EntryRow> = {
  table: 'rm_time_entries',
  columns: {
    entry_id: 'text',
    employee_id: 'text',
    worked_on: 'date',
    minutes: 'integer',
    kind: 'text',
    customer_id: 'text',
    funding_project_id: 'text',
    voided: 'boolean',
    revision: 'integer',
  },
  key: ['entry_id'],
  update: `employee_id = EXCLUDED.employee_id, worked_on = EXCLUDED.worked_on, minutes = EXCLUDED.minutes, kind = EXCLUDED.kind,
           customer_id = EXCLUDED.customer_id, funding_project_id = EXCLUDED.funding_project_id, voided = t.voided OR EXCLUDED.voided,
           revision = EXCLUDED.revision`,
  // An entry's events are all in its day's stream: an event older than the row's (delivered again) changes nothing.
  where: 't.revision < EXCLUDED.revision',
};

/** Recomputes the touched days from the live entries: a day left without any loses its row. */
async function recomputeDays(tx: ProjectionTx, days: readonly Day[]): Promise<void> {
  const daily = tx.table('rm_time_daily');
  await tx.query(
    `WITH days AS (SELECT DISTINCT employee_id, worked_on FROM ${recordset({ employee_id: 'text', worked_on: 'date' })}),
     totals AS (
       SELECT d.employee_id, d.worked_on,
              COALESCE(sum(e.minutes) FILTER (WHERE e.kind = 'customer'), 0) AS customer_minutes,
              COALESCE(sum(e.minutes) FILTER (WHERE e.kind = 'internal'), 0) AS internal_minutes,
              COALESCE(sum(e.minutes) FILTER (WHERE e.kind = 'absence'), 0) AS absence_minutes,
              count(e.entry_id) AS entries
         FROM days d
         LEFT JOIN ${tx.table('rm_time_entries')} e ON e.employee_id = d.employee_id AND e.worked_on = d.worked_on AND NOT e.voided
        GROUP BY d.employee_id, d.worked_on),
     emptied AS (
       DELETE FROM ${daily} t USING totals
        WHERE t.employee_id = totals.employee_id AND t.worked_on = totals.worked_on AND totals.entries = 0)
     INSERT INTO ${daily} AS t (employee_id, worked_on, customer_minutes, internal_minutes, absence_minutes)
     SELECT employee_id, worked_on, customer_minutes, internal_minutes, absence_minutes FROM totals WHERE entries > 0
     ON CONFLICT (employee_id, worked_on) DO UPDATE
        SET customer_minutes = EXCLUDED.customer_minutes, internal_minutes = EXCLUDED.internal_minutes, absence_minutes = EXCLUDED.absence_minutes`,
    [JSON.stringify(days)],
  );
}

/**
 * Recomputes the months of the touched days from rm_time_daily (month = its first day). Each month
 * is summed by its own range probe of the primary key (a lateral subquery): joined as a whole,
 * the planner, expecting a handful of months, would scan every day of every employee instead.
 */
async function recomputeMonths(tx: ProjectionTx, days: readonly Day[]): Promise<void> {
  const monthly = tx.table('rm_time_monthly');
  await tx.query(
    `WITH months AS (
       SELECT DISTINCT employee_id, date_trunc('month', worked_on)::date AS month FROM ${recordset({ employee_id: 'text', worked_on: 'date' })}),
     totals AS (
       SELECT m.employee_id, m.month, s.customer_minutes, s.internal_minutes, s.absence_minutes, s.days
         FROM months m
         CROSS JOIN LATERAL (
           SELECT COALESCE(sum(d.customer_minutes), 0) AS customer_minutes,
                  COALESCE(sum(d.internal_minutes), 0) AS internal_minutes,
                  COALESCE(sum(d.absence_minutes), 0) AS absence_minutes,
                  count(*) AS days
             FROM ${tx.table('rm_time_daily')} d
            WHERE d.employee_id = m.employee_id AND d.worked_on >= m.month AND d.worked_on < (m.month + interval '1 month')::date) s),
     emptied AS (
       DELETE FROM ${monthly} t USING totals
        WHERE t.employee_id = totals.employee_id AND t.month = totals.month AND totals.days = 0)
     INSERT INTO ${monthly} AS t (employee_id, month, customer_minutes, internal_minutes, absence_minutes)
     SELECT employee_id, month, customer_minutes, internal_minutes, absence_minutes FROM totals WHERE days > 0
     ON CONFLICT (employee_id, month) DO UPDATE
        SET customer_minutes = EXCLUDED.customer_minutes, internal_minutes = EXCLUDED.internal_minutes, absence_minutes = EXCLUDED.absence_minutes`,
    [JSON.stringify(days)],
  );
}

/** The batch's entries as rows: each event carries the entry's values in full. */
const entryRows = (recorded: readonly RecordedEvent[]): EntryRow[] =>
  eventsOf<CustomerTimeEvent>(recorded, CUSTOMER_TIME_EVENT_TYPES).map(({ type, data, revision }): EntryRow => ({
    entry_id: data.entryId,
    employee_id: data.employeeId,
    worked_on: data.date,
    minutes: data.minutes,
    kind: data.kind,
    customer_id: data.customerId,
    funding_project_id: data.fundingProjectId,
    voided: type === 'TimeEntryVoided',
    revision,
  }));

/** Every day's and month's totals from all live entries, as recomputing each touched day and month gives them. */
async function deriveAllTotals(tx: ProjectionTx): Promise<void> {
  const daily = tx.table('rm_time_daily');
  const monthly = tx.table('rm_time_monthly');
  await tx.query(`DELETE FROM ${daily}`);
  await tx.query(
    `INSERT INTO ${daily} (employee_id, worked_on, customer_minutes, internal_minutes, absence_minutes)
     SELECT employee_id, worked_on,
            COALESCE(sum(minutes) FILTER (WHERE kind = 'customer'), 0),
            COALESCE(sum(minutes) FILTER (WHERE kind = 'internal'), 0),
            COALESCE(sum(minutes) FILTER (WHERE kind = 'absence'), 0)
       FROM ${tx.table('rm_time_entries')} WHERE NOT voided
      GROUP BY employee_id, worked_on`,
  );
  await tx.query(`DELETE FROM ${monthly}`);
  await tx.query(
    `INSERT INTO ${monthly} (employee_id, month, customer_minutes, internal_minutes, absence_minutes)
     SELECT employee_id, date_trunc('month', worked_on)::date, sum(customer_minutes), sum(internal_minutes), sum(absence_minutes)
       FROM ${daily} GROUP BY 1, 2`,
  );
}

/**
 * rm_time_entries as last corrected (a voided entry keeps its row), and the live minutes per
 * employee and day (rm_time_daily) and month (rm_time_monthly). The totals are recomputed from the
 * entries for every day and month a batch touches, never added to, so applying a batch again or
 * correcting an entry gives the same totals. A rebuild writes only the entries in its big batches
 * and derives every total once after them.
 */
export function customerTimeProjection(): Projection {
  return {
    name: 'customer-time',
    tables: ['rm_time_entries', 'rm_time_daily', 'rm_time_monthly'],
    eventTypes: CUSTOMER_TIME_EVENT_TYPES,
    async apply(recorded, tx) {
      const entries = entryRows(recorded);
      if (entries.length === 0) return;
      await upsertRows(tx, WRITE_ENTRY, entries);
      // An entry's day is its stream (one per employee and date), so it never moves to another day.
      const days = lastByKey(
        entries.map(({ employee_id, worked_on }): Day => ({ employee_id, worked_on })),
        (day) => `${day.employee_id}\u0000${day.worked_on}`,
      );
      await recomputeDays(tx, days);
      await recomputeMonths(tx, days);
    },
    bulk: {
      apply: (recorded, tx) => upsertRows(tx, WRITE_ENTRY, entryRows(recorded)),
      finish: deriveAllTotals,
      derives: ['rm_time_daily', 'rm_time_monthly'],
    },
  };
}
