import type { ReportFigure } from '../domain/report-figure.js';
import { formatDeviation, formatOre, formatValue } from './figure-format.js';
import { reportCsv } from './report-csv.js';
import { chooseFormat } from './report-format.js';

const figure = (rest: Partial<ReportFigure>): ReportFigure => ({
  metric: 'granted_volume',
  section: 'loans',
  label: { sv: 'Beviljad volym', en: 'Granted volume' },
  unit: 'ore',
  outcome: null,
  target: null,
  deviation: null,
  deviationPercent: null,
  comment: null,
  ...rest,
});

describe('report formats', () => {
  it('show öre as kronor with thousands separators and two decimals, exactly', () => {
    expect(formatOre(5_000_000, 'sv')).toBe('50\u00a0000,00 kr');
    expect(formatOre(123_456_789_01, 'en')).toBe('SEK 123,456,789.01');
    expect(formatOre(-250_05, 'sv')).toBe('−250,05 kr');
    expect(formatOre(9_007_199_254_740_991, 'en')).toBe('SEK 90,071,992,547,409.91');
  });

  it('show shares as percent and their deviations in percentage points', () => {
    expect(formatValue(0.75, 'share', 'sv')).toBe('75,0 %');
    expect(formatValue(null, 'share', 'en')).toBe('–');
    // Indexes, scores and months: two decimals in the language's form.
    expect(formatValue(97.979, 'number', 'sv')).toBe('97,98');
    expect(formatValue(4.1, 'number', 'en')).toBe('4.10');
    expect(formatDeviation(-0.05, 'share', 'sv')).toBe('−5,0 p.e.');
    expect(formatDeviation(1.5, 'percent', 'en')).toBe('+1.50 pp');
    expect(formatDeviation(1200, 'count', 'sv')).toBe('+1\u00a0200');
  });

  it('write CSV for Swedish Excel: BOM, semicolons, decimal comma, kronor, quoted text and no formulas', () => {
    const csv = reportCsv(
      [
        figure({ outcome: 5_000_000, target: 6_000_000, deviation: -1_000_000, deviationPercent: (-1 / 6) * 100, comment: { comment: '=Två lån; flyttade till "Q2"', recordedBy: 'carl' } }),
        figure({ metric: 'customer_time_share', label: { sv: 'Andel kundtid', en: 'Customer-time share' }, unit: 'share', outcome: 0.75 }),
      ],
      'sv',
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'metric;label;unit;outcome;target;deviation;deviation_pct;comment',
      `granted_volume;Beviljad volym;SEK;50000,00;60000,00;-10000,00;-16,666667;"'=Två lån; flyttade till ""Q2"""`,
      'customer_time_share;Andel kundtid;share;0,75;;;;',
      '',
    ]);
  });

  it('negotiate the format: ?format= first, then the Accept header by preference, else JSON', () => {
    expect(chooseFormat('csv', 'text/html')).toBe('csv');
    expect(chooseFormat(undefined, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')).toBe('html');
    expect(chooseFormat(undefined, 'text/csv;q=0.5, application/json')).toBe('json');
    expect(chooseFormat(undefined, 'text/csv')).toBe('csv');
    expect(chooseFormat(undefined, '*/*')).toBe('json');
    expect(chooseFormat(undefined, undefined)).toBe('json');
    expect(() => chooseFormat('pdf', undefined)).toThrow('format must be one of json, csv, html');
  });
});
