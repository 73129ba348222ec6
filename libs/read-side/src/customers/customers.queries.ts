import { formatOrganisationNumber, type OrganisationNumber } from '#libs/customers';
import { hasRole, type Actor } from '#libs/decider';
import { decodeCursor, DEFAULT_LIMIT, num, readPosition, toPage, type Page } from '../common/paging.js';
import type { CustomerDetailDto, CustomerListQueryDto, CustomerSummaryDto, TimelineEntryDto } from './customers.dto.js';
import { fold, parseCustomerSearch } from './fold.js';

export interface Sql {
  query(sql: string, params?: unknown[]): Promise<any[]>;
}

/** The projections a customer answer reads. */
export const CUSTOMER_LIST_PROJECTIONS = ['customer-directory'];
export const CUSTOMER_DETAIL_PROJECTIONS = ['customer-directory', 'customers', 'advisory', 'loan-book', 'surveys'];

const SUMMARY_COLUMNS = `d.customer_id, d.name, d.sort_name, d.region, d.municipality, d.phase, d.registered_on::text AS registered_on,
       COALESCE(d.target_group, 'unclassified') AS target_group`;

const summary = (row: any): CustomerSummaryDto => ({
  customerId: row.customer_id,
  organisationNumber: formatOrganisationNumber(row.customer_id as OrganisationNumber),
  name: row.name,
  region: row.region,
  municipality: row.municipality,
  phase: row.phase,
  targetGroup: row.target_group,
  registeredOn: row.registered_on,
});

/** Customers by name (sort_name, then id: stable, unique), filtered and searched. */
export async function listCustomers(sql: Sql, query: CustomerListQueryDto): Promise<Page<CustomerSummaryDto>> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const after = decodeCursor(query.cursor, 2);
  const params: unknown[] = [];
  const where: string[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  if (query.region) where.push(`d.region = ${param(query.region)}`);
  if (query.municipality) where.push(`d.municipality_key = ${param(fold(query.municipality.trim()))}`);
  if (query.phase) where.push(`d.phase = ${param(query.phase)}`);
  if (query.targetGroup) where.push(query.targetGroup === 'unclassified' ? 'd.target_group IS NULL' : `d.target_group = ${param(query.targetGroup)}`);
  const search = parseCustomerSearch(query.q);
  if (search.kind === 'number') where.push(`d.customer_id LIKE ${param(search.digits + '%')}`);
  if (search.kind === 'name') {
    // Folded words hold only a-z and 0-9, so no LIKE wildcard can come from the query.
    for (const prefix of search.prefixes) {
      where.push(`EXISTS (SELECT 1 FROM rm_customer_search_words w WHERE w.customer_id = d.customer_id AND w.word LIKE ${param(prefix + '%')})`);
    }
  }
  if (after) where.push(`(d.sort_name, d.customer_id) > (${param(after[0])}::text COLLATE "C", ${param(after[1])}::text)`);
  const position = await readPosition(sql, CUSTOMER_LIST_PROJECTIONS);
  const rows = await sql.query(
    `SELECT ${SUMMARY_COLUMNS} FROM rm_customer_directory d
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY d.sort_name, d.customer_id LIMIT ${limit + 1}`,
    params,
  );
  return toPage(rows, limit, (row) => [row.sort_name, row.customer_id], summary, position);
}

/**
 * Everything that happened with a customer, in date order (then kind, then id): one statement over
 * the read models, each through its customer index.
 */
const TIMELINE = `
SELECT 'session' AS kind, s.session_id AS id, s.held_on::text AS date,
       jsonb_build_object('advisorId', s.advisor_id, 'durationMinutes', s.duration_minutes, 'sustainabilityDiscussed', s.sustainability_discussed) AS details
  FROM rm_advisory_sessions s WHERE s.customer_id = $1
UNION ALL
SELECT 'delivery', m.delivery_id, m.delivered_on::text,
       jsonb_build_object('module', m.module, 'advisorId', m.advisor_id, 'voided', m.voided, 'voidedOn', m.voided_on::text, 'voidReason', m.void_reason)
  FROM rm_module_deliveries m WHERE m.customer_id = $1
UNION ALL
SELECT 'loan', l.loan_id, l.applied_on::text,
       jsonb_build_object('product', l.product, 'status', l.status, 'appliedAmountOre', l.applied_amount_ore, 'grantedAmountOre', l.granted_amount_ore)
  FROM rm_loan_book l WHERE l.customer_id = $1
UNION ALL
SELECT 'mentor_pair', p.pair_id, p.matched_on::text,
       jsonb_build_object('programme', p.programme, 'matchedOn', p.matched_on::text, 'concludedOn', p.concluded_on::text)
  FROM rm_mentor_pairs p WHERE p.customer_id = $1
UNION ALL
SELECT 'survey_answer', a.answer_id, a.answered_on::text,
       jsonb_build_object('wouldRecommend', a.would_recommend, 'score', a.score)
  FROM rm_survey_answers a WHERE a.customer_id = $1
ORDER BY 3, 1, 2`;

const FIELD = { session: 'session', delivery: 'delivery', loan: 'loan', mentor_pair: 'mentorPair', survey_answer: 'surveyAnswer' } as const;

const timelineEntry = (row: { kind: keyof typeof FIELD; id: string; date: string; details: Record<string, unknown> }): TimelineEntryDto => {
  const details = { ...row.details };
  if (row.kind === 'loan') {
    details.appliedAmountOre = num(details.appliedAmountOre);
    details.grantedAmountOre = details.grantedAmountOre === null ? null : num(details.grantedAmountOre);
  }
  return { kind: row.kind, id: row.id, date: row.date, [FIELD[row.kind]]: details } as TimelineEntryDto;
};

/** Admins may see owner answers (personal data); every other role only whether they were recorded. */
const seesPersonalData = (actor: Actor): boolean => hasRole(actor, 'admin');

export async function customerDetail(sql: Sql, customerId: string, actor: Actor): Promise<CustomerDetailDto | undefined> {
  const position = await readPosition(sql, CUSTOMER_DETAIL_PROJECTIONS);
  const [rows, history, timeline, answers] = await Promise.all([
    sql.query(
      `SELECT ${SUMMARY_COLUMNS}, d.founded_on::text AS founded_on, d.owner_profile_recorded, d.personal_data_erased FROM rm_customer_directory d WHERE d.customer_id = $1`,
      [customerId],
    ),
    sql.query(`SELECT target_group, effective_from::text AS effective_from FROM rm_customer_classifications WHERE customer_id = $1 ORDER BY effective_from`, [customerId]),
    sql.query(TIMELINE, [customerId]),
    seesPersonalData(actor) ? sql.query(`SELECT women_led, foreign_background FROM rm_customers WHERE customer_id = $1`, [customerId]) : Promise.resolve([]),
  ]);
  const row = rows[0];
  if (!row) return undefined;
  const erased = row.personal_data_erased as boolean;
  const recorded = row.owner_profile_recorded as boolean;
  const answer = answers[0];
  return {
    ...summary(row),
    foundedOn: row.founded_on,
    targetGroupHistory: history.map((h: any) => ({ group: h.target_group, effectiveFrom: h.effective_from })),
    ownerProfile: {
      recorded,
      erased,
      ...(recorded && !erased && answer ? { womenLed: answer.women_led, foreignBackground: answer.foreign_background } : {}),
    },
    timeline: timeline.map(timelineEntry),
    position,
  };
}
