import type { Actor } from '#libs/decider';
import { given } from '../../../decider/src/testing.js';
import { reportCommentsDecider as decider } from './report-comments.decider.js';
import type { RecordDeviationComment } from './targets.commands.js';
import type { DeviationCommentRecorded } from './targets.events.js';
import { reportCommentStream, reportCommentsStream } from './targets.streams.js';

const carl: Actor = { userId: 'carl', roles: ['controller'] };

const comment = (overrides: Partial<RecordDeviationComment['data']> = {}): RecordDeviationComment => ({
  type: 'RecordDeviationComment',
  data: { year: 2025, metric: 'loans_granted', comment: 'Fewer applications after the rate rise.', actor: carl, ...overrides },
});

const recorded = (rest: Partial<DeviationCommentRecorded['data']> = {}): DeviationCommentRecorded => ({
  type: 'DeviationCommentRecorded',
  data: { year: 2025, metric: 'loans_granted', comment: 'Fewer applications after the rate rise.', recordedBy: 'carl', ...rest },
});

describe('deviation comments', () => {
  it('live in one stream per scope: metric, year, quarter or the whole year, region or both', () => {
    expect(reportCommentStream({ metric: 'loans_granted', year: 2026, quarter: 2 })).toBe('report-comments-2026-loans_granted-q2-all');
    expect(reportCommentStream({ metric: 'granted_volume', year: 2026, region: 'orebro' })).toBe('report-comments-2026-granted_volume-year-orebro');
  });

  it('were kept in one stream per year before issue 14 (still read first)', () => {
    expect(reportCommentsStream(2025)).toBe('report-comments-2025');
  });

  it('record the explanation of a yearly deviation', () => {
    given(decider, []).when(comment()).then([recorded()]);
  });

  it('record a comment for one quarter and region, trimmed', () => {
    given(decider, [])
      .when(comment({ quarter: 4, region: 'orebro', metric: 'customer_time_share', comment: '  Two advisors on parental leave.  ' }))
      .then([recorded({ quarter: 4, region: 'orebro', metric: 'customer_time_share', comment: 'Two advisors on parental leave.' })]);
  });

  it('let the latest comment for the same scope win', () => {
    given(decider, [recorded()])
      .when(comment({ comment: 'Fewer applications; two large loans moved to 2026.' }))
      .then([recorded({ comment: 'Fewer applications; two large loans moved to 2026.' })]);
  });

  it('emit nothing when the current text is recorded again', () => {
    given(decider, [recorded()]).when(comment()).then([]);
  });

  it.each([['advisor' as const], ['credit_officer' as const], ['admin' as const]])('are refused to role %s', (role) => {
    given(decider, [])
      .when(comment({ actor: { userId: 'x', roles: [role] } }))
      .thenRefuses('forbidden', 'role-not-allowed');
  });

  it.each<[string, Partial<RecordDeviationComment['data']>, string, string]>([
    ['an invalid year', { year: 0 }, 'year', 'invalid-year'],
    ['quarter 5', { quarter: 5 as RecordDeviationComment['data']['quarter'] }, 'quarter', 'invalid-quarter'],
    ['an unknown region', { region: 'gotland' as RecordDeviationComment['data']['region'] }, 'region', 'invalid-region'],
    ['an unknown metric', { metric: 'engagement' as RecordDeviationComment['data']['metric'] }, 'metric', 'invalid-metric'],
    ['a blank comment', { comment: '   ' }, 'comment', 'required'],
  ])('are refused as invalid with %s', (_, overrides, field, code) => {
    given(decider, []).when(comment(overrides)).thenRefuses('invalid', code, field);
  });
});
