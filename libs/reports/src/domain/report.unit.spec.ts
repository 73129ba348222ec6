import type { Actor } from '#libs/decider';
import { given } from '../../../decider/src/testing.js';
import { reportDecider as decider } from './report.decider.js';
import type { IssueReport } from './report.commands.js';
import type { ReportIssued } from './report.events.js';
import type { ReportFigure } from './report-figure.js';
import { reportPeriodEnd, reportStream } from './report-scope.js';

const carl: Actor = { userId: 'ctrl-carl', roles: ['controller'] };

const figure = (outcome: number): ReportFigure => ({
  metric: 'loans_granted',
  section: 'loans',
  label: { sv: 'Beviljade lån', en: 'Loans granted' },
  unit: 'count',
  outcome,
  target: 4,
  deviation: outcome - 4,
  deviationPercent: ((outcome - 4) / 4) * 100,
  comment: null,
});

const issue = (overrides: Partial<IssueReport['data']> = {}): IssueReport => ({
  type: 'IssueReport',
  data: { kind: 'quarterly', year: 2026, quarter: 1, position: '120-3', figures: [figure(3)], today: '2026-04-15', actor: carl, ...overrides },
});

const issued = (overrides: Partial<ReportIssued['data']> = {}): ReportIssued => ({
  type: 'ReportIssued',
  data: { kind: 'quarterly', year: 2026, quarter: 1, version: 1, position: '120-3', figures: [figure(3)], issuedBy: 'ctrl-carl', issuedOn: '2026-04-15', ...overrides },
});

describe('issued reports', () => {
  it('live in one stream per report: period and, for a regional report, region', () => {
    expect(reportStream({ kind: 'quarterly', year: 2026, quarter: 1 })).toBe('report-2026-Q1');
    expect(reportStream({ kind: 'yearly', year: 2025 })).toBe('report-2025-year');
    expect(reportStream({ kind: 'quarterly', year: 2026, quarter: 3, region: 'orebro' })).toBe('report-2026-Q3-orebro');
  });

  it('record the first issue as version 1 with its figures, the position they were computed at and who issued it when', () => {
    given(decider, []).when(issue()).then([issued()]);
  });

  it('record a re-issue as the next version with its own figures and position, leaving the earlier versions as they were', () => {
    given(decider, [issued(), issued({ version: 2, position: '130-0' })])
      .when(issue({ position: '200-1', figures: [figure(2)], today: '2026-05-02' }))
      .then([issued({ version: 3, position: '200-1', figures: [figure(2)], issuedOn: '2026-05-02' })]);
  });

  it('record a new version even when nothing changed: issuing is itself the fact', () => {
    given(decider, [issued()]).when(issue()).then([issued({ version: 2 })]);
  });

  it('record a yearly report for one region, without a quarter', () => {
    given(decider, [])
      .when(issue({ kind: 'yearly', quarter: undefined, year: 2025, region: 'vastmanland', today: '2026-01-01' }))
      .then([
        {
          type: 'ReportIssued',
          data: { kind: 'yearly', year: 2025, region: 'vastmanland', version: 1, position: '120-3', figures: [figure(3)], issuedBy: 'ctrl-carl', issuedOn: '2026-01-01' },
        },
      ]);
  });

  it('cover a quarter up to its last day, a year up to 31 December', () => {
    expect([1, 2, 3, 4].map((quarter) => reportPeriodEnd({ year: 2026, quarter: quarter as 1 | 2 | 3 | 4 }))).toStrictEqual(['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']);
    expect(reportPeriodEnd({ year: 2025 })).toBe('2025-12-31');
  });

  it('may be issued the day after the period ends', () => {
    given(decider, [])
      .when(issue({ today: '2026-04-01' }))
      .then([issued({ issuedOn: '2026-04-01' })]);
    given(decider, [])
      .when(issue({ quarter: 4, year: 2025, today: '2026-01-01' }))
      .then([issued({ quarter: 4, year: 2025, issuedOn: '2026-01-01' })]);
  });

  it('are refused before the period has ended, the last day included', () => {
    given(decider, []).when(issue({ today: '2026-03-31' })).thenRefuses('rule', 'period-not-ended');
    given(decider, []).when(issue({ kind: 'yearly', quarter: undefined, year: 2026, today: '2026-12-31' })).thenRefuses('rule', 'period-not-ended');
  });

  it.each([['advisor' as const], ['credit_officer' as const], ['admin' as const]])('are refused to role %s', (role) => {
    given(decider, [])
      .when(issue({ actor: { userId: 'x', roles: [role] } }))
      .thenRefuses('forbidden', 'role-not-allowed');
  });

  it.each<[string, Partial<IssueReport['data']>, string, string]>([
    ['an unknown kind', { kind: 'monthly' as IssueReport['data']['kind'] }, 'kind', 'invalid-kind'],
    ['an invalid year', { year: 20 }, 'year', 'invalid-year'],
    ['a quarterly report without a quarter', { quarter: undefined }, 'quarter', 'invalid-quarter'],
    ['a yearly report with a quarter', { kind: 'yearly' }, 'quarter', 'invalid-quarter'],
    ['quarter 5', { quarter: 5 as IssueReport['data']['quarter'] }, 'quarter', 'invalid-quarter'],
    ['an unknown region', { region: 'gotland' as IssueReport['data']['region'] }, 'region', 'invalid-region'],
    ['no position', { position: 'head' }, 'position', 'invalid-position'],
    ['a position that is not text', { position: ['120-3'] as unknown as string }, 'position', 'invalid-position'],
    ['no figures', { figures: [] }, 'figures', 'invalid-figures'],
  ])('are refused as invalid with %s', (_, overrides, field, code) => {
    given(decider, []).when(issue(overrides)).thenRefuses('invalid', code, field);
  });
});

