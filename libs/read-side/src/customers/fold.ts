/**
 * Search folding: lower case, accents and Swedish letters to their base letter (å, ä → a; ö, ø → o;
 * é → e; ü → u), æ → ae, ß → ss. The same function folds the stored names and the query.
 */
export const fold = (text: string): string => text.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');

/** The words a name is found by: its folded letters and digits, split at everything else. */
export const searchWords = (text: string): string[] => [
  ...new Set(
    fold(text)
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  ),
];

/** A query of digits with optional hyphen and spaces searches the organisationsnummer; anything else the name's words. */
export type CustomerSearch = { readonly kind: 'number'; readonly digits: string } | { readonly kind: 'name'; readonly prefixes: string[] } | { readonly kind: 'none' };

export function parseCustomerSearch(q: string | undefined): CustomerSearch {
  const text = (q ?? '').trim();
  if (!text) return { kind: 'none' };
  if (/^[\d\s-]+$/.test(text)) return { kind: 'number', digits: text.replace(/\D/g, '') };
  const prefixes = searchWords(text);
  return prefixes.length ? { kind: 'name', prefixes: prefixes.slice(0, 8) } : { kind: 'none' };
}
