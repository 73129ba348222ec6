import type { Actor } from '#libs/decider';
import { hasValidLuhnCheckDigit, type OrganisationNumber } from '#libs/customers';
import { given } from '../../../decider/src/testing.js';
import { customerFinancialsDecider, financialsImportDecider, MAX_IMPORT_ROWS, parseFinancialsCsv } from './customer-financials.decider.js';
import type { ImportCustomerFinancials, RecordCustomerFinancials } from './scorecard-inputs.commands.js';
import type { CustomerFinancialsRecorded } from './scorecard-inputs.events.js';

const carl: Actor = { userId: 'carl', roles: ['controller'] };
const A = '5560360793' as OrganisationNumber;
const HEADER = 'organisationsnummer;year;revenue_ore;operating_profit_ore;personnel_costs_ore;active';

describe('customer financials typed in', () => {
  const record = (overrides: Partial<RecordCustomerFinancials['data']> = {}): RecordCustomerFinancials => ({
    type: 'RecordCustomerFinancials',
    data: { customerId: A, year: 2024, revenueOre: 100, operatingProfitOre: 10, personnelCostsOre: 20, active: true, actor: carl, ...overrides },
  });
  const recorded = (overrides: Partial<CustomerFinancialsRecorded['data']> = {}): CustomerFinancialsRecorded => ({
    type: 'CustomerFinancialsRecorded',
    data: { customerId: A, year: 2024, revenueOre: 100, valueAddedOre: 30, operatingProfitOre: 10, personnelCostsOre: 20, active: true, recordedBy: 'carl', ...overrides },
  });

  it.each<[string, Partial<RecordCustomerFinancials['data']>, string, string]>([
    ['a fractional operating profit alone', { operatingProfitOre: 1.5, personnelCostsOre: undefined }, 'operatingProfitOre', 'invalid-operating-profit-ore'],
    ['an operating profit given as text', { operatingProfitOre: '10' as unknown as number, personnelCostsOre: undefined }, 'operatingProfitOre', 'invalid-operating-profit-ore'],
    ['operating profit without personnel costs', { personnelCostsOre: undefined }, 'personnelCostsOre', 'value-added-incomplete'],
    ['personnel costs without operating profit', { operatingProfitOre: undefined }, 'operatingProfitOre', 'value-added-incomplete'],
    ['a value added beyond a safe integer', { operatingProfitOre: Number.MAX_SAFE_INTEGER, personnelCostsOre: 1 }, 'operatingProfitOre', 'invalid-operating-profit-ore'],
  ])('refuse %s', (_, overrides, field, code) => {
    given(customerFinancialsDecider, []).when(record(overrides)).thenRefuses('invalid', code, field);
  });

  it('accept the largest safe value added', () => {
    given(customerFinancialsDecider, [])
      .when(record({ operatingProfitOre: Number.MAX_SAFE_INTEGER - 1, personnelCostsOre: 1 }))
      .then([recorded({ valueAddedOre: Number.MAX_SAFE_INTEGER, operatingProfitOre: Number.MAX_SAFE_INTEGER - 1, personnelCostsOre: 1 })]);
  });

  it.each<[string, Partial<RecordCustomerFinancials['data']>]>([
    ['the revenue', { revenueOre: 101 }],
    ['the operating profit', { operatingProfitOre: 11 }],
    ['the personnel costs', { personnelCostsOre: 21 }],
    ['whether the company is active', { active: false }],
  ])('replace the year’s record when only %s changes', (_, overrides) => {
    const [event] = customerFinancialsDecider.decide(record(overrides), customerFinancialsDecider.initialState());
    given(customerFinancialsDecider, [recorded()]).when(record(overrides)).then([event!]);
    expect(event).not.toStrictEqual(recorded());
  });

  it('keep each year apart: the same figures for another year are recorded', () => {
    given(customerFinancialsDecider, [recorded()])
      .when(record({ year: 2023 }))
      .then([recorded({ year: 2023 })]);
  });
});

describe('financials CSV', () => {
  const row = (cells: string): string => `${HEADER}\n${cells}`;
  const parsed = { customerId: A, year: 2024, revenueOre: 1, valueAddedOre: 2, operatingProfitOre: 1, personnelCostsOre: 1, active: true, line: 2 };

  it('refuse a csv that is not a text', () => {
    expect(() => parseFinancialsCsv(undefined)).toThrow('csv is required');
    expect(() => parseFinancialsCsv(42)).toThrow('csv is required');
  });

  it('refuse a csv of only blanks as missing', () => {
    expect(() => parseFinancialsCsv(' \n ')).toThrow('csv is required');
  });

  it('ignore a byte-order mark at the start, spaces and quotes around header names and cells, and blank lines', () => {
    const csv = `\uFEFF "Organisationsnummer" ; "year";revenue_ore ;operating_profit_ore;personnel_costs_ore;active\n   \n "5560360793" ; 2024 ;"1"; 1;1 ; ja `;
    expect(parseFinancialsCsv(csv)).toStrictEqual([{ ...parsed, line: 3 }]);
  });

  it('refuse a byte-order mark or a quote inside a cell, rather than dropping it', () => {
    expect(() => parseFinancialsCsv(row('5560360793;2024;1\uFEFF0;1;1;ja'))).toThrow('line 2: revenue_ore must be a whole number');
    expect(() => parseFinancialsCsv(row('5560360793;2024;1"0;1;1;ja'))).toThrow('line 2: revenue_ore must be a whole number');
    expect(() => parseFinancialsCsv(row('5560360793;2024;"1"0;1;1;ja'))).toThrow('line 2: revenue_ore must be a whole number');
    expect(() => parseFinancialsCsv(row('5560360793;2024;1"0";1;1;ja'))).toThrow('line 2: revenue_ore must be a whole number');
  });

  it('refuse a header with a quote inside a name', () => {
    expect(() => parseFinancialsCsv(`"organisations"nummer;year;revenue_ore;operating_profit_ore;personnel_costs_ore;active\n5560360793;2024;1;1;1;ja`)).toThrow('line 1');
    expect(() => parseFinancialsCsv(`organisations"nummer";year;revenue_ore;operating_profit_ore;personnel_costs_ore;active\n5560360793;2024;1;1;1;ja`)).toThrow('line 1');
  });

  it.each(['+2024', '2024.0', '2e3', '02024'])('refuse the year %s: four digits only', (year) => {
    expect(() => parseFinancialsCsv(row(`5560360793;${year};1;1;1;ja`))).toThrow('line 2: year must be a year YYYY');
  });

  describe(`hold at most ${MAX_IMPORT_ROWS} rows`, () => {
    /** Valid organisationsnummer: 55 + seven digits + the Luhn check digit. */
    const customers = Array.from({ length: 21 }, (_, i) => {
      const body = `55${String(1_000_000 + i).slice(1)}0`.slice(0, 9);
      const check = [...'0123456789'].find((d) => hasValidLuhnCheckDigit(`${body}${d}`))!;
      return `${body}${check}`;
    });
    const file = (rows: number): string => [HEADER, ...Array.from({ length: rows }, (_, i) => `${customers[Math.floor(i / 1000)]};${1900 + (i % 1000)};;;;ja`)].join('\n');

    it(`accept ${MAX_IMPORT_ROWS} rows`, () => {
      expect(parseFinancialsCsv(file(MAX_IMPORT_ROWS))).toHaveLength(MAX_IMPORT_ROWS);
    });

    it(`refuse the row after ${MAX_IMPORT_ROWS}, with its line`, () => {
      expect(() => parseFinancialsCsv(file(MAX_IMPORT_ROWS + 1))).toThrow(`line ${MAX_IMPORT_ROWS + 2}: a file holds at most ${MAX_IMPORT_ROWS} rows`);
    });
  });
});

describe('financials CSV import', () => {
  const importing = (overrides: Partial<ImportCustomerFinancials['data']> = {}): ImportCustomerFinancials => ({
    type: 'ImportCustomerFinancials',
    data: { importId: 'imp-2', csv: `${HEADER}\n5560360793;2024;;;;nej`, registeredCustomers: new Set([A]), actor: carl, ...overrides },
  });

  it('record an import without a file name', () => {
    given(financialsImportDecider, [])
      .when(importing())
      .then([{ type: 'CustomerFinancialsImported', data: { importId: 'imp-2', rows: [{ customerId: A, year: 2024, active: false, line: 2 }], recordedBy: 'carl' } }]);
  });

  it('refuse a blank file name', () => {
    given(financialsImportDecider, [])
      .when(importing({ fileName: ' ' }))
      .thenRefuses('invalid', 'required', 'fileName');
  });

  it('refuse a csv that is not a text', () => {
    given(financialsImportDecider, [])
      .when(importing({ csv: undefined as unknown as string }))
      .thenRefuses('invalid', 'required', 'csv');
  });
});
