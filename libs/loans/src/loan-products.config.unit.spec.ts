import { defaultLoanProducts } from './domain/loan-products.js';
import { loadLoanProducts, parseLoanProducts } from './loan-products.config.js';

describe('loan product configuration', () => {
  it('reads products keyed by product key, with optional limits in öre', () => {
    expect(
      parseLoanProducts({
        startlan: { name: 'Startlån', kind: 'loan', minAmountOre: 1_000_000, maxAmountOre: 25_000_000 },
        borgen: { name: ' Borgen ', kind: 'guarantee' },
      }),
    ).toEqual({
      startlan: { name: 'Startlån', kind: 'loan', minAmountOre: 1_000_000, maxAmountOre: 25_000_000 },
      borgen: { name: 'Borgen', kind: 'guarantee' },
    });
  });

  it.each([
    ['not an object', [], /expected an object/],
    ['a bad key', { 'Start lån': { name: 'x', kind: 'loan' } }, /bad key/],
    ['a prototype key', JSON.parse('{"__proto__": {"name": "x", "kind": "loan"}}'), /bad key/],
    ['no name', { startlan: { kind: 'loan' } }, /needs a name/],
    ['an unknown kind', { startlan: { name: 'Startlån', kind: 'credit' } }, /kind/],
    ['a fractional limit', { startlan: { name: 'Startlån', kind: 'loan', maxAmountOre: 10.5 } }, /whole numbers/],
    ['min above max', { startlan: { name: 'Startlån', kind: 'loan', minAmountOre: 10, maxAmountOre: 5 } }, /minAmountOre above maxAmountOre/],
    ['an unknown field', { startlan: { name: 'Startlån', kind: 'loan', maxAmount: 5 } }, /unknown fields: maxAmount/],
  ])('refuses %s, naming the reason', (_, json, reason) => {
    expect(() => parseLoanProducts(json)).toThrow(reason);
  });

  it('uses the default products when no file is named', async () => {
    expect(await loadLoanProducts(undefined)).toBe(defaultLoanProducts);
  });
});
