/** A guarantee (garanti) backs a bank's loan: it is granted like a loan but nothing is paid out. */
export type LoanProductKind = 'loan' | 'guarantee';

export interface LoanProduct {
  readonly name: string;
  readonly kind: LoanProductKind;
  /** Inclusive limits in öre; absent means no limit. */
  readonly minAmountOre?: number;
  readonly maxAmountOre?: number;
}

/** Keyed by a stable product key, which is what events record. */
export type LoanProductCatalogue = Readonly<Record<string, LoanProduct>>;

const SEK = 100;

/** The products of DOMAIN.md. Commands carry the catalogue, so configuration can extend it without code. */
export const defaultLoanProducts = {
  mikrolan: { name: 'Mikrolån', kind: 'loan', maxAmountOre: 200_000 * SEK },
  foretagslan: { name: 'Företagslån', kind: 'loan' },
  innovationslan: { name: 'Innovationslån', kind: 'loan', minAmountOre: 50_000 * SEK, maxAmountOre: 500_000 * SEK },
  grontlan: { name: 'Grönt lån', kind: 'loan' },
  tillvaxtlan: { name: 'Tillväxtlån', kind: 'loan', maxAmountOre: 10_000_000 * SEK },
  exportlan: { name: 'Exportlån', kind: 'loan' },
  garanti: { name: 'Garanti', kind: 'guarantee' },
} as const satisfies LoanProductCatalogue;

export const findLoanProduct = (products: LoanProductCatalogue, key: string): LoanProduct | undefined => (Object.hasOwn(products, key) ? products[key] : undefined);

export const isWithinProductLimits = (product: LoanProduct, amountOre: number): boolean =>
  (product.minAmountOre === undefined || amountOre >= product.minAmountOre) && (product.maxAmountOre === undefined || amountOre <= product.maxAmountOre);
