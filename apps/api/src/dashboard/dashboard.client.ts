/**
 * The scorecard dashboard, in the browser. Bundled with chart.js by scripts/build-dashboard.mjs
 * (or on demand by the api); the figures come from the api's own routes with the web app's session
 * cookie, or a bearer token the user pasted (kept in sessionStorage). Every chart's numbers are also
 * in the table under it, each cell carrying the api's raw value in data-value.
 *
 * Over 400 lines on purpose: one browser bundle with one panel function per figure group (chart and
 * table side by side, each short); splitting it into modules would only add an import graph to the
 * bundle without making a panel easier to read. A panel that grows beyond a screen should move out.
 */
import { Chart, registerables, type ChartConfiguration } from 'chart.js';
import type { Freshness, ProjectionStatus } from '#libs/projections';
import type {
  DiversityResponse,
  EngagementResponse,
  FocusGroupIndexResponse,
  FreeEquityResponse,
  GrowthIndexResponse,
  MunicipalitiesResponse,
  SpecialAssignmentApprovalsResponse,
  SustainabilityResponse,
  CustomerTimeResponse,
  FocusGroupsResponse,
  LoanVolumeResponse,
  TargetGroupsResponse,
  TargetsResponse,
  UniqueCustomersResponse,
} from '#libs/scorecard';

Chart.register(...registerables);
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.font.family = 'system-ui, "Segoe UI", Roboto, Arial, sans-serif';

const TOKEN_KEY = 'almi-dashboard-token';
const COLOURS = { blue: '#0b5394', teal: '#2a9d8f', orange: '#e76f51', gold: '#e9c46a', grey: '#8d99ae', red: '#a40000', purple: '#6d597a' };
const REGION_NAMES: Record<string, string> = { vastmanland: 'Västmanland', orebro: 'Örebro län' };
const GROUP_NAMES: Record<string, string> = { bredd: 'Bredd', ideal: 'Ideal', spets: 'Spets', unclassified: 'Ej klassificerad' };
const POPULATION_NAMES: Record<string, string> = { business_population: 'näringslivet', new_businesses: 'nyföretagandet' };

type Region = '' | 'vastmanland' | 'orebro';
interface Filters {
  readonly year: number;
  readonly quarter: number | null;
  readonly region: Region;
}

const charts = new Map<string, Chart>();
// For tests and curious users: the chart.js instances behind the canvases.
(window as unknown as { almiDashboard: unknown }).almiDashboard = { Chart, charts };

const $ = <T extends Element>(selector: string): T => {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`Missing ${selector}`);
  return element;
};

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** What the figures of the last load include (each answer's freshness; the least complete wins). */
let seen: Freshness | undefined;
/** While the read models catch up, figures are asked with ?stale=ok and shown marked incomplete. */
let catchingUp = false;

/** The pasted token when there is one; else the web app's session cookie (same origin) signs the request. */
const authorization = (): Record<string, string> => {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { authorization: `Bearer ${token}` } : {};
};

async function api<T>(path: string): Promise<T> {
  const response = await fetch(path, { credentials: 'same-origin', headers: { ...authorization(), accept: 'application/json' } });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { detail?: string; title?: string };
    throw new ApiError(response.status, `${path}: ${response.status} ${problem.detail ?? problem.title ?? response.statusText}`);
  }
  const body = (await response.json()) as T & { freshness?: Freshness };
  if (body.freshness && (!seen || !body.freshness.complete || (seen.complete && body.freshness.lagEvents > seen.lagEvents))) seen = body.freshness;
  return body;
}

const query = (f: Filters, quarter: number | null = f.quarter): string => {
  const parts = [`year=${f.year}`];
  if (quarter !== null) parts.push(`quarter=${quarter}`);
  if (f.region) parts.push(`region=${f.region}`);
  if (catchingUp) parts.push('stale=ok');
  return parts.join('&');
};

/** The most events any projection still has to apply, and the most seen since the catch-up began (for progress). */
let largestLag = 0;
let catchUpTimer: ReturnType<typeof setTimeout> | undefined;

/** Shows the catch-up banner with progress while any projection is behind; reloads the figures once caught up. */
async function watchCatchUp(): Promise<boolean> {
  clearTimeout(catchUpTimer);
  const { projections: list } = await api<{ projections: ProjectionStatus[] }>('/projections');
  const lag = Math.max(0, ...list.map((p) => p.lagEvents));
  const banner = $<HTMLElement>('#catch-up');
  const wasBehind = !banner.hidden;
  banner.hidden = lag === 0;
  document.body.dataset.catchUp = lag === 0 ? 'done' : 'running';
  if (lag === 0) {
    largestLag = 0;
    if (wasBehind) void load();
    return false;
  }
  largestLag = Math.max(largestLag, lag);
  $<HTMLProgressElement>('#catch-up-progress').value = largestLag === 0 ? 0 : 1 - lag / largestLag;
  const seconds = Math.max(0, ...list.map((p) => p.lagSeconds));
  $<HTMLElement>('#catch-up-text').textContent = `${whole(lag)} händelser kvar (${seconds.toFixed(0)} s efter) / ${lag} events to go`;
  catchUpTimer = setTimeout(() => void watchCatchUp().catch(() => undefined), 1500);
  return true;
}

function showFreshness(): void {
  const line = $<HTMLElement>('#freshness');
  line.classList.toggle('incomplete', seen !== undefined && !seen.complete);
  line.dataset.position = seen?.position ?? '';
  line.dataset.complete = seen === undefined ? '' : String(seen.complete);
  line.textContent =
    seen === undefined
      ? ''
      : seen.complete
        ? `Siffrorna omfattar alla händelser t.o.m. position ${seen.position} (lagrets huvud ${seen.head}). / Figures include every event up to ${seen.position}.`
        : `OFULLSTÄNDIGT: siffrorna omfattar händelser t.o.m. ${seen.position}; lagret är vid ${seen.head}, ${whole(seen.lagEvents)} händelser saknas. / INCOMPLETE: ${seen.lagEvents} events missing.`;
}

const sv = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const kronor = (ore: number): string => `${sv.format(Math.round(ore / 100))} kr`;
const percent = (share: number | null): string => (share === null ? '–' : `${(share * 100).toFixed(1).replace('.', ',')} %`);
const whole = (n: number | null): string => (n === null ? '–' : sv.format(n));

/** One table cell showing a formatted figure and holding the api's raw value (empty for null). */
interface Cell {
  readonly figure?: string;
  readonly value?: number | null;
  readonly text: string;
  readonly below?: boolean;
}
const cell = (figure: string, value: number | null, text: string, below = false): Cell => ({ figure, value, text, below });
const label = (text: string): Cell => ({ text });

function fillTable(name: string, header: readonly string[], rows: readonly (readonly Cell[])[]): void {
  const table = $<HTMLTableElement>(`table[data-table="${name}"]`);
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  for (const title of header) {
    const th = document.createElement('th');
    th.textContent = title;
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const c of row) {
      const td = tr.insertCell();
      td.textContent = c.text;
      if (c.figure !== undefined) {
        td.dataset.figure = c.figure;
        td.dataset.value = c.value === null || c.value === undefined ? '' : String(c.value);
      }
      if (c.below) td.classList.add('below');
    }
  }
}

function draw(name: string, config: ChartConfiguration): void {
  charts.get(name)?.destroy();
  charts.set(name, new Chart($<HTMLCanvasElement>(`canvas[data-chart="${name}"]`), config));
}

const targetOf = (targets: TargetsResponse, metric: string): number | null => targets.targets.find((t) => t.metric === metric)?.target ?? null;

async function lending(f: Filters): Promise<void> {
  const quarters = [1, 2, 3, 4];
  const rows = await Promise.all(
    quarters.map(async (q) => {
      const [loans, targets] = await Promise.all([api<LoanVolumeResponse>(`/figures/loan-volume?${query(f, q)}`), api<TargetsResponse>(`/figures/targets?${query(f, q)}`)]);
      return { label: `${f.year}-Q${q}`, loans, targets };
    }),
  );
  const sek = (ore: number | null): number | null => (ore === null ? null : ore / 100);
  draw('lending', {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.label),
      datasets: [
        { label: 'Beviljad volym (kr)', data: rows.map((r) => sek(r.loans.totals.grantedVolumeOre)), backgroundColor: COLOURS.blue },
        { label: 'Nyutlåning (kr)', data: rows.map((r) => sek(r.loans.totals.newLendingVolumeOre)), backgroundColor: COLOURS.teal },
        {
          type: 'line',
          label: 'Mål beviljad volym',
          data: rows.map((r) => sek(targetOf(r.targets, 'granted_volume'))),
          borderColor: COLOURS.blue,
          pointStyle: 'rectRot',
          pointRadius: 6,
          showLine: false,
        },
        {
          type: 'line',
          label: 'Mål nyutlåning',
          data: rows.map((r) => sek(targetOf(r.targets, 'new_lending_volume'))),
          borderColor: COLOURS.teal,
          pointStyle: 'rectRot',
          pointRadius: 6,
          showLine: false,
        },
      ],
    },
    options: { scales: { y: { beginAtZero: true, ticks: { callback: (v) => `${sv.format(Number(v))} kr` } } } },
  });
  fillTable(
    'lending',
    ['Kvartal', 'Beviljade lån', 'Beviljad volym', 'Mål', 'Nyutlåning', 'Mål', 'Utestående vid kvartalsslut'],
    rows.map((r) => {
      const grantedTarget = targetOf(r.targets, 'granted_volume');
      const lendingTarget = targetOf(r.targets, 'new_lending_volume');
      const key = `lending.${r.label}`;
      return [
        label(r.label),
        cell(`${key}.loans_granted`, r.loans.totals.loansGranted, whole(r.loans.totals.loansGranted)),
        cell(
          `${key}.granted_volume`,
          r.loans.totals.grantedVolumeOre,
          kronor(r.loans.totals.grantedVolumeOre),
          grantedTarget !== null && r.loans.totals.grantedVolumeOre < grantedTarget,
        ),
        cell(`${key}.granted_volume.target`, grantedTarget, grantedTarget === null ? '–' : kronor(grantedTarget)),
        cell(
          `${key}.new_lending_volume`,
          r.loans.totals.newLendingVolumeOre,
          kronor(r.loans.totals.newLendingVolumeOre),
          lendingTarget !== null && r.loans.totals.newLendingVolumeOre < lendingTarget,
        ),
        cell(`${key}.new_lending_volume.target`, lendingTarget, lendingTarget === null ? '–' : kronor(lendingTarget)),
        cell(`${key}.outstanding_principal`, r.loans.outstandingPrincipalOre, kronor(r.loans.outstandingPrincipalOre)),
      ];
    }),
  );
}

async function targetGroups(f: Filters): Promise<void> {
  const figures = await api<TargetGroupsResponse>(`/figures/target-groups?${query(f)}`);
  draw('target-groups', {
    type: 'bar',
    data: {
      labels: figures.groups.map((g) => GROUP_NAMES[g.targetGroup] ?? g.targetGroup),
      datasets: [
        { label: 'Beviljade lån', data: figures.groups.map((g) => g.loans.count), backgroundColor: COLOURS.blue },
        { label: 'Levererade moduler', data: figures.groups.map((g) => g.modules.count), backgroundColor: COLOURS.orange },
      ],
    },
    options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
  });
  fillTable(
    'target-groups',
    ['Målgrupp', 'Lån', 'Moduler', 'Insatser', 'Andel'],
    figures.groups.map((g) => [
      label(GROUP_NAMES[g.targetGroup] ?? g.targetGroup),
      cell(`target_groups.${g.targetGroup}.loans`, g.loans.count, whole(g.loans.count)),
      cell(`target_groups.${g.targetGroup}.modules`, g.modules.count, whole(g.modules.count)),
      cell(`target_groups.${g.targetGroup}.total`, g.total.count, whole(g.total.count)),
      cell(`target_groups.${g.targetGroup}.share`, g.total.share, percent(g.total.share)),
    ]),
  );
}

async function activity(f: Filters): Promise<void> {
  const [customers, targets] = await Promise.all([api<UniqueCustomersResponse>(`/figures/unique-customers?${query(f)}`), api<TargetsResponse>(`/figures/targets?${query(f)}`)]);
  const metrics = [
    { key: 'unique_customers_advisory', name: 'Unika kunder, Råd', outcome: customers.uniqueCustomers.advisory },
    { key: 'unique_customers_total', name: 'Unika kunder, totalt', outcome: customers.uniqueCustomers.total },
    { key: 'delivery_modules', name: 'Levererade moduler', outcome: customers.deliveryModules.total },
  ];
  draw('activity', {
    type: 'bar',
    data: {
      labels: metrics.map((m) => m.name),
      datasets: [
        { label: 'Utfall', data: metrics.map((m) => m.outcome), backgroundColor: COLOURS.blue },
        { label: 'Mål', data: metrics.map((m) => targetOf(targets, m.key)), backgroundColor: COLOURS.grey },
      ],
    },
    options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  fillTable(
    'activity',
    ['Mått', 'Utfall', 'Mål', 'Avvikelse'],
    metrics.map((m) => {
      const target = targetOf(targets, m.key);
      const deviation = target === null ? null : m.outcome - target;
      return [
        label(m.name),
        cell(`activity.${m.key}`, m.outcome, whole(m.outcome)),
        cell(`activity.${m.key}.target`, target, whole(target)),
        cell(`activity.${m.key}.deviation`, deviation, deviation === null ? '–' : `${deviation > 0 ? '+' : ''}${whole(deviation)}`, deviation !== null && deviation < 0),
      ];
    }),
  );
}

async function customerTime(f: Filters): Promise<void> {
  const figures = await api<CustomerTimeResponse>(`/figures/customer-time?${query(f)}&granularity=month`);
  const regions = figures.byRegion.map((r) => r.region);
  const palette = [COLOURS.blue, COLOURS.orange, COLOURS.purple];
  const pct = (share: number | null): number | null => (share === null ? null : share * 100);
  draw('customer-time', {
    type: 'line',
    data: {
      labels: figures.buckets.map((b) => b.key),
      datasets: [
        ...regions.map((region, i) => ({
          label: REGION_NAMES[region] ?? region,
          data: figures.buckets.map((b) => pct(b.byRegion.find((r) => r.region === region)?.share ?? null)),
          borderColor: palette[i % palette.length],
          backgroundColor: palette[i % palette.length],
          spanGaps: true,
        })),
        { label: 'Totalt', data: figures.buckets.map((b) => pct(b.total.share)), borderColor: COLOURS.grey, backgroundColor: COLOURS.grey, borderWidth: 1, spanGaps: true },
        { label: `Mål ${figures.goal * 100} %`, data: figures.buckets.map(() => figures.goal * 100), borderColor: COLOURS.red, borderDash: [6, 4], pointRadius: 0, borderWidth: 2 },
      ],
    },
    options: { scales: { y: { min: 0, max: 100, ticks: { callback: (v) => `${v} %` } } } },
  });
  fillTable(
    'customer-time',
    ['Månad', ...regions.map((r) => REGION_NAMES[r] ?? r), 'Totalt', 'Kundtid (min)', 'Arbetad tid (min)'],
    figures.buckets.map((b) => [
      label(b.key),
      ...regions.map((region) => {
        const share = b.byRegion.find((r) => r.region === region)?.share ?? null;
        return cell(`customer_time.${b.key}.${region}`, share, percent(share), share !== null && share < figures.goal);
      }),
      cell(`customer_time.${b.key}.total`, b.total.share, percent(b.total.share), b.total.share !== null && b.total.share < figures.goal),
      cell(`customer_time.${b.key}.customer_minutes`, b.total.customerMinutes, whole(b.total.customerMinutes)),
      cell(`customer_time.${b.key}.worked_minutes`, b.total.workedMinutes, whole(b.total.workedMinutes)),
    ]),
  );
}

async function focus(f: Filters): Promise<void> {
  const figures = await api<FocusGroupsResponse>(`/figures/focus-groups?${query(f)}`);
  const rows = (['loans', 'advisory'] as const).flatMap((population) => {
    const p = figures[population];
    const where = population === 'loans' ? 'lån' : 'rådgivningskunder';
    return [
      { key: `${population}.women_led`, name: `Kvinnoledda, ${where}`, share: p.womenLed.share, unknown: p.womenLed.unknown as number | null, benchmarks: p.womenLed.benchmarks },
      {
        key: `${population}.foreign_background`,
        name: `Utländsk bakgrund, ${where}`,
        share: p.foreignBackground.share,
        unknown: p.foreignBackground.unknown as number | null,
        benchmarks: p.foreignBackground.benchmarks,
      },
      { key: `${population}.early_stage`, name: `Tidiga skeden, ${where}`, share: p.earlyStage.share, unknown: null, benchmarks: p.earlyStage.benchmarks },
    ];
  });
  const series = [...new Set(rows.flatMap((r) => r.benchmarks.map((b) => `${b.region}/${b.population}`)))].sort();
  const benchmark = (row: (typeof rows)[number], key: string): number | null => row.benchmarks.find((b) => `${b.region}/${b.population}` === key)?.share ?? null;
  const seriesName = (key: string): string => {
    const [region = '', population = ''] = key.split('/');
    return `Jämförelse ${REGION_NAMES[region] ?? region}, ${POPULATION_NAMES[population] ?? population}`;
  };
  const palette = [COLOURS.gold, COLOURS.grey, COLOURS.purple, COLOURS.orange];
  draw('focus', {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.name),
      datasets: [
        { label: `Utfall ${figures.period.label}`, data: rows.map((r) => (r.share === null ? null : r.share * 100)), backgroundColor: COLOURS.blue },
        ...series.map((key, i) => ({
          label: `${seriesName(key)} ${figures.benchmarkYear}`,
          data: rows.map((r) => {
            const share = benchmark(r, key);
            return share === null ? null : share * 100;
          }),
          backgroundColor: palette[i % palette.length],
        })),
      ],
    },
    options: { scales: { y: { min: 0, max: 100, ticks: { callback: (v) => `${v} %` } } } },
  });
  fillTable(
    'focus',
    ['Fokusgrupp', 'Andel', 'Okänt', ...series.map(seriesName)],
    rows.map((r) => [
      label(r.name),
      cell(`focus.${r.key}.share`, r.share, percent(r.share)),
      r.unknown === null ? label('') : cell(`focus.${r.key}.unknown`, r.unknown, whole(r.unknown)),
      ...series.map((key) => cell(`focus.${r.key}.benchmark.${key.replace('/', '.')}`, benchmark(r, key), percent(benchmark(r, key)))),
    ]),
  );
}

async function projections(): Promise<void> {
  const { projections: list } = await api<{ projections: ProjectionStatus[] }>('/projections');
  draw('projections', {
    type: 'bar',
    data: { labels: list.map((p) => p.name), datasets: [{ label: 'Eftersläpning (händelser)', data: list.map((p) => p.lagEvents), backgroundColor: COLOURS.purple }] },
    options: { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  fillTable(
    'projections',
    ['Projektion', 'Kontrollpunkt', 'Huvud', 'Händelser efter', 'Sekunder efter', 'Tillstånd'],
    list.map((p) => [
      label(p.name),
      label(p.checkpoint),
      label(p.head),
      cell(`projections.${p.name}.lagEvents`, p.lagEvents, whole(p.lagEvents), p.lagEvents > 0),
      cell(`projections.${p.name}.lagSeconds`, p.lagSeconds, p.lagSeconds.toFixed(1).replace('.', ',')),
      label(`${p.state}${p.rebuilding ? ' (ombyggnad)' : ''}${p.lastError ? ` – ${p.lastError}` : ''}`),
    ]),
  );
}

function readFilters(): Filters {
  const year = Number($<HTMLInputElement>('#year').value);
  const quarter = $<HTMLSelectElement>('#quarter').value;
  return { year, quarter: quarter === '' ? null : Number(quarter), region: $<HTMLSelectElement>('#region').value as Region };
}

/** Filters live in the address (#year=2026&quarter=2&region=orebro), so a view can be bookmarked. */
function filtersFromHash(): Filters {
  const params = new URLSearchParams(location.hash.slice(1));
  const year = Number(params.get('year'));
  const quarter = Number(params.get('quarter'));
  const region = params.get('region') ?? '';
  return {
    year: Number.isInteger(year) && year >= 1900 && year <= 2999 ? year : new Date().getFullYear(),
    quarter: [1, 2, 3, 4].includes(quarter) ? quarter : null,
    region: region === 'vastmanland' || region === 'orebro' ? region : '',
  };
}

function showFilters(f: Filters): void {
  $<HTMLInputElement>('#year').value = String(f.year);
  $<HTMLSelectElement>('#quarter').value = f.quarter === null ? '' : String(f.quarter);
  $<HTMLSelectElement>('#region').value = f.region;
}

function setStatus(text: string, error = false): void {
  const status = $<HTMLElement>('#status');
  status.textContent = text;
  status.classList.toggle('error', error);
}

/** Demo seeding on a first start (public /health): its progress while it runs, else ''. */
async function seedingProgress(): Promise<string> {
  try {
    const health = (await (await fetch('/health')).json()) as { seeding?: { state: string; done: number; total: number } };
    const s = health.seeding;
    return s && (s.state === 'pending' || s.state === 'seeding')
      ? ` · Demodata läses in / seeding demo data: ${s.done.toLocaleString('sv-SE')} av ${s.total.toLocaleString('sv-SE')}`
      : '';
  } catch {
    return '';
  }
}

let loading = 0;
/** A goal panel: each row's outcome beside its target (the board's, else the directive's level) as bars and a table. */
interface GoalRow {
  readonly key: string;
  readonly name: string;
  readonly outcome: number | null;
  readonly target: number | null;
  readonly format: (n: number | null) => string;
  /** Below target is bad (the default), or above (flagged projects). */
  readonly lowerIsBetter?: boolean;
}

const decimal = (n: number | null): string => (n === null ? '–' : n.toFixed(2).replace('.', ','));

function goalPanel(name: string, rows: readonly GoalRow[], chart = true): void {
  if (chart) {
    draw(name, {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.name),
        datasets: [
          { label: 'Utfall', data: rows.map((r) => r.outcome), backgroundColor: COLOURS.teal },
          { label: 'Mål', data: rows.map((r) => r.target), backgroundColor: COLOURS.grey },
        ],
      },
      options: { scales: { y: { beginAtZero: true } } },
    });
  }
  fillTable(
    name,
    ['Mått', 'Utfall', 'Mål', 'Avvikelse'],
    rows.map((r) => {
      const deviation = r.outcome === null || r.target === null ? null : r.outcome - r.target;
      const bad = deviation !== null && (r.lowerIsBetter ? deviation > 0 : deviation < 0);
      return [
        label(r.name),
        cell(`${name}.${r.key}`, r.outcome, r.format(r.outcome)),
        cell(`${name}.${r.key}.target`, r.target, r.format(r.target)),
        cell(`${name}.${r.key}.deviation`, deviation, deviation === null ? '–' : `${deviation > 0 ? '+' : ''}${r.format(deviation)}`, bad),
      ];
    }),
  );
}

async function scorecardAdditions(f: Filters): Promise<void> {
  const q = query(f);
  // The growth index of the cohort whose end year (Y + 1) is the chosen year.
  const cohort = `year=${f.year - 1}${f.region ? `&region=${f.region}` : ''}`;
  const [growth, focusIndex, engagement, equity, sustainability, diversity, municipalities, approvals, targets, cohortTargets] = await Promise.all([
    api<GrowthIndexResponse>(`/figures/growth-index?${cohort}`),
    api<FocusGroupIndexResponse>(`/figures/focus-group-index?${q}`),
    api<EngagementResponse>(`/figures/employee-engagement?${q}`),
    api<FreeEquityResponse>(`/figures/free-equity?${q}`),
    api<SustainabilityResponse>(`/figures/sustainability?${q}`),
    api<DiversityResponse>(`/figures/employee-diversity?${q}`),
    api<MunicipalitiesResponse>(`/figures/municipalities?${q}`),
    api<SpecialAssignmentApprovalsResponse>(`/figures/special-assignment-approvals?${q}`),
    api<TargetsResponse>(`/figures/targets?${q}`),
    api<TargetsResponse>(`/figures/targets?${cohort}`),
  ]);
  const target = (metric: string, fallback: number | null, from = targets) => targetOf(from, metric) ?? fallback;
  goalPanel('growth-index', [
    { key: 'index', name: `Index tillväxt, kohort ${growth.cohortYear}`, outcome: growth.index, target: target('growth_index', 100, cohortTargets), format: decimal },
    {
      key: 'revenue',
      name: `Omsättning ${growth.baseYear}–${growth.endYear} (mot kontrollgrupp)`,
      outcome: growth.revenue.growth,
      target: growth.revenue.control,
      format: percent,
    },
    { key: 'value-added', name: 'Förädlingsvärde (mot kontrollgrupp)', outcome: growth.valueAdded.growth, target: growth.valueAdded.control, format: percent },
    { key: 'survival', name: 'Överlevnad (mot kontrollgrupp)', outcome: growth.survival.rate, target: growth.survival.control, format: percent },
  ]);
  goalPanel('focus-group-index', [
    { key: 'index', name: 'Index fokusgrupper', outcome: focusIndex.index, target: target('focus_group_index', 100), format: decimal },
    ...focusIndex.terms.map((t) => ({
      key: t.attribute,
      name: `Andel ${t.attribute === 'women_led' ? 'kvinnoledda' : t.attribute === 'foreign_background' ? 'utländsk bakgrund' : 'tidiga skeden'} (mot näringslivet)`,
      outcome: t.share,
      target: t.benchmark,
      format: percent,
    })),
  ]);
  goalPanel('engagement', [
    {
      key: 'total-score',
      name: `Totalbetyg ${engagement.year}`,
      outcome: engagement.result?.totalScore ?? null,
      target: target('employee_total_score', engagement.goal),
      format: decimal,
    },
    { key: 'engagement-index', name: 'Engagemangsindex', outcome: engagement.result?.engagementIndex ?? null, target: target('employee_engagement_index', null), format: decimal },
    ...engagement.byRegion.map((r) => ({
      key: `total-score.${r.region}`,
      name: `Totalbetyg ${REGION_NAMES[r.region ?? ''] ?? ''}`,
      outcome: r.totalScore,
      target: engagement.goal,
      format: decimal,
    })),
  ]);
  goalPanel('free-equity', [
    ...equity.quarters.map((x) => ({ key: x.quarter, name: `Månader ${x.quarter}`, outcome: x.months, target: equity.band.min, format: decimal })),
    ...(equity.quarters.length === 0 && equity.atPeriodEnd
      ? [{ key: equity.atPeriodEnd.quarter, name: `Månader ${equity.atPeriodEnd.quarter}`, outcome: equity.atPeriodEnd.months, target: equity.band.min, format: decimal }]
      : []),
  ]);
  goalPanel('sustainability', [
    { key: 'share', name: 'Kundmöten med hållbarhet', outcome: sustainability.share, target: target('sustainability_share', 1), format: percent },
    ...sustainability.byRegion.map((r) => ({
      key: `share.${r.region}`,
      name: `Kundmöten med hållbarhet, ${REGION_NAMES[r.region]}`,
      outcome: r.share,
      target: target('sustainability_share', 1),
      format: percent,
    })),
    { key: 'workshops', name: 'Hållbarhetsworkshoppar', outcome: sustainability.workshops, target: target('sustainability_workshops', null), format: whole },
  ]);
  const d = diversity.result;
  goalPanel('diversity', [
    { key: 'women', name: 'Andel kvinnor', outcome: d?.shares.women ?? null, target: target('employee_women_share', null), format: percent },
    {
      key: 'foreign-background',
      name: 'Andel utländsk bakgrund',
      outcome: d?.shares.foreignBackground ?? null,
      target: target('employee_foreign_background_share', null),
      format: percent,
    },
    { key: 'under-30', name: 'Andel under 30 år', outcome: d?.shares.under30 ?? null, target: target('employee_under_30_share', null), format: percent },
    { key: 'from-50', name: 'Andel 50 år och äldre', outcome: d?.shares.from50 ?? null, target: target('employee_from_50_share', null), format: percent },
  ]);
  fillTable(
    'municipalities',
    ['Kommun', 'Unika kunder', 'Insatser', 'Beviljade lån', 'Nyutlåning', 'Sammanfattning'],
    municipalities.municipalities.map((m) => [
      label(m.municipality),
      cell(`municipalities.${m.municipality}.unique-customers`, m.uniqueCustomers, whole(m.uniqueCustomers)),
      cell(`municipalities.${m.municipality}.interventions`, m.interventions, whole(m.interventions)),
      cell(`municipalities.${m.municipality}.loans-granted`, m.loansGranted, whole(m.loansGranted)),
      cell(`municipalities.${m.municipality}.new-lending`, m.newLendingVolumeOre, kronor(m.newLendingVolumeOre)),
      label(`/figures/municipalities/${m.municipality}/summary?${q}`),
    ]),
  );
  goalPanel(
    'approvals',
    approvals.projects.map((p) => ({
      key: p.projectId,
      name: `${p.name ?? p.projectId}${p.flagged ? ' ⚑' : ''} (${p.approvedOn ?? 'ej fullt godkänt'})`,
      outcome: p.activitiesBeforeApproval,
      target: 0,
      format: whole,
      lowerIsBetter: true,
    })),
    false,
  );
}

async function load(): Promise<void> {
  const f = readFilters();
  const run = ++loading;
  history.replaceState(null, '', `#${query(f)}`);
  document.body.dataset.state = 'loading';
  setStatus('Hämtar siffror … / Loading …');
  try {
    catchingUp = await watchCatchUp();
    seen = undefined;
    const [seeding] = await Promise.all([seedingProgress(), lending(f), targetGroups(f), activity(f), customerTime(f), focus(f), scorecardAdditions(f), projections()]);
    if (run !== loading) return;
    showFreshness();
    document.body.dataset.state = 'ready';
    setStatus(
      `Uppdaterad ${new Date().toLocaleTimeString('sv-SE')} · ${f.quarter === null ? `helår ${f.year}` : `${f.year} kvartal ${f.quarter}`}${f.region ? ` · ${REGION_NAMES[f.region]}` : ''}${seeding}`,
    );
    // While demo data is seeded the figures fill in afterwards: look again shortly.
    if (seeding) setTimeout(() => run === loading && void load(), 5000);
  } catch (error) {
    if (run !== loading) return;
    if (error instanceof ApiError && error.status === 401) return signOut('Token avvisad eller utgången / Token rejected or expired');
    document.body.dataset.state = 'error';
    setStatus(error instanceof Error ? error.message : String(error), true);
  }
}

/** The printable report (or its CSV) for the chosen period, fetched with the token and opened as a file. */
async function openReport(format: 'html' | 'csv'): Promise<void> {
  const f = readFilters();
  const path = f.quarter === null ? `/reports/yearly?${query(f)}` : `/reports/quarterly?${query(f)}`;
  const target = format === 'html' ? window.open('', '_blank') : null;
  const response = await fetch(`${path}&format=${format}`, { credentials: 'same-origin', headers: authorization() });
  if (!response.ok) {
    target?.close();
    setStatus(`Rapporten kunde inte hämtas: ${response.status}`, true);
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  if (target) target.location.href = url;
  else {
    const link = document.createElement('a');
    link.href = url;
    link.download = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'almi-report.csv';
    link.click();
  }
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Who signed in to the web app (GET /auth/me with the session cookie), if anyone did. */
let session: { userId: string; roles: string[] } | null = null;

function signedIn(): void {
  $<HTMLElement>('#sign-in').hidden = true;
  $<HTMLElement>('#dashboard').hidden = false;
  $<HTMLButtonElement>('#sign-out').hidden = false;
  $<HTMLElement>('#who').textContent = session ? `${session.userId} (${session.roles.join(', ')})` : subjectOf(sessionStorage.getItem(TOKEN_KEY) ?? '');
  void load();
}

function signOut(message = ''): void {
  if (session && !sessionStorage.getItem(TOKEN_KEY)) {
    // Signed in through the web app: end that session, then sign in again there.
    void fetch('/auth/logout', { method: 'POST', credentials: 'same-origin', headers: { 'X-Requested-With': 'almi-dashboard' } }).finally(() =>
      window.top?.location.assign('/app/'),
    );
    session = null;
  }
  sessionStorage.removeItem(TOKEN_KEY);
  clearTimeout(catchUpTimer);
  for (const chart of charts.values()) chart.destroy();
  charts.clear();
  document.body.dataset.state = 'signed-out';
  $<HTMLElement>('#sign-in').hidden = false;
  $<HTMLElement>('#dashboard').hidden = true;
  $<HTMLButtonElement>('#sign-out').hidden = true;
  $<HTMLElement>('#who').textContent = '';
  $<HTMLElement>('#sign-in-error').textContent = message;
}

/** Who the token says it is (display only: the api checks the signature). */
function subjectOf(token: string): string {
  try {
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { sub?: string; roles?: string[] };
    return `${payload.sub ?? ''}${payload.roles ? ` (${payload.roles.join(', ')})` : ''}`;
  } catch {
    return '';
  }
}

function start(): void {
  showFilters(filtersFromHash());
  $<HTMLFormElement>('#sign-in-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const token = $<HTMLTextAreaElement>('#token')
      .value.trim()
      .replace(/^Bearer\s+/i, '');
    if (!token) return;
    sessionStorage.setItem(TOKEN_KEY, token);
    $<HTMLTextAreaElement>('#token').value = '';
    $<HTMLElement>('#sign-in-error').textContent = '';
    signedIn();
  });
  $<HTMLButtonElement>('#sign-out').addEventListener('click', () => signOut());
  $<HTMLFormElement>('#filters').addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });
  for (const id of ['#quarter', '#region']) $<HTMLSelectElement>(id).addEventListener('change', () => void load());
  $<HTMLButtonElement>('#print-report').addEventListener('click', () => void openReport('html'));
  $<HTMLButtonElement>('#csv-report').addEventListener('click', () => void openReport('csv'));
  if (sessionStorage.getItem(TOKEN_KEY)) signedIn();
  else
    void fetch('/auth/me', { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then((response) => (response.ok ? (response.json() as Promise<{ userId: string; roles: string[] }>) : null))
      .then((me) => {
        if (!me) return;
        session = me;
        signedIn();
      })
      .catch(() => undefined);
}

start();
