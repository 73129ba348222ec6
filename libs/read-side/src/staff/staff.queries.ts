import { decodeCursor, DEFAULT_LIMIT, iso, num, readPosition, toPage, type Page } from '../common/paging.js';
import type { Sql } from '../customers/customers.queries.js';
import { todayInStockholm } from '../loans/loans.queries.js';
import type { EmployeeDto, EmployeesQueryDto, ExpiringCertificationDto, ExpiringQueryDto } from './staff.dto.js';

export const STAFF_PROJECTIONS = ['staff', 'credit-certifications'];

/** A grant's last valid day: its end, or the day before the revocation that ended it, whichever is earlier. */
const EFFECTIVE_END = `CASE WHEN c.revoked_from IS NULL THEN c.valid_to
                            ELSE LEAST(c.valid_to, c.revoked_from - 1) END`;

export async function listEmployees(sql: Sql, query: EmployeesQueryDto): Promise<Page<EmployeeDto>> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const after = decodeCursor(query.cursor, 1);
  const params: unknown[] = [todayInStockholm()];
  const where: string[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  if (query.role) where.push(`${param(query.role)} = ANY(e.roles)`);
  if (query.region) where.push(`e.region = ${param(query.region)}`);
  if (after) where.push(`e.user_id > ${param(after[0])}`);
  const position = await readPosition(sql, STAFF_PROJECTIONS);
  const rows = await sql.query(
    `SELECT e.user_id, e.region, e.roles,
            COALESCE((SELECT jsonb_agg(jsonb_build_object(
                         'validFrom', c.valid_from::text, 'validTo', (${EFFECTIVE_END})::text, 'grantedTo', c.valid_to::text,
                         'revokedFrom', c.revoked_from::text, 'grantedBy', c.granted_by, 'grantedAt', c.granted_at,
                         'validToday', c.valid_from <= $1::date AND ((${EFFECTIVE_END}) IS NULL OR (${EFFECTIVE_END}) >= $1::date))
                       ORDER BY c.valid_from, c.commit, c.prepare)
                        FROM rm_credit_certifications c WHERE c.user_id = e.user_id), '[]'::jsonb) AS certifications
       FROM rm_employees e ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY e.user_id LIMIT ${limit + 1}`,
    params,
  );
  return toPage(
    rows,
    limit,
    (row) => [row.user_id],
    (row): EmployeeDto => {
      const certifications = (row.certifications as any[]).map((c) => ({
        validFrom: c.validFrom,
        validTo: c.validTo ?? null,
        grantedTo: c.grantedTo ?? null,
        revokedFrom: c.revokedFrom ?? null,
        validToday: Boolean(c.validToday),
        grantedBy: c.grantedBy,
        grantedAt: iso(c.grantedAt)!,
      }));
      return { userId: row.user_id, region: row.region, roles: row.roles, certifiedToday: certifications.some((c) => c.validToday), certifications };
    },
    position,
  );
}

/**
 * Certifications valid today whose last valid day falls within withinDays, unless another grant
 * of the same person continues the day after (then nothing expires). By end date, then user.
 */
export async function expiringCertifications(sql: Sql, query: ExpiringQueryDto): Promise<Page<ExpiringCertificationDto>> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const after = decodeCursor(query.cursor, 3);
  const today = todayInStockholm();
  const params: unknown[] = [today, query.withinDays ?? 30];
  const position = await readPosition(sql, STAFF_PROJECTIONS);
  if (after) params.push(after[0], after[1], after[2]);
  const rows = await sql.query(
    `WITH grants AS (
       SELECT c.grant_id::text AS grant_id, c.user_id, c.valid_from, ${EFFECTIVE_END} AS valid_end FROM rm_credit_certifications c
     )
     SELECT g.grant_id, g.user_id, e.region, g.valid_from::text AS valid_from, g.valid_end::text AS valid_to, (g.valid_end - $1::date) AS days_left
       FROM grants g LEFT JOIN rm_employees e ON e.user_id = g.user_id
      WHERE g.valid_from <= $1::date AND g.valid_end >= $1::date AND g.valid_end <= $1::date + $2::int
        AND NOT EXISTS (SELECT 1 FROM grants n WHERE n.user_id = g.user_id AND n.valid_from <= g.valid_end + 1 AND (n.valid_end IS NULL OR n.valid_end > g.valid_end))
        ${after ? 'AND (g.valid_end, g.user_id, g.grant_id) > ($3::date, $4::text, $5::text)' : ''}
      ORDER BY g.valid_end, g.user_id, g.grant_id LIMIT ${limit + 1}`,
    params,
  );
  return toPage(
    rows,
    limit,
    (row) => [row.valid_to, row.user_id, row.grant_id],
    (row): ExpiringCertificationDto => ({ userId: row.user_id, region: row.region ?? null, validFrom: row.valid_from, validTo: row.valid_to, daysLeft: num(row.days_left) }),
    position,
  );
}
