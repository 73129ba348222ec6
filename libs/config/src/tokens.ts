/** The extra catalogue files (LOAN_PRODUCTS_FILE, ADVISORY_MODULES_FILE), provided by the app module. */
export const CATALOGUE_FILES = Symbol.for('almi.catalogue-files');

export interface CatalogueFiles {
  readonly loanProductsFile?: string;
  readonly advisoryModulesFile?: string;
}
