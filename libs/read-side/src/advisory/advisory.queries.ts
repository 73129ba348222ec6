import { decodeCursor, DEFAULT_LIMIT, num, readPosition, toPage, type Page } from '../common/paging.js';
import type { Sql } from '../customers/customers.queries.js';
import type { AdvisoryListQueryDto, DeliveryDto, MentorPairDto, MentorPairListQueryDto, SessionDto } from './advisory.dto.js';

export const ADVISORY_PROJECTIONS = ['advisory', 'customer-directory'];

class Where {
  readonly params: unknown[] = [];
  readonly clauses: string[] = [];
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
  add(clause: string): void {
    this.clauses.push(clause);
  }
  toString(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}

const byAdvisoryFilters = (query: AdvisoryListQueryDto, alias: string, dateColumn: string, advisorColumn: string): Where => {
  const where = new Where();
  if (query.advisor) where.add(`${alias}.${advisorColumn} = ${where.param(query.advisor)}`);
  if (query.customerId) where.add(`${alias}.customer_id = ${where.param(query.customerId.replace('-', ''))}`);
  if (query.from) where.add(`${alias}.${dateColumn} >= ${where.param(query.from)}::date`);
  if (query.to) where.add(`${alias}.${dateColumn} <= ${where.param(query.to)}::date`);
  return where;
};

/** Sessions, newest first (date, then id, descending). */
export async function listSessions(sql: Sql, query: AdvisoryListQueryDto): Promise<Page<SessionDto>> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const after = decodeCursor(query.cursor, 2);
  const where = byAdvisoryFilters(query, 's', 'held_on', 'advisor_id');
  if (after) where.add(`(s.held_on, s.session_id) < (${where.param(after[0])}::date, ${where.param(after[1])}::text)`);
  const position = await readPosition(sql, ADVISORY_PROJECTIONS);
  const rows = await sql.query(
    `SELECT s.session_id, s.customer_id, c.name AS customer_name, s.advisor_id, s.held_on::text AS held_on, s.duration_minutes, s.sustainability_discussed, s.funding_project_id
       FROM rm_advisory_sessions s LEFT JOIN rm_customer_directory c ON c.customer_id = s.customer_id
       ${where} ORDER BY s.held_on DESC, s.session_id DESC LIMIT ${limit + 1}`,
    where.params,
  );
  return toPage(
    rows,
    limit,
    (row) => [row.held_on, row.session_id],
    (row) => ({
      sessionId: row.session_id,
      customerId: row.customer_id,
      customerName: row.customer_name ?? null,
      advisorId: row.advisor_id,
      date: row.held_on,
      durationMinutes: num(row.duration_minutes),
      sustainabilityDiscussed: row.sustainability_discussed,
      fundingProjectId: row.funding_project_id,
    }),
    position,
  );
}

/** Deliveries, voided ones marked, newest first. */
export async function listDeliveries(sql: Sql, query: AdvisoryListQueryDto): Promise<Page<DeliveryDto>> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const after = decodeCursor(query.cursor, 2);
  const where = byAdvisoryFilters(query, 'm', 'delivered_on', 'advisor_id');
  if (after) where.add(`(m.delivered_on, m.delivery_id) < (${where.param(after[0])}::date, ${where.param(after[1])}::text)`);
  const position = await readPosition(sql, ADVISORY_PROJECTIONS);
  const rows = await sql.query(
    `SELECT m.delivery_id, m.customer_id, c.name AS customer_name, m.module, m.advisor_id, m.delivered_on::text AS delivered_on,
            m.voided, m.voided_on::text AS voided_on, m.void_reason, m.funding_project_id
       FROM rm_module_deliveries m LEFT JOIN rm_customer_directory c ON c.customer_id = m.customer_id
       ${where} ORDER BY m.delivered_on DESC, m.delivery_id DESC LIMIT ${limit + 1}`,
    where.params,
  );
  return toPage(
    rows,
    limit,
    (row) => [row.delivered_on, row.delivery_id],
    (row) => ({
      deliveryId: row.delivery_id,
      customerId: row.customer_id,
      customerName: row.customer_name ?? null,
      module: row.module,
      advisorId: row.advisor_id,
      deliveredOn: row.delivered_on,
      voided: row.voided,
      voidedOn: row.voided_on,
      voidReason: row.void_reason,
      fundingProjectId: row.funding_project_id,
    }),
    position,
  );
}

/** Mentor pairs by match date and id; with activeOn only those matched by then and not concluded by then. */
export async function listMentorPairs(sql: Sql, query: MentorPairListQueryDto): Promise<Page<MentorPairDto>> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const after = decodeCursor(query.cursor, 2);
  const where = new Where();
  if (query.activeOn) {
    const on = where.param(query.activeOn);
    where.add(`p.matched_on <= ${on}::date AND (p.concluded_on IS NULL OR p.concluded_on > ${on}::date)`);
  }
  if (query.programme) where.add(`p.programme = ${where.param(query.programme)}`);
  if (query.customerId) where.add(`p.customer_id = ${where.param(query.customerId.replace('-', ''))}`);
  if (after) where.add(`(p.matched_on, p.pair_id) > (${where.param(after[0])}::date, ${where.param(after[1])}::text)`);
  const position = await readPosition(sql, ADVISORY_PROJECTIONS);
  const rows = await sql.query(
    `SELECT p.pair_id, p.programme, p.customer_id, c.name AS customer_name, p.matched_on::text AS matched_on, p.concluded_on::text AS concluded_on, p.funding_project_id
       FROM rm_mentor_pairs p LEFT JOIN rm_customer_directory c ON c.customer_id = p.customer_id
       ${where} ORDER BY p.matched_on, p.pair_id LIMIT ${limit + 1}`,
    where.params,
  );
  return toPage(
    rows,
    limit,
    (row) => [row.matched_on, row.pair_id],
    (row) => ({
      pairId: row.pair_id,
      programme: row.programme,
      customerId: row.customer_id,
      customerName: row.customer_name ?? null,
      matchedOn: row.matched_on,
      concludedOn: row.concluded_on,
      fundingProjectId: row.funding_project_id,
    }),
    position,
  );
}
