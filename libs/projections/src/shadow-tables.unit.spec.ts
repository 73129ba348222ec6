import { indexShape } from './shadow-tables.js';
import { tableMapper, validateProjections, type Projection } from './projection.js';

const projection = (name: string, tables: string[]): Projection => ({ name, tables, apply: async () => undefined });

describe('matching a shadow index to its live twin', () => {
  it('ignores the index and table names, not what the index covers', () => {
    const live = 'CREATE UNIQUE INDEX "IDX_abc" ON public.loan_volume USING btree (region, quarter) WHERE (open)';
    const shadow = 'CREATE UNIQUE INDEX loan_volume__rebuild_region_quarter_idx ON public.loan_volume__rebuild USING btree (region, quarter) WHERE (open)';
    expect(indexShape(shadow)).toBe(indexShape(live));
    expect(indexShape('CREATE INDEX x ON public.loan_volume USING btree (region, quarter) WHERE (open)')).not.toBe(indexShape(live));
    expect(indexShape('CREATE UNIQUE INDEX x ON public.loan_volume USING btree (region)')).not.toBe(indexShape(live));
  });
});

describe('projection tables', () => {
  it('map to the shadow during a rebuild and refuse tables the projection does not own', () => {
    const table = tableMapper(projection('loan-volume', ['loan_volume']), '__rebuild');
    expect(table('loan_volume')).toBe('loan_volume__rebuild');
    expect(() => table('customers')).toThrow(/not among its tables/);
  });

  it('must be lower snake_case, short enough for the shadow name, and owned by one projection', () => {
    expect(() => validateProjections([projection('a', ['LoanVolume'])])).toThrow(/snake_case/);
    expect(() => validateProjections([projection('a', ['x'.repeat(55)])])).toThrow(/54 characters/);
    expect(() => validateProjections([projection('a', ['loans__rebuild'])])).toThrow(/suffixes/);
    expect(() => validateProjections([projection('a', ['loans']), projection('b', ['loans'])])).toThrow(/owned by both/);
    expect(() => validateProjections([projection('a', ['x']), projection('a', ['y'])])).toThrow(/Two projections/);
    expect(() => validateProjections([projection('a', ['loans']), projection('b', ['loan_volume'])])).not.toThrow();
  });
});
