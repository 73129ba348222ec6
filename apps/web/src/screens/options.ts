import type { TextKey } from '../i18n';

export const REGIONS = [
  ['vastmanland', 'Västmanland'],
  ['orebro', 'Örebro'],
] as const;
export const PHASES = [
  ['early_stage', 'Tidig fas / Early stage'],
  ['growth', 'Tillväxt / Growth'],
  ['established', 'Etablerad / Established'],
] as const;
export const GROUPS = [
  ['bredd', 'Bredd'],
  ['ideal', 'Ideal'],
  ['spets', 'Spets'],
] as const;
/** The default delivery modules (libs/advisory/src/domain/advisory-modules.ts); the api refuses unknown ones. */
export const MODULES = [
  ['behovssamtal', 'Behovssamtal'],
  ['affarsutveckling', 'Affärsutveckling'],
  ['framtidsdialog', 'Framtidsdialog'],
  ['hallbarhetsworkshop', 'Hållbarhetsworkshop'],
  ['internationalisering_een', 'Internationalisering/EEN'],
  ['mentor_starta_foretag', 'Mentor Starta Företag'],
  ['mentor_utveckla_foretag', 'Mentor Utveckla Företag'],
] as const;
export const PROGRAMMES = [
  ['mentor_starta_foretag', 'Mentor Starta Företag'],
  ['mentor_utveckla_foretag', 'Mentor Utveckla Företag'],
] as const;
/** The loan products (libs/loans/src/domain/loan-products.ts). */
export const PRODUCTS = [
  ['mikrolan', 'Mikrolån'],
  ['foretagslan', 'Företagslån'],
  ['innovationslan', 'Innovationslån'],
  ['grontlan', 'Grönt lån'],
  ['tillvaxtlan', 'Tillväxtlån'],
  ['exportlan', 'Exportlån'],
  ['garanti', 'Garanti'],
] as const;
export const STATUSES = ['applied', 'granted', 'approved', 'active', 'written_off', 'closed', 'rejected'] as const;
export const STATUS_TEXT: Record<(typeof STATUSES)[number], readonly [string, string]> = {
  applied: ['Väntar på beslut', 'Awaiting decision'],
  granted: ['Beviljat, väntar på godkännande', 'Granted, awaiting approval'],
  approved: ['Godkänt, att betala ut', 'Approved, to disburse'],
  active: ['Aktivt', 'Active'],
  written_off: ['Avskrivet', 'Written off'],
  closed: ['Avslutat', 'Closed'],
  rejected: ['Avslag', 'Rejected'],
};
export const YES_NO = (t: (k: TextKey) => string) =>
  [
    ['unknown', t('unknown')],
    ['yes', t('yes')],
    ['no', t('no')],
  ] as const;
