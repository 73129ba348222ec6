import { assertNever } from '#libs/decider';
import { eventsOf, upsertRows, type Projection, type UpsertSpec } from '#libs/projections';
import { TARGETS_EVENT_TYPES, type BenchmarksEvent, type ReportCommentsEvent, type TargetsEvent } from '../domain/targets.events.js';

/** The scorecard scope as stored: quarter 0 = the whole year, region '' = both regions. */
interface Scope {
  metric: string;
  year: number;
  quarter: number;
  region: string;
}

interface TargetRow extends Scope {
  unit: string;
  value: number;
}

interface BenchmarkRow {
  region: string;
  year: number;
  attribute: string;
  population: string;
  share: number;
}

interface CommentRow extends Scope {
  comment: string;
  recorded_by: string;
}

const SCOPE_COLUMNS = { metric: 'text', year: 'integer', quarter: 'smallint', region: 'text' } as const;
const SCOPE_KEY = ['metric', 'year', 'quarter', 'region'] as const;

/** Each of these events replaces the earlier one for the same scope: the last one wins. */
const SET_TARGET: UpsertSpec<TargetRow> = {
  table: 'rm_targets',
  columns: { ...SCOPE_COLUMNS, unit: 'text', value: 'double precision' },
  key: SCOPE_KEY,
  update: 'unit = EXCLUDED.unit, value = EXCLUDED.value',
};

const SET_BENCHMARK: UpsertSpec<BenchmarkRow> = {
  table: 'rm_benchmarks',
  columns: { region: 'text', year: 'integer', attribute: 'text', population: 'text', share: 'double precision' },
  key: ['region', 'year', 'attribute', 'population'],
  update: 'share = EXCLUDED.share',
};

const RECORD_COMMENT: UpsertSpec<CommentRow> = {
  table: 'rm_deviation_comments',
  columns: { ...SCOPE_COLUMNS, comment: 'text', recorded_by: 'text' },
  key: SCOPE_KEY,
  update: 'comment = EXCLUDED.comment, recorded_by = EXCLUDED.recorded_by',
};

type TargetsAreaEvent = TargetsEvent | BenchmarksEvent | ReportCommentsEvent;

/** rm_targets, rm_benchmarks and rm_deviation_comments: the latest value per scope. */
export function targetsProjection(): Projection {
  return {
    name: 'targets',
    tables: ['rm_targets', 'rm_benchmarks', 'rm_deviation_comments'],
    eventTypes: TARGETS_EVENT_TYPES,
    async apply(recorded, tx) {
      const targets: TargetRow[] = [];
      const benchmarks: BenchmarkRow[] = [];
      const comments: CommentRow[] = [];
      for (const event of eventsOf<TargetsAreaEvent>(recorded, TARGETS_EVENT_TYPES)) {
        switch (event.type) {
          case 'TargetSet': {
            const { metric, year, quarter, region, unit, value } = event.data;
            targets.push({ metric, year, quarter: quarter ?? 0, region: region ?? '', unit, value });
            break;
          }
          case 'BenchmarkSet': {
            const { region, year, attribute, population, share } = event.data;
            benchmarks.push({ region, year, attribute, population, share });
            break;
          }
          case 'DeviationCommentRecorded': {
            const { metric, year, quarter, region, comment, recordedBy } = event.data;
            comments.push({ metric, year, quarter: quarter ?? 0, region: region ?? '', comment, recorded_by: recordedBy });
            break;
          }
          default:
            assertNever(event);
        }
      }
      await upsertRows(tx, SET_TARGET, targets);
      await upsertRows(tx, SET_BENCHMARK, benchmarks);
      await upsertRows(tx, RECORD_COMMENT, comments);
    },
  };
}
