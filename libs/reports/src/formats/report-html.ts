import { createHash } from 'node:crypto';
import type { Freshness } from '#libs/projections';
import type { FigureDifference } from '../domain/report-comparison.js';
import { REPORT_SECTIONS, type ReportFigure, type ReportSection } from '../domain/report-figure.js';
import type { IssuedReport } from '../report/issued-reports.js';
import type { ReportDocument } from '../report/report-document.js';
import { formatDeviation, formatDeviationPercent, formatValue, type Language } from './figure-format.js';

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

type Words = Record<
  | 'organisation'
  | 'quarterly'
  | 'yearly'
  | 'quarter'
  | 'period'
  | 'region'
  | 'bothRegions'
  | 'readModelsAt'
  | 'figure'
  | 'outcome'
  | 'target'
  | 'deviation'
  | 'deviationPercent'
  | 'comment'
  | 'issuedVersion'
  | 'issuedBy'
  | 'computedAt'
  | 'now'
  | 'difference'
  | 'changed'
  | 'comparisonTitle'
  | 'noChanges'
  | 'printHint'
  | 'amountsNote'
  | 'storeHead'
  | 'lag'
  | 'incomplete',
  string
>;

const WORDS: Record<Language, Words> = {
  sv: {
    organisation: 'Almi Företagspartner Mälardalen AB',
    quarterly: 'Kvartalsrapport',
    yearly: 'Årsrapport',
    quarter: 'kvartal',
    period: 'Period',
    region: 'Region',
    bothRegions: 'Västmanland och Örebro län',
    readModelsAt: 'Beräknad från händelser till och med position',
    figure: 'Mått',
    outcome: 'Utfall',
    target: 'Mål',
    deviation: 'Avvikelse',
    deviationPercent: 'Avvikelse %',
    comment: 'Kommentar',
    issuedVersion: 'Utfärdad version',
    issuedBy: 'av',
    computedAt: 'beräknad vid position',
    now: 'Nu',
    difference: 'Skillnad',
    changed: 'Ändrade mått',
    comparisonTitle: 'Rapporterat jämfört med i dag',
    noChanges: 'Inga skillnader mot den utfärdade rapporten.',
    printHint: 'Skriv ut sidan (Ctrl+P / ⌘P) och välj ”Spara som PDF” för en PDF.',
    amountsNote: 'Belopp i kronor. Andelar i procent; avvikelser för andelar i procentenheter (p.e.).',
    storeHead: 'Händelselagrets huvud vid begäran',
    lag: 'Eftersläpning',
    incomplete: 'Ofullständiga siffror: läsmodellerna har ännu inte tagit in alla registrerade händelser. Ladda om sidan om en stund.',
  },
  en: {
    organisation: 'Almi Företagspartner Mälardalen AB',
    quarterly: 'Quarterly report',
    yearly: 'Yearly report',
    quarter: 'quarter',
    period: 'Period',
    region: 'Region',
    bothRegions: 'Västmanland and Örebro County',
    readModelsAt: 'Computed from the events up to position',
    figure: 'Figure',
    outcome: 'Outcome',
    target: 'Target',
    deviation: 'Deviation',
    deviationPercent: 'Deviation %',
    comment: 'Comment',
    issuedVersion: 'Issued version',
    issuedBy: 'by',
    computedAt: 'computed at position',
    now: 'Now',
    difference: 'Difference',
    changed: 'Figures changed',
    comparisonTitle: 'As reported versus today',
    noChanges: 'No differences from the issued report.',
    printHint: 'Print the page (Ctrl+P / ⌘P) and choose “Save as PDF” for a PDF.',
    amountsNote: 'Amounts in SEK. Shares in percent; deviations of shares in percentage points (pp).',
    storeHead: 'Event store head when asked',
    lag: 'Lag',
    incomplete: 'Incomplete figures: the read models have not yet applied every recorded event. Reload the page shortly.',
  },
};

const SECTION_NAMES: Record<ReportSection, Record<Language, string>> = {
  loans: { sv: 'Lån', en: 'Loans' },
  advisory: { sv: 'Kunder och rådgivning', en: 'Customers and advisory' },
  target_groups: { sv: 'Målgrupper (Bredd, Ideal, Spets)', en: 'Target groups (Broad, Ideal, Spearhead)' },
  customer_time: { sv: 'Kundtid', en: 'Customer time' },
  focus_groups: { sv: 'Fokusgrupper', en: 'Focus groups' },
  recommendations: { sv: 'Kundnöjdhet', en: 'Customer satisfaction' },
  special_assignments: { sv: 'Särskilda uppdrag', en: 'Special assignments' },
  mentor_pairs: { sv: 'Mentorpar', en: 'Mentor pairs' },
  goals_financial: { sv: 'Mål: finansiellt perspektiv', en: 'Goals: financial perspective' },
  goals_customer: { sv: 'Mål: kundperspektiv', en: 'Goals: customer perspective' },
  goals_process: { sv: 'Mål: processperspektiv', en: 'Goals: process perspective' },
  goals_employee: { sv: 'Mål: medarbetarperspektiv', en: 'Goals: employee perspective' },
  goals_sustainability: { sv: 'Mål: hållbarhetsperspektiv', en: 'Goals: sustainability perspective' },
  growth_index: { sv: 'Index tillväxt', en: 'Growth index' },
  focus_group_index: { sv: 'Index fokusgrupper', en: 'Focus-group index' },
  employees: { sv: 'Medarbetare: engagemang och mångfald', en: 'Employees: engagement and diversity' },
  free_equity: { sv: 'Fritt eget kapital', en: 'Free equity' },
  sustainability: { sv: 'Hållbarhet i kundmöten', en: 'Sustainability in customer meetings' },
  municipalities: { sv: 'Per kommun', en: 'By municipality' },
  special_assignment_approvals: { sv: 'Särskilda uppdrag: godkännanden', en: 'Special assignments: approvals' },
};

const REGION_NAMES: Record<string, Record<Language, string>> = { vastmanland: { sv: 'Västmanland', en: 'Västmanland' }, orebro: { sv: 'Örebro län', en: 'Örebro County' } };

const STYLE = `
  :root { color-scheme: light; }
  body { font: 11pt/1.4 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #111; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
  header .org { margin: 0; color: #555; font-size: 10pt; letter-spacing: .02em; }
  h1 { font-size: 18pt; margin: .2rem 0 .6rem; }
  h2 { font-size: 13pt; margin: 1.6rem 0 .4rem; border-bottom: 2px solid #0b5394; padding-bottom: .15rem; break-after: avoid; page-break-after: avoid; }
  dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0 0 1rem; font-size: 10pt; }
  dl.meta dt { color: #555; }
  dl.meta dd { margin: 0; }
  table { width: 100%; border-collapse: collapse; font-size: 10pt; table-layout: fixed; }
  th:nth-child(1) { width: 34%; } th:nth-child(2), th:nth-child(3) { width: 14%; } th:nth-child(4) { width: 12%; } th:nth-child(5) { width: 10%; }
  th, td { text-align: left; padding: .25rem .4rem; border-bottom: 1px solid #ddd; vertical-align: top; }
  th { font-weight: 600; border-bottom: 1px solid #999; }
  .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  tr.below td.dev { color: #a40000; }
  tr.changed td { background: #fff4ce; }
  tr.changed td:first-child::after { content: " •"; color: #a15c00; }
  td.comment { font-style: italic; max-width: 18rem; }
  p.stale { border: 2px solid #a40000; background: #fdecea; color: #5f0000; padding: .5rem .75rem; font-weight: 600; }
  footer { margin-top: 2rem; font-size: 9pt; color: #555; }
  @page { size: A4; margin: 14mm 12mm; }
  @media print {
    body { margin: 0; max-width: none; font-size: 9.5pt; }
    .hint { display: none; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    tr.changed td { background: none; font-weight: 600; }
    a { color: inherit; text-decoration: none; }
  }`;

/** The report's one inline stylesheet, allowed by its hash in the Content-Security-Policy (nothing else inline is). */
export const REPORT_STYLE_CSP_SOURCE = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

const title = (doc: Pick<ReportDocument, 'kind' | 'year' | 'quarter'>, w: Words): string =>
  doc.kind === 'quarterly' ? `${w.quarterly} ${doc.year} ${w.quarter} ${doc.quarter}` : `${w.yearly} ${doc.year}`;

const regionName = (region: string | null, lang: Language): string => (region === null ? WORDS[lang].bothRegions : (REGION_NAMES[region]?.[lang] ?? region));

const page = (lang: Language, heading: string, meta: [string, string][], body: string): string => {
  const w = WORDS[lang];
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(heading)} – ${escape(w.organisation)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<p class="org">${escape(w.organisation)}</p>
<h1>${escape(heading)}</h1>
<dl class="meta">
${meta.map(([term, value]) => `<dt>${escape(term)}</dt><dd>${escape(value)}</dd>`).join('\n')}
</dl>
</header>
<main>
${body}
</main>
<footer>
<p>${escape(w.amountsNote)}</p>
<p class="hint">${escape(w.printHint)}</p>
</footer>
</body>
</html>
`;
};

const bySection = <T extends { section: ReportSection }>(rows: readonly T[]): [ReportSection, T[]][] =>
  REPORT_SECTIONS.map((section) => [section, rows.filter((r) => r.section === section)] as [ReportSection, T[]]).filter(([, list]) => list.length > 0);

const dataValue = (value: number | null): string => (value === null ? '' : String(value));

const figureRow = (f: ReportFigure, lang: Language): string => {
  const below = f.deviation !== null && f.deviation < 0 ? ' class="below"' : '';
  return `<tr data-metric="${escape(f.metric)}" data-outcome="${dataValue(f.outcome)}" data-target="${dataValue(f.target)}"${below}>
<td>${escape(f.label[lang])}</td><td class="num">${escape(formatValue(f.outcome, f.unit, lang))}</td><td class="num">${escape(formatValue(f.target, f.unit, lang))}</td><td class="num dev">${escape(
    f.target === null ? '' : formatDeviation(f.deviation, f.unit, lang),
  )}</td><td class="num dev">${escape(f.target === null ? '' : formatDeviationPercent(f.deviationPercent, lang))}</td><td class="comment">${escape(f.comment?.comment ?? '')}</td></tr>`;
};

const documentMeta = (doc: ReportDocument, lang: Language, freshness?: Freshness): [string, string][] => {
  const w = WORDS[lang];
  const position = freshness?.position ?? doc.readModelsAt;
  const lag = freshness ? `${freshness.lagEvents} ${lang === 'sv' ? 'händelser' : 'events'} (${String(freshness.lagSeconds).replace('.', lang === 'sv' ? ',' : '.')} s)` : undefined;
  return [
    [w.period, `${doc.period.from} – ${doc.period.to}`],
    [w.region, regionName(doc.region, lang)],
    ...(position === null ? [] : ([[w.readModelsAt, position]] as [string, string][])),
    ...(freshness ? ([[w.storeHead, freshness.head], [w.lag, lag as string]] as [string, string][]) : []),
  ];
};

/** A warning above the figures when they do not include everything recorded before the request. */
const staleBanner = (lang: Language, freshness?: Freshness): string =>
  freshness && !freshness.complete ? `<p class="stale" role="alert" data-stale="true">${escape(WORDS[lang].incomplete)}</p>\n` : '';

/** The report as a printable page: one table per area, figures with target, deviation and comment. */
export function reportHtml(doc: ReportDocument, lang: Language, freshness?: Freshness): string {
  const w = WORDS[lang];
  const sections = bySection(doc.figures)
    .map(
      ([section, figures]) => `<section data-section="${section}">
<h2>${escape(SECTION_NAMES[section][lang])}</h2>
<table>
<thead><tr><th>${w.figure}</th><th class="num">${w.outcome}</th><th class="num">${w.target}</th><th class="num">${w.deviation}</th><th class="num">${w.deviationPercent}</th><th>${w.comment}</th></tr></thead>
<tbody>
${figures.map((f) => figureRow(f, lang)).join('\n')}
</tbody>
</table>
</section>`,
    )
    .join('\n');
  const actions =
    doc.kind === 'yearly'
      ? `\n<section data-section="significant_actions">
<h2>${escape(lang === 'sv' ? 'Väsentliga åtgärder med anledning av ägaranvisningen' : 'Significant actions taken because of the directive')}</h2>
${doc.significantActions ? doc.significantActions.text.split(/\n{2,}/).map((p) => `<p>${escape(p)}</p>`).join('\n') : `<p class="hint">${escape(lang === 'sv' ? 'Ännu inte skriven av controller.' : 'Not yet written by the controller.')}</p>`}
</section>`
      : '';
  return page(lang, title(doc, w), documentMeta(doc, lang, freshness), staleBanner(lang, freshness) + sections + actions);
}

const side = (value: number | null | undefined, unit: ReportFigure['unit'], lang: Language): string => (value === undefined ? '' : formatValue(value, unit, lang));

const targetChange = (d: FigureDifference, lang: Language): string => {
  const before = d.issued?.target ?? null;
  const now = d.current?.target ?? null;
  if (before === now) return now === null ? '' : formatValue(now, d.unit, lang);
  return `${formatValue(before, d.unit, lang)} → ${formatValue(now, d.unit, lang)}`;
};

/** The issued version beside today's figures, the changed ones marked. */
export function comparisonHtml(issued: IssuedReport, current: ReportDocument, differences: readonly FigureDifference[], lang: Language, freshness?: Freshness): string {
  const w = WORDS[lang];
  const reported = `${w.issuedVersion} ${issued.version}`;
  const changed = differences.filter((d) => d.changed).length;
  const sections = bySection(differences)
    .map(
      ([section, rows]) => `<section data-section="${section}">
<h2>${escape(SECTION_NAMES[section][lang])}</h2>
<table>
<thead><tr><th>${w.figure}</th><th class="num">${escape(reported)}</th><th class="num">${w.now}</th><th class="num">${w.difference}</th><th class="num">${w.target}</th><th>${w.comment}</th></tr></thead>
<tbody>
${rows
  .map(
    (d) => `<tr data-metric="${escape(d.metric)}" data-issued="${dataValue(d.issued?.outcome ?? null)}" data-current="${dataValue(d.current?.outcome ?? null)}"${d.changed ? ' class="changed"' : ''}>
<td>${escape(d.label[lang])}</td><td class="num">${escape(side(d.issued?.outcome, d.unit, lang))}</td><td class="num">${escape(side(d.current?.outcome, d.unit, lang))}</td><td class="num">${escape(
      d.outcomeDifference === null || d.outcomeDifference === 0 ? '' : formatDeviation(d.outcomeDifference, d.unit, lang),
    )}</td><td class="num">${escape(targetChange(d, lang))}</td><td class="comment">${escape(d.current?.comment?.comment ?? d.issued?.comment?.comment ?? '')}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>
</section>`,
    )
    .join('\n');
  const summary = changed === 0 ? `<p>${escape(w.noChanges)}</p>` : '';
  return page(
    lang,
    `${title(current, w)}: ${w.comparisonTitle}`,
    [
      ...documentMeta(current, lang, freshness),
      [reported, `${issued.issuedOn} ${w.issuedBy} ${issued.issuedBy}, ${w.computedAt} ${issued.position}`],
      [w.changed, String(changed)],
    ],
    staleBanner(lang, freshness) + summary + sections,
  );
}
