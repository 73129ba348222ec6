import { decodeCursor, DEFAULT_LIMIT, num, readPosition, toPage, type CursorKey, type Page } from '../common/paging.js';
import type { Sql } from '../customers/customers.queries.js';
import type { BenchmarkDto, FundingProjectDto, ReportCommentDto, TargetDto, YearListQueryDto } from './controllers.dto.js';

interface KeysetList<T> {
  projections: string[];
  /** FROM … (alias t) */
  from: string;
  select: string;
  /** The stable sort: unique column expressions, each with its SQL type for the cursor comparison. */
  key: readonly { column: string; type: string; of: (row: any) => string | number | null }[];
  /** A condition on $1 (the year), when a year is asked. */
  year: string;
  map: (row: any) => T;
}

async function keysetList<T>(sql: Sql, list: KeysetList<T>, query: YearListQueryDto): Promise<Page<T>> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const after = decodeCursor(query.cursor, list.key.length);
  const params: unknown[] = [];
  const where: string[] = [];
  if (query.year !== undefined) {
    params.push(query.year);
    where.push(list.year);
  }
  if (after) {
    const placeholders = list.key.map((k, i) => {
      params.push(after[i]);
      return `$${params.length}::${k.type}`;
    });
    where.push(`(${list.key.map((k) => k.column).join(', ')}) > (${placeholders.join(', ')})`);
  }
  const position = await readPosition(sql, list.projections);
  const rows = await sql.query(
    `SELECT ${list.select} FROM ${list.from} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${list.key.map((k) => k.column).join(', ')} LIMIT ${limit + 1}`,
    params,
  );
  return toPage(rows, limit, (row): CursorKey => list.key.map((k) => k.of(row)), list.map, position);
}

const scope = (row: any) => ({ quarter: row.quarter === 0 ? null : row.quarter, region: row.region === '' ? null : row.region });

export const listTargets = (sql: Sql, query: YearListQueryDto): Promise<Page<TargetDto>> =>
  keysetList(
    sql,
    {
      projections: ['targets'],
      from: 'rm_targets t',
      select: 't.metric, t.year, t.quarter, t.region, t.unit, t.value',
      key: [
        { column: 't.year', type: 'int', of: (r) => r.year },
        { column: 't.quarter', type: 'smallint', of: (r) => r.quarter },
        { column: 't.metric', type: 'text', of: (r) => r.metric },
        { column: 't.region', type: 'text', of: (r) => r.region },
      ],
      year: 't.year = $1',
      map: (row) => ({ metric: row.metric, year: row.year, ...scope(row), unit: row.unit, value: Number(row.value) }),
    },
    query,
  );

export const listBenchmarks = (sql: Sql, query: YearListQueryDto): Promise<Page<BenchmarkDto>> =>
  keysetList(
    sql,
    {
      projections: ['targets'],
      from: 'rm_benchmarks t',
      select: 't.region, t.year, t.attribute, t.population, t.share',
      key: [
        { column: 't.year', type: 'int', of: (r) => r.year },
        { column: 't.region', type: 'text', of: (r) => r.region },
        { column: 't.attribute', type: 'text', of: (r) => r.attribute },
        { column: 't.population', type: 'text', of: (r) => r.population },
      ],
      year: 't.year = $1',
      map: (row) => ({ region: row.region, year: row.year, attribute: row.attribute, population: row.population, share: Number(row.share) }),
    },
    query,
  );

export const listReportComments = (sql: Sql, query: YearListQueryDto): Promise<Page<ReportCommentDto>> =>
  keysetList(
    sql,
    {
      projections: ['targets'],
      from: 'rm_deviation_comments t',
      select: 't.metric, t.year, t.quarter, t.region, t.comment, t.recorded_by',
      key: [
        { column: 't.year', type: 'int', of: (r) => r.year },
        { column: 't.quarter', type: 'smallint', of: (r) => r.quarter },
        { column: 't.metric', type: 'text', of: (r) => r.metric },
        { column: 't.region', type: 'text', of: (r) => r.region },
      ],
      year: 't.year = $1',
      map: (row) => ({ metric: row.metric, year: row.year, ...scope(row), comment: row.comment, recordedBy: row.recorded_by }),
    },
    query,
  );

export const listFundingProjects = (sql: Sql, query: YearListQueryDto): Promise<Page<FundingProjectDto>> =>
  keysetList(
    sql,
    {
      projections: ['funding'],
      from: 'rm_funding_projects t',
      select: `t.project_id, t.name, t.funder, t.starts_on::text AS starts_on, t.ends_on::text AS ends_on,
               (SELECT coalesce(sum(amount_ore) FILTER (WHERE kind = 'cost'), 0) FROM rm_funding_entries e WHERE e.project_id = t.project_id) AS costs_ore,
               (SELECT coalesce(sum(amount_ore) FILTER (WHERE kind = 'revenue'), 0) FROM rm_funding_entries e WHERE e.project_id = t.project_id) AS revenues_ore`,
      key: [
        { column: 't.starts_on', type: 'date', of: (r) => r.starts_on },
        { column: 't.project_id', type: 'text', of: (r) => r.project_id },
      ],
      year: `t.starts_on <= make_date($1, 12, 31) AND t.ends_on >= make_date($1, 1, 1)`,
      map: (row) => ({
        projectId: row.project_id,
        name: row.name,
        funder: row.funder,
        startsOn: row.starts_on,
        endsOn: row.ends_on,
        costsOre: num(row.costs_ore),
        revenuesOre: num(row.revenues_ore),
      }),
    },
    query,
  );
