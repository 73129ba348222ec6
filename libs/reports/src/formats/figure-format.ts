import type { FigureUnit } from '../domain/report-figure.js';

export type Language = 'sv' | 'en';
export const LANGUAGES: readonly Language[] = ['sv', 'en'];

const GROUPING: Record<Language, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
};
/** U+2212, the typographic minus, in both languages. */
const MINUS = '−';
const DECIMAL: Record<Language, string> = { sv: ',', en: '.' };

/** A whole number with thousands separators (a no-break space in Swedish, a comma in English). */
export const formatWhole = (value: number, lang: Language): string => (value < 0 ? MINUS : '') + GROUPING[lang].format(Math.abs(value));

/** Fixed decimals with the language's decimal mark, and thousands separators on the whole part. */
export const formatDecimal = (value: number, decimals: number, lang: Language): string => {
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split('.');
  const negative = value < 0 && Number(Math.abs(value).toFixed(decimals)) !== 0;
  return (negative ? MINUS : '') + GROUPING[lang].format(Number(whole)) + (fraction ? DECIMAL[lang] + fraction : '');
};

/**
 * Öre as kronor with two decimals, computed on integers so no float rounding creeps in:
 * 5 000 000 öre is "50 000,00 kr" in Swedish and "SEK 50,000.00" in English. A fraction of an öre
 * (a mean balance) is rounded to the nearest öre first.
 */
export const formatOre = (ore: number, lang: Language): string => {
  const whole = Math.round(ore);
  const abs = Math.abs(whole);
  const kronor = Math.trunc(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  const sign = whole < 0 ? MINUS : '';
  const amount = `${GROUPING[lang].format(kronor)}${DECIMAL[lang]}${rest}`;
  return lang === 'sv' ? `${sign}${amount} kr` : `${sign}SEK ${amount}`;
};

/** A figure's value in its unit, for people: shares as percent with one decimal. */
export const formatValue = (value: number | null, unit: FigureUnit, lang: Language): string => {
  if (value === null) return '–';
  switch (unit) {
    case 'ore':
      return formatOre(value, lang);
    case 'count':
      return Number.isInteger(value) ? formatWhole(value, lang) : formatDecimal(value, 2, lang);
    case 'minutes':
      return `${formatWhole(value, lang)} min`;
    case 'share':
      return `${formatDecimal(value * 100, 1, lang)} %`;
    case 'percent':
      return `${formatDecimal(value, 2, lang)} %`;
    case 'number':
      return formatDecimal(value, 2, lang);
    default: {
      const exhaustive: never = unit;
      return exhaustive;
    }
  }
};

/** A deviation (or a difference) in the figure's unit, signed; a share's in percentage points. */
export const formatDeviation = (value: number | null, unit: FigureUnit, lang: Language): string => {
  if (value === null) return '–';
  const plus = value > 0 ? '+' : '';
  switch (unit) {
    case 'share':
      return `${plus}${formatDecimal(value * 100, 1, lang)} ${lang === 'sv' ? 'p.e.' : 'pp'}`;
    case 'percent':
      return `${plus}${formatDecimal(value, 2, lang)} ${lang === 'sv' ? 'p.e.' : 'pp'}`;
    default:
      return plus + formatValue(value, unit, lang);
  }
};

export const formatDeviationPercent = (value: number | null, lang: Language): string =>
  value === null ? '–' : `${value > 0 ? '+' : ''}${formatDecimal(value, 1, lang)} %`;
