import { REGIONS, type Region } from '#libs/decider';
import { num, scopeOf, share, type ReadModelSql } from '../../figures.js';
import { bucketsOf, isWholeMonths, type FigureFilter, type Granularity } from '../../period.js';
import { CUSTOMER_TIME_GOAL, type CustomerTimeResponse, type TimeShareDto, type TimeShareFiguresDto } from './customer-time.response.js';

/**
 * $1 from, $2 to, $3 region or null, $4 granularity. The rollups hold live minutes (voided entries
 * out, corrections applied). Months, quarters and years over whole months read the monthly rollup;
 * weeks and other ranges read the daily one. Minutes are summed per employee and bucket first, so
 * the cuts group a few rows instead of every day. Dates are cast to timestamp (not timestamptz)
 * before date_trunc, so the session's time zone cannot move a bucket.
 */
const sqlOver = (table: 'rm_time_monthly' | 'rm_time_daily', day: 'month' | 'worked_on'): string => `
WITH per_employee AS (
  SELECT t.employee_id, date_trunc($4::text, t.${day}::timestamp)::date AS bucket,
         sum(t.customer_minutes) AS customer, sum(t.internal_minutes) AS internal
    FROM ${table} t
   WHERE t.${day} BETWEEN $1::date AND $2::date
   GROUP BY 1, 2
), minutes AS (
  SELECT p.*, e.region
    FROM per_employee p
    LEFT JOIN rm_employees e ON e.user_id = p.employee_id
   WHERE $3::text IS NULL OR e.region = $3::text
)
SELECT GROUPING(bucket) = 0 AS by_bucket, GROUPING(employee_id) = 0 AS by_employee, GROUPING(region) = 0 AS by_region,
       bucket, employee_id, region, sum(customer) AS customer, sum(internal) AS internal
  FROM minutes
 GROUP BY GROUPING SETS ((), (region), (employee_id, region), (bucket), (bucket, region), (bucket, employee_id, region))`;

const MONTHLY_SQL = sqlOver('rm_time_monthly', 'month');
const DAILY_SQL = sqlOver('rm_time_daily', 'worked_on');

interface Row {
  by_bucket: boolean;
  by_employee: boolean;
  by_region: boolean;
  bucket: string | null;
  employee_id: string | null;
  region: string | null;
  customer: number;
  internal: number;
}

const minutes = (row: Row | undefined): TimeShareDto => {
  const customerMinutes = num(row?.customer);
  const internalMinutes = num(row?.internal);
  const workedMinutes = customerMinutes + internalMinutes;
  return { customerMinutes, internalMinutes, workedMinutes, share: share(customerMinutes, workedMinutes) };
};

/** Figure 8: customer minutes ÷ worked minutes, total, per region and per employee, overall and per bucket. */
export async function customerTimeFigures(sql: ReadModelSql, filter: FigureFilter, granularity: Granularity = 'month'): Promise<CustomerTimeResponse> {
  const { period } = filter;
  const monthly = granularity !== 'week' && isWholeMonths(period);
  const rows = (await sql.query(monthly ? MONTHLY_SQL : DAILY_SQL, [period.from, period.to, filter.region ?? null, granularity])) as Row[];
  const regions = REGIONS.filter((r) => filter.region === undefined || r === filter.region);

  // Rows grouped once by bucket (start day), so each bucket reads only its own rows: linear in the
  // answer's size, and the loop gives the event loop a turn every few buckets.
  const overall: Row[] = [];
  const byBucket = new Map<string, Row[]>();
  for (const row of rows) {
    if (!row.by_bucket) overall.push(row);
    else if (row.bucket !== null) byBucket.set(row.bucket, [...(byBucket.get(row.bucket) ?? []), row]);
  }

  const figures = (mine: readonly Row[]): TimeShareFiguresDto => ({
    total: minutes(mine.find((r) => !r.by_region && !r.by_employee)),
    byRegion: regions.map((region: Region) => ({ region, ...minutes(mine.find((r) => r.by_region && !r.by_employee && r.region === region)) })),
    byEmployee: mine
      .filter((r) => r.by_employee)
      .map((r) => ({ employeeId: r.employee_id as string, region: (r.region as Region | null) ?? null, ...minutes(r) }))
      .sort((a, b) => (a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0)),
  });

  const buckets: CustomerTimeResponse['buckets'] = [];
  for (const [index, bucket] of bucketsOf(period, granularity).entries()) {
    if (index > 0 && index % YIELD_EVERY_BUCKETS === 0) await yieldToEventLoop();
    buckets.push({ key: bucket.key, from: bucket.from, to: bucket.to, ...figures(byBucket.get(bucket.start) ?? []) });
  }
  return { ...scopeOf(filter), granularity, goal: CUSTOMER_TIME_GOAL, ...figures(overall), buckets };
}

const YIELD_EVERY_BUCKETS = 16;
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
