import type { FigureDifference } from '../domain/report-comparison.js';
import type { FigureUnit, ReportFigure } from '../domain/report-figure.js';
import type { Freshness } from '#libs/projections';
import type { Language } from './figure-format.js';

/**
 * CSV for Excel as Swedish users open it: UTF-8 with a byte-order mark (else Excel guesses
 * Windows-1252 and breaks å, ä, ö), ';' between fields and a decimal comma (Swedish Excel's list
 * separator and decimal mark), CRLF line ends, no thousands separators. Money is in kronor with two
 * decimals (unit `SEK`, exact from öre); shares stay fractions 0..1 (Excel shows them as % when
 * formatted so), percents are numbers of percent.
 */
export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';
const EOL = '\r\n';

/** The unit as the CSV states it: money is converted from öre to kronor. */
export const csvUnit = (unit: FigureUnit): string => (unit === 'ore' ? 'SEK' : unit);

/** Kronor with exactly two decimals, from whole öre (a fraction of an öre is rounded first). */
const kronor = (ore: number): string => {
  const whole = Math.round(ore);
  const abs = Math.abs(whole);
  return `${whole < 0 ? '-' : ''}${Math.trunc(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
};

/** A plain number with a decimal comma; fractions rounded to 6 decimals (0.0001 % of a share). */
const decimal = (value: number): string => {
  const rounded = Number.isInteger(value) ? value : Number(value.toFixed(6));
  return String(Object.is(rounded, -0) ? 0 : rounded).replace('.', ',');
};

export const csvNumber = (value: number | null, unit: FigureUnit): string => (value === null ? '' : unit === 'ore' ? kronor(value) : decimal(value));

/**
 * Quotes a field that holds the separator, a quote or a line break; a text that Excel would run as
 * a formula (starting with = + - @ or a tab) is prefixed with an apostrophe first.
 */
export const csvText = (text: string): string => {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

const csv = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  BOM + [header, ...rows].map((fields) => fields.join(CSV_SEPARATOR)).join(EOL) + EOL;

/** One row per figure: metric;label;unit;outcome;target;deviation;deviation_pct;comment. */
export function reportCsv(figures: readonly ReportFigure[], lang: Language): string {
  return csv(
    ['metric', 'label', 'unit', 'outcome', 'target', 'deviation', 'deviation_pct', 'comment'],
    figures.map((f) => [
      csvText(f.metric),
      csvText(f.label[lang]),
      csvUnit(f.unit),
      csvNumber(f.outcome, f.unit),
      csvNumber(f.target, f.unit),
      csvNumber(f.deviation, f.unit),
      csvNumber(f.deviationPercent, 'percent'),
      csvText(f.comment?.comment ?? ''),
    ]),
  );
}

/** The issued report beside today's: one row per figure, with the difference in outcome. */
export function comparisonCsv(differences: readonly FigureDifference[], lang: Language): string {
  return csv(
    ['metric', 'label', 'unit', 'issued_outcome', 'current_outcome', 'difference', 'issued_target', 'current_target', 'issued_comment', 'current_comment', 'changed'],
    differences.map((d) => [
      csvText(d.metric),
      csvText(d.label[lang]),
      csvUnit(d.unit),
      csvNumber(d.issued?.outcome ?? null, d.unit),
      csvNumber(d.current?.outcome ?? null, d.unit),
      csvNumber(d.outcomeDifference, d.unit),
      csvNumber(d.issued?.target ?? null, d.unit),
      csvNumber(d.current?.target ?? null, d.unit),
      csvText(d.issued?.comment?.comment ?? ''),
      csvText(d.current?.comment?.comment ?? ''),
      d.changed ? 'yes' : 'no',
    ]),
  );
}

/**
 * A first line before the header that says what the figures include: a `#`-led line that Excel shows
 * as one row of text and CSV readers that know comments skip. The rest of the file is unchanged.
 */
export function withFreshnessLine(csvBody: string, freshness: Freshness, lang: Language): string {
  const words =
    lang === 'sv'
      ? ['# Läsmodellernas position', 'lagrets huvud vid begäran', 'händelser efter', 'sekunder efter', freshness.complete ? 'komplett' : 'OFULLSTÄNDIG']
      : ['# Read models at position', 'store head when asked', 'events behind', 'seconds behind', freshness.complete ? 'complete' : 'INCOMPLETE'];
  const line = [
    `${words[0]} ${freshness.position}`,
    `${words[1]} ${freshness.head}`,
    `${words[2]} ${freshness.lagEvents}`,
    `${words[3]} ${String(freshness.lagSeconds).replace('.', ',')}`,
    words[4],
  ].join(CSV_SEPARATOR);
  const body = csvBody.startsWith(BOM) ? csvBody.slice(BOM.length) : csvBody;
  return BOM + line + EOL + body;
}
