import { refuse } from '#libs/decider';
import { LANGUAGES, type Language } from './figure-format.js';

export const REPORT_FORMATS = ['json', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const MEDIA_TYPES: Record<string, ReportFormat> = {
  'application/json': 'json',
  'text/csv': 'csv',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
};

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/**
 * `?format=` wins; otherwise the Accept header's most preferred of JSON, CSV and HTML (by q, then
 * by order); JSON when it names none of them (`*∕*`, absent). A browser asks for HTML first.
 */
export function chooseFormat(format: unknown, accept: unknown): ReportFormat {
  if (format !== undefined && format !== '') {
    return (REPORT_FORMATS as readonly unknown[]).includes(format)
      ? (format as ReportFormat)
      : refuse('invalid', 'invalid-format', `format must be one of ${REPORT_FORMATS.join(', ')}`, 'format');
  }
  if (typeof accept !== 'string' || accept.trim() === '') return 'json';
  const ranked = accept
    .split(',')
    .map((part, index) => {
      const [type = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
      const q = params.find((p) => p.startsWith('q='));
      return { format: MEDIA_TYPES[type], q: q === undefined ? 1 : Number(q.slice(2)), index };
    })
    .filter((r): r is { format: ReportFormat; q: number; index: number } => r.format !== undefined && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.format ?? 'json';
}

/** `?lang=sv|en` for the labels of CSV and HTML (JSON carries both); Swedish by default. */
export function chooseLanguage(lang: unknown): Language {
  if (lang === undefined || lang === '') return 'sv';
  return (LANGUAGES as readonly unknown[]).includes(lang) ? (lang as Language) : refuse('invalid', 'invalid-lang', 'lang must be sv or en', 'lang');
}
