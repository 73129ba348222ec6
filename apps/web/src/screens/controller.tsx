// Over 400 lines on purpose: the controller's screens (targets, benchmarks, comments, reports,
// issued versus today, drill-down) share one set of period fields and helpers kept together here.
import { useState } from 'react';
import { command, get, withQuery } from '../api/client';
import type { components } from '../api/openapi.gen';
import { list, one, type LoanSummary, type Page } from '../api/reads';
import { formatSek, useI18n } from '../i18n';
import { ErrorNote, Field, Link, Scroll, type CommandForm, Section, Submit, useCommandForm, useLoad, useRoute, valuesOf } from '../ui';
import { REGIONS } from './options';

type Schemas = components['schemas'];
type Metric = Schemas['SetTargetDto']['metric'];

export function ControllerRoutes({ route }: { route: string }) {
  if (route === '/app/dashboard') return <Dashboard />;
  if (route === '/app/targets') return <TargetsScreen />;
  if (route === '/app/reports') return <ReportsScreen />;
  if (route === '/app/audit') return <AuditScreen />;
  return null;
}

const thisYear = new Date().getUTCFullYear();
const thisQuarter = Math.floor(new Date().getUTCMonth() / 3) + 1;

/** The scorecard dashboard, as it always was (at /dashboard), signed in by the same session cookie; and the figure that leads to its audit trail. */
function Dashboard() {
  const { t, lang } = useI18n();
  const [year, setYear] = useState(thisYear);
  const [quarter, setQuarter] = useState(thisQuarter);
  const [drill, setDrill] = useState(false);
  const figures = useLoad(() => one<Schemas['LoanVolumeResponse']>('/figures/loan-volume', { year, quarter }), [year, quarter]);
  const loans = useLoad<Page<LoanSummary> | undefined>(() => (drill ? list<LoanSummary>('/loans', { limit: 200 }) : Promise.resolve(undefined)), [drill]);
  const period = `${year}-Q${quarter}`;
  return (
    <>
      <h1>{t('dashboard')}</h1>
      <Section title={`${t('loans')} ${period}`}>
        <div className="toolbar">
          <label>
            {t('year')} <input type="number" value={year} min={1900} max={2100} onChange={(e) => setYear(Number(e.target.value))} />
          </label>
          <label>
            {t('quarter')}{' '}
            <select value={quarter} onChange={(e) => setQuarter(Number(e.target.value))}>
              {[1, 2, 3, 4].map((q) => (
                <option key={q}>{q}</option>
              ))}
            </select>
          </label>
        </div>
        <ErrorNote error={figures.error} />
        {figures.data && (
          <dl className="facts">
            <dt>{t('granted')}</dt>
            <dd>
              <button type="button" className="link" data-figure="loansGranted" aria-expanded={drill} onClick={() => setDrill(!drill)}>
                {figures.data.totals.loansGranted}
              </button>{' '}
              ({formatSek(figures.data.totals.grantedVolumeOre, lang)})
            </dd>
            <dt>{t('outstanding')}</dt>
            <dd>{formatSek(figures.data.outstandingPrincipalOre, lang)}</dd>
          </dl>
        )}
        {drill && (
          <ul className="results" data-testid="drill-down">
            {(loans.data?.items ?? [])
              .filter(
                (l) =>
                  l.approvedOn !== null &&
                  l.approvedOn >= `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01` &&
                  l.approvedOn <= `${year}-${String(quarter * 3).padStart(2, '0')}-31`,
              )
              .map((l) => (
                <li key={l.loanId}>
                  <Link to={`/app/audit?stream=loan-${l.loanId}`}>
                    {l.customerName ?? l.customerId} · {l.product} · {formatSek(l.grantedAmountOre, lang)}
                  </Link>
                </li>
              ))}
          </ul>
        )}
      </Section>
      <p>
        <a href="/dashboard" className="button">
          {t('dashboard')} ↗
        </a>
      </p>
      <iframe className="dashboard" src="/dashboard" title={t('dashboard')} />
    </>
  );
}

const METRICS: readonly Metric[] = [
  'unique_customers_advisory',
  'unique_customers_total',
  'delivery_modules',
  'loans_granted',
  'granted_volume',
  'new_lending_volume',
  'return_on_lending',
  'customer_time_share',
  'recommendation_share',
  'women_led_share_loans',
  'foreign_background_share_loans',
  'women_led_share_advisory',
  'foreign_background_share_advisory',
  'early_stage_share_loans',
  'early_stage_share_advisory',
  'interventions_bredd',
  'interventions_ideal',
  'interventions_spets',
];

function TargetsScreen() {
  const { t } = useI18n();
  const [year, setYear] = useState(thisYear);
  const targets = useLoad(() => list<Schemas['TargetDto']>('/targets', { year, limit: 200 }), [year]);
  const benchmarks = useLoad(() => list<Schemas['BenchmarkDto']>('/benchmarks', { year, limit: 200 }), [year]);
  const comments = useLoad(() => list<Schemas['ReportCommentDto']>('/report-comments', { year, limit: 200 }), [year]);
  const scope = (v: Record<string, string>) => ({
    year: Number(v.year),
    quarter: v.quarter ? (Number(v.quarter) as 1) : undefined,
    region: (v.region || undefined) as 'orebro' | undefined,
  });
  const target = useCommandForm((key, el) => {
    const v = valuesOf(el);
    return command('put', '/targets', {}, { ...scope(v), metric: v.metric as Metric, value: Number((v.value ?? '').replace(',', '.')) }, key);
  }, targets.reload);
  const benchmark = useCommandForm((key, el) => {
    const v = valuesOf(el);
    return command(
      'put',
      '/benchmarks',
      {},
      {
        year: Number(v.year),
        region: v.region as 'orebro',
        attribute: v.attribute as 'women_led',
        population: v.population as 'new_businesses',
        share: Number((v.share ?? '').replace(',', '.')),
      },
      key,
    );
  }, benchmarks.reload);
  const comment = useCommandForm((key, el) => {
    const v = valuesOf(el);
    return command('put', '/report-comments', {}, { ...scope(v), metric: v.metric as Metric, comment: v.comment! }, key);
  }, comments.reload);
  return (
    <>
      <h1>{t('targets')}</h1>
      <label className="toolbar">
        {t('year')} <input type="number" value={year} min={1900} max={2100} onChange={(e) => setYear(Number(e.target.value))} />
      </label>
      <div className="grid">
        <Section title={t('targets')}>
          <form className="form" onSubmit={target.onSubmit} id="set-target">
            <ScopeFields form={target} year={year} />
            <Field form={target} name="value" label={t('value')} required inputProps={{ inputMode: 'decimal' }} />
            <Submit form={target} label={t('save')} fields={['metric', 'year', 'quarter', 'region', 'value']} />
          </form>
          <ListTable
            testId="targets"
            caption={t('targets')}
            columns={[t('metric'), t('quarter'), t('region'), t('value')]}
            items={targets.data?.items}
            cells={(i) => [i.metric, i.quarter, i.region, i.value]}
          />
          <ErrorNote error={targets.error} />
        </Section>
        <Section title={t('benchmarks')}>
          <form className="form" onSubmit={benchmark.onSubmit} id="set-benchmark">
            <Field form={benchmark} name="region" label={t('region')} options={REGIONS} />
            <Field form={benchmark} name="year" label={t('year')} type="number" defaultValue={year} required />
            <Field
              form={benchmark}
              name="attribute"
              label={t('attribute')}
              options={[
                ['women_led', t('womenLed')],
                ['foreign_background', t('foreignBackground')],
                ['early_stage', 'early_stage'],
              ]}
            />
            <Field
              form={benchmark}
              name="population"
              label={t('population')}
              options={[
                ['business_population', 'business_population'],
                ['new_businesses', 'new_businesses'],
              ]}
            />
            <Field form={benchmark} name="share" label={t('share')} required inputProps={{ inputMode: 'decimal' }} />
            <Submit form={benchmark} label={t('save')} fields={['region', 'year', 'attribute', 'population', 'share']} />
          </form>
          <ListTable
            testId="benchmarks"
            caption={t('benchmarks')}
            columns={[t('region'), t('attribute'), t('population'), t('share')]}
            items={benchmarks.data?.items}
            cells={(i) => [i.region, i.attribute, i.population, i.share]}
          />
          <ErrorNote error={benchmarks.error} />
        </Section>
        <Section title={t('comments')}>
          <form className="form" onSubmit={comment.onSubmit} id="deviation-comment">
            <ScopeFields form={comment} year={year} />
            <Field form={comment} name="comment" label={t('comment')} type="textarea" required />
            <Submit form={comment} label={t('save')} fields={['metric', 'year', 'quarter', 'region', 'comment']} />
          </form>
          <ListTable
            testId="comments"
            caption={t('comments')}
            columns={[t('metric'), t('quarter'), t('comment')]}
            items={comments.data?.items}
            cells={(i) => [i.metric, i.quarter, i.comment]}
          />
          <ErrorNote error={comments.error} />
        </Section>
      </div>
    </>
  );
}

/** What a target and a deviation comment are set for: the metric, and the year, quarter and region they cover. */
function ScopeFields({ form, year }: { form: CommandForm; year: number }) {
  const { t } = useI18n();
  const quarterOptions = [
    ['', t('wholeYear')],
    ['1', 'Q1'],
    ['2', 'Q2'],
    ['3', 'Q3'],
    ['4', 'Q4'],
  ] as const;
  return (
    <>
      <Field form={form} name="metric" label={t('metric')} options={METRICS.map((m) => [m, m] as const)} />
      <Field form={form} name="year" label={t('year')} type="number" defaultValue={year} required />
      <Field form={form} name="quarter" label={t('quarter')} options={quarterOptions} />
      <Field form={form} name="region" label={t('region')} options={[['', t('allRegions')], ...REGIONS]} />
    </>
  );
}

/** A controller's list under its form: one row per item, '–' for an empty cell; scrolls inside its card when wide. */
function ListTable<T>({
  testId,
  caption,
  columns,
  items,
  cells,
}: {
  testId: string;
  caption: string;
  columns: readonly string[];
  items: readonly T[] | undefined;
  cells: (item: T) => (string | number | null | undefined)[];
}) {
  return (
    <Scroll label={caption}>
      <table data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(items ?? []).map((item, n) => (
            <tr key={n}>
              {cells(item).map((c, k) => (
                <td key={k}>{c ?? '–'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

function ReportsScreen() {
  const { t, lang } = useI18n();
  const [year, setYear] = useState(thisYear);
  const [quarter, setQuarter] = useState<string>(String(thisQuarter));
  const [region, setRegion] = useState('');
  const kind = quarter ? 'quarterly' : 'yearly';
  const issued = useLoad(() => get<Schemas['IssuedReportsResponse']>('/reports/issued', { year }), [year]);
  const scope = { year, quarter: quarter || undefined, region: region || undefined, lang };
  const comparison = useLoad<Schemas['ReportComparisonResponse'] | undefined>(
    () =>
      get<Schemas['ReportComparisonResponse']>(`/reports/${kind}`, { ...scope, issued: 'latest', format: 'json' }).catch((e: unknown) =>
        e instanceof Error && 'problem' in e && (e as { problem: { status: number } }).problem.status === 404 ? undefined : Promise.reject(e),
      ),
    [year, quarter, region],
  );
  const issue = useCommandForm(
    (key) =>
      kind === 'quarterly'
        ? command('post', '/reports/quarterly/issue', {}, { year, quarter: Number(quarter) as 1, region: (region || undefined) as 'orebro' | undefined }, key)
        : command('post', '/reports/yearly/issue', {}, { year, region: (region || undefined) as 'orebro' | undefined }, key),
    () => {
      issued.reload();
      comparison.reload();
    },
  );
  const value = (v: number | null | undefined, unit: string): string =>
    v === null || v === undefined ? '–' : unit === 'ore' ? formatSek(v, lang) : unit === 'share' ? `${(v * 100).toFixed(1)} %` : String(Math.round(v * 100) / 100);
  return (
    <>
      <h1>{t('reports')}</h1>
      <div className="toolbar">
        <label>
          {t('year')} <input type="number" value={year} min={1900} max={2100} onChange={(e) => setYear(Number(e.target.value))} />
        </label>
        <label>
          {t('quarter')}{' '}
          <select value={quarter} onChange={(e) => setQuarter(e.target.value)}>
            <option value="">{t('wholeYear')}</option>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                Q{q}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('region')}{' '}
          <select value={region} onChange={(e) => setRegion(e.target.value)}>
            <option value="">{t('allRegions')}</option>
            {REGIONS.map(([v, n]) => (
              <option key={v} value={v}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Section title={t('download')}>
        <p className="downloads">
          {(['json', 'csv', 'html'] as const).map((format) => (
            <a
              key={format}
              className="button secondary"
              href={withQuery(`/reports/${kind}`, { ...scope, format })}
              download={format === 'html' ? undefined : `report-${year}${quarter ? `-Q${quarter}` : ''}.${format}`}
            >
              {format.toUpperCase()}
            </a>
          ))}
        </p>
        <form onSubmit={issue.onSubmit} id="issue-report">
          <Submit form={issue} label={t('issueReport')} />
        </form>
      </Section>
      <Section title={t('issued')}>
        <ErrorNote error={issued.error} />
        <ul data-testid="issued-reports">
          {issued.data?.reports.map((r) => (
            <li key={`${r.streamId}-${r.version}`}>
              {r.streamId} v{r.version} · {r.issuedOn} · {r.issuedBy}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('issuedVsToday')}>
        <ErrorNote error={comparison.error} />
        {comparison.data && (
          <table data-testid="issued-vs-today">
            <caption>
              {t('issuedVsToday')} ({comparison.data.changed})
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('metric')}</th>
                <th scope="col" className="num">
                  {t('issued')}
                </th>
                <th scope="col" className="num">
                  {t('today')}
                </th>
              </tr>
            </thead>
            <tbody>
              {comparison.data.differences.map((d) => (
                <tr key={d.metric} className={d.changed ? 'changed' : undefined}>
                  <th scope="row">{lang === 'sv' ? d.label.sv : d.label.en}</th>
                  <td className="num">{value(d.issued?.outcome, d.unit)}</td>
                  <td className="num">{value(d.current?.outcome, d.unit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </>
  );
}

interface AuditEvent {
  readonly type?: string;
  readonly recordedAt?: string;
  readonly recordedBy?: string;
  readonly actor?: string;
  readonly correlationId?: string;
  readonly data?: unknown;
  readonly [key: string]: unknown;
}

function AuditScreen() {
  const { t } = useI18n();
  const { path, go } = useRoute();
  const params = new URLSearchParams(path.split('?')[1] ?? '');
  const stream = params.get('stream') ?? '';
  const correlationId = params.get('correlationId') ?? '';
  const events = useLoad<{ events: readonly AuditEvent[] } | undefined>(
    () => (stream ? get(`/audit/streams/${encodeURIComponent(stream)}`) : correlationId ? get('/audit/events', { correlationId }) : Promise.resolve(undefined)),
    [stream, correlationId],
  );
  return (
    <>
      <h1>{t('audit')}</h1>
      <form
        className="form inline card"
        onSubmit={(e) => {
          e.preventDefault();
          const v = valuesOf(e.currentTarget);
          go(withQuery('/app/audit', { stream: v.stream, correlationId: v.correlationId }));
        }}
      >
        <div className="field">
          <label htmlFor="audit-stream">Stream</label>
          <input id="audit-stream" name="stream" defaultValue={stream} />
        </div>
        <div className="field">
          <label htmlFor="audit-correlation">{t('correlationId')}</label>
          <input id="audit-correlation" name="correlationId" defaultValue={correlationId} />
        </div>
        <div className="submit">
          <button type="submit">{t('events')}</button>
        </div>
      </form>
      <ErrorNote error={events.error} />
      <ol className="timeline" data-testid="audit-events">
        {(events.data?.events ?? []).map((e, i) => (
          <li key={i}>
            <strong>{e.type}</strong> {String(e.recordedAt ?? '')} {String(e.recordedBy ?? e.actor ?? '')}{' '}
            {e.correlationId && <Link to={`/app/audit?correlationId=${e.correlationId}`}>{e.correlationId.slice(0, 8)}</Link>}
            <pre>{JSON.stringify(e.data, null, 1)}</pre>
          </li>
        ))}
      </ol>
    </>
  );
}
