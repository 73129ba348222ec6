import { CATALOGUE_FILES, type CatalogueFiles } from '#libs/config';
import type { Provider } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { defaultLoanProducts, type LoanProduct, type LoanProductCatalogue } from './domain/loan-products.js';

/** Injection token of the loan product catalogue (a LoanProductCatalogue) that loan commands carry. */
export const LOAN_PRODUCTS = Symbol('LOAN_PRODUCTS');

const PRODUCT_KEY = /^[a-z][a-z0-9_-]{0,63}$/;

const isLimit = (value: unknown): value is number | undefined => value === undefined || (Number.isSafeInteger(value) && (value as number) >= 0);

/**
 * Checks a product file's content. The file is a JSON object keyed by product key (stored in events:
 * lower-case letters, digits, `-`, `_`), each value a product:
 *
 *   {
 *     "startlan": { "name": "Startlån", "kind": "loan", "minAmountOre": 1000000, "maxAmountOre": 25000000 },
 *     "garanti":  { "name": "Garanti", "kind": "guarantee" }
 *   }
 *
 * `kind` is "loan" or "guarantee" (a guarantee is granted but never disbursed); the limits are
 * inclusive, in öre, and may be left out for no limit.
 */
export function parseLoanProducts(json: unknown, source = 'loan products'): LoanProductCatalogue {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${source}: expected an object keyed by product key`);
  const products: Record<string, LoanProduct> = {};
  for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
    const fail = (reason: string): never => {
      throw new Error(`${source}: product "${key}" ${reason}`);
    };
    if (!PRODUCT_KEY.test(key)) fail('has a bad key: use lower-case letters, digits, - and _');
    if (typeof value !== 'object' || value === null) return fail('must be an object');
    const { name, kind, minAmountOre, maxAmountOre, ...rest } = value as Record<string, unknown>;
    if (Object.keys(rest).length > 0) fail(`has unknown fields: ${Object.keys(rest).join(', ')}`);
    if (typeof name !== 'string' || name.trim() === '') fail('needs a name');
    if (kind !== 'loan' && kind !== 'guarantee') fail('needs kind "loan" or "guarantee"');
    if (!isLimit(minAmountOre) || !isLimit(maxAmountOre)) fail('has limits that are not whole numbers of öre');
    if (minAmountOre !== undefined && maxAmountOre !== undefined && (minAmountOre as number) > (maxAmountOre as number)) fail('has minAmountOre above maxAmountOre');
    products[key] = {
      name: (name as string).trim(),
      kind: kind as LoanProduct['kind'],
      ...(minAmountOre === undefined ? {} : { minAmountOre: minAmountOre as number }),
      ...(maxAmountOre === undefined ? {} : { maxAmountOre: maxAmountOre as number }),
    };
  }
  return products;
}

/** The default products with those of the file (if any) added; a product of the file replaces a default of the same key. */
export async function loadLoanProducts(file: string | undefined): Promise<LoanProductCatalogue> {
  if (!file) return defaultLoanProducts;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`LOAN_PRODUCTS_FILE ${file}: ${(error as Error).message}`);
  }
  return { ...defaultLoanProducts, ...parseLoanProducts(json, `LOAN_PRODUCTS_FILE ${file}`) };
}

/** Read once at start-up from LOAN_PRODUCTS_FILE (the configuration); a bad file stops the start with the reason. */
export const loanProductsProvider: Provider = {
  provide: LOAN_PRODUCTS,
  inject: [{ token: CATALOGUE_FILES, optional: true }],
  useFactory: (files?: CatalogueFiles) => loadLoanProducts(files?.loanProductsFile),
};
