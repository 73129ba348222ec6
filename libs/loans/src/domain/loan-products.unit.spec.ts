import { defaultLoanProducts, findLoanProduct, isWithinProductLimits } from './loan-products.js';

describe('loan product catalogue', () => {
  it('holds the products of the directive with their limits in öre', () => {
    expect(defaultLoanProducts).toEqual({
      mikrolan: { name: 'Mikrolån', kind: 'loan', maxAmountOre: 20_000_000 },
      foretagslan: { name: 'Företagslån', kind: 'loan' },
      innovationslan: { name: 'Innovationslån', kind: 'loan', minAmountOre: 5_000_000, maxAmountOre: 50_000_000 },
      grontlan: { name: 'Grönt lån', kind: 'loan' },
      tillvaxtlan: { name: 'Tillväxtlån', kind: 'loan', maxAmountOre: 1_000_000_000 },
      exportlan: { name: 'Exportlån', kind: 'loan' },
      garanti: { name: 'Garanti', kind: 'guarantee' },
    });
  });

  it('finds a product by key, and nothing for keys inherited from Object', () => {
    expect(findLoanProduct(defaultLoanProducts, 'mikrolan')?.name).toBe('Mikrolån');
    expect(findLoanProduct(defaultLoanProducts, 'bolan')).toBeUndefined();
    expect(findLoanProduct(defaultLoanProducts, 'toString')).toBeUndefined();
    expect(findLoanProduct(defaultLoanProducts, '__proto__')).toBeUndefined();
  });

  it('applies the limits inclusively', () => {
    const innovation = defaultLoanProducts.innovationslan;
    expect(isWithinProductLimits(innovation, 4_999_999)).toBe(false);
    expect(isWithinProductLimits(innovation, 5_000_000)).toBe(true);
    expect(isWithinProductLimits(innovation, 50_000_000)).toBe(true);
    expect(isWithinProductLimits(innovation, 50_000_001)).toBe(false);
    expect(isWithinProductLimits(defaultLoanProducts.foretagslan, 9_000_000_000)).toBe(true);
  });
});
