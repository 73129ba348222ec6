import { hasRole, refuse, type Actor } from '#libs/decider';
import { decodeCursor, DEFAULT_LIMIT, iso, num, readPosition, toPage } from '../common/paging.js';
import type { Sql } from '../customers/customers.queries.js';
import { todayInStockholm } from '../loans/loans.queries.js';
import type { TimeEntriesQueryDto, TimeEntryDto, TimeEntryPage } from './time-entries.dto.js';

export const TIME_PROJECTIONS = ['customer-time', 'time-entry-history'];

const MINUTES_PER_DAY = 24 * 60;
const DAY_MS = 86_400_000;

const realDate = (value: string, field: string): number => {
  const ms = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) refuse('invalid', 'invalid-date', `${field} must be a real date YYYY-MM-DD`, field);
  return ms;
};

/** Whose entries, and the range: advisors and credit officers only their own; 400 for a range backwards or over 366 days. */
export function timeScope(actor: Actor, query: TimeEntriesQueryDto): { employeeId: string; from: string; to: string } {
  const employeeId = query.employee ?? actor.userId;
  if (employeeId !== actor.userId && !hasRole(actor, 'controller', 'admin')) {
    refuse('forbidden', 'not-your-time', 'Advisors and credit officers see only their own time entries', 'employee');
  }
  const today = todayInStockholm();
  const to = query.to ?? today;
  const from = query.from ?? `${to.slice(0, 8)}01`;
  const span = (realDate(to, 'to') - realDate(from, 'from')) / DAY_MS;
  if (span < 0) refuse('invalid', 'invalid-range', 'to must not be before from', 'to');
  if (span > 365) refuse('invalid', 'range-too-long', 'from and to may be at most 366 days apart', 'to');
  return { employeeId, from, to };
}

export async function listTimeEntries(sql: Sql, actor: Actor, query: TimeEntriesQueryDto): Promise<TimeEntryPage> {
  const { employeeId, from, to } = timeScope(actor, query);
  const limit = query.limit ?? DEFAULT_LIMIT;
  const after = decodeCursor(query.cursor, 2);
  const position = await readPosition(sql, TIME_PROJECTIONS);
  const [entries, days] = await Promise.all([
    sql.query(
      `SELECT e.entry_id, e.employee_id, e.worked_on::text AS worked_on, e.minutes, e.kind, e.customer_id, e.funding_project_id, e.voided,
              COALESCE((SELECT jsonb_agg(jsonb_build_object('change', h.change, 'minutes', h.minutes, 'kind', h.kind, 'customerId', h.customer_id,
                                                            'reason', h.reason, 'recordedBy', h.recorded_by, 'recordedAt', h.recorded_at) ORDER BY h.commit, h.prepare)
                          FROM rm_time_entry_history h WHERE h.entry_id = e.entry_id), '[]'::jsonb) AS history
         FROM rm_time_entries e
        WHERE e.employee_id = $1 AND e.worked_on BETWEEN $2::date AND $3::date
          ${after ? 'AND (e.worked_on, e.entry_id) > ($4::date, $5::text)' : ''}
        ORDER BY e.worked_on, e.entry_id LIMIT ${limit + 1}`,
      after ? [employeeId, from, to, after[0], after[1]] : [employeeId, from, to],
    ),
    sql.query(
      `SELECT worked_on::text AS worked_on, to_char(worked_on, 'IYYY-"W"IW') AS week, date_trunc('week', worked_on)::date::text AS monday,
              customer_minutes, internal_minutes, absence_minutes
         FROM rm_time_daily WHERE employee_id = $1 AND worked_on BETWEEN $2::date AND $3::date ORDER BY worked_on`,
      [employeeId, from, to],
    ),
  ]);
  const page = toPage(
    entries,
    limit,
    (row) => [row.worked_on, row.entry_id],
    (row): TimeEntryDto => ({
      entryId: row.entry_id,
      employeeId: row.employee_id,
      date: row.worked_on,
      minutes: num(row.minutes),
      kind: row.kind,
      customerId: row.customer_id,
      fundingProjectId: row.funding_project_id,
      voided: row.voided,
      history: (row.history as any[]).map((h) => ({
        change: h.change,
        minutes: num(h.minutes),
        kind: h.kind,
        customerId: h.customerId ?? null,
        reason: h.reason ?? null,
        recordedBy: h.recordedBy,
        recordedAt: iso(h.recordedAt)!,
      })),
    }),
    position,
  );
  const totals = (rows: readonly any[]) => {
    const customerMinutes = rows.reduce((s, r) => s + num(r.customer_minutes), 0);
    const internalMinutes = rows.reduce((s, r) => s + num(r.internal_minutes), 0);
    const absenceMinutes = rows.reduce((s, r) => s + num(r.absence_minutes), 0);
    return { customerMinutes, internalMinutes, absenceMinutes, totalMinutes: customerMinutes + internalMinutes + absenceMinutes };
  };
  const weeks = new Map<string, any[]>();
  for (const day of days) weeks.set(day.week, [...(weeks.get(day.week) ?? []), day]);
  const rangeStart = Date.parse(`${from}T00:00:00Z`);
  const rangeEnd = Date.parse(`${to}T00:00:00Z`);
  const all = totals(days);
  return {
    ...page,
    employeeId,
    from,
    to,
    days: days.map((day: any) => {
      const t = totals([day]);
      return { date: day.worked_on, ...t, remainingMinutes: MINUTES_PER_DAY - t.totalMinutes };
    }),
    weeks: [...weeks].map(([week, rows]) => {
      const monday = Date.parse(`${rows[0].monday}T00:00:00Z`);
      const first = Math.max(monday, rangeStart);
      const last = Math.min(monday + 6 * DAY_MS, rangeEnd);
      return { week, from: rows[0].monday, days: rows.length, capacityMinutes: ((last - first) / DAY_MS + 1) * MINUTES_PER_DAY, ...totals(rows) };
    }),
    customerTimeShare: {
      customerMinutes: all.customerMinutes,
      internalMinutes: all.internalMinutes,
      share: all.customerMinutes + all.internalMinutes === 0 ? null : all.customerMinutes / (all.customerMinutes + all.internalMinutes),
    },
  };
}
