/**
 * Customer financials: one stream per customer, `customer-financials-<customerId>`, and one per CSV
 * import, `financials-import-<importId>`.
 * Invariants:
 * - a controller or an admin enters financials;
 * - a year's financials say whether the company was active at the year's end, and may give revenue
 *   (öre, ≥ 0) and value added = operating profit + personnel costs (both or neither; personnel
 *   costs ≥ 0, operating profit may be negative);
 * - a later record for the same customer and year replaces the earlier; the same values again emit nothing;
 * - a CSV import is recorded whole or not at all: the first bad row is refused with its line number;
 *   every row's customer must be registered; a customer and year appear once per file; an import id is used once.
 */
import { assertNever, authorise, refuse, requireBoolean, requireNonNegativeInteger, requireText, requireYear, type Decider } from '#libs/decider';
import { requireOrganisationNumber } from '#libs/customers';
import type { CustomerFinancialsCommand, FinancialsImportCommand } from './scorecard-inputs.commands.js';
import type { CustomerFinancialsEvent, FinancialsImportEvent, FinancialsRow } from './scorecard-inputs.events.js';

const requireSafeInteger = (value: unknown, field: string): number =>
  // Number.isSafeInteger is false for anything but a number.
  Number.isSafeInteger(value)
    ? (value as number)
    : refuse('invalid', `invalid-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, `${field} must be a whole number of öre`, field);

/** The checks a row passes whether typed in or imported. */
export function validFinancials(input: {
  customerId: unknown;
  year: unknown;
  revenueOre?: unknown;
  operatingProfitOre?: unknown;
  personnelCostsOre?: unknown;
  active: unknown;
}): FinancialsRow {
  const customerId = requireOrganisationNumber(input.customerId);
  const year = requireYear(input.year);
  const revenueOre = input.revenueOre === undefined ? undefined : requireNonNegativeInteger(input.revenueOre, 'revenueOre');
  const operatingProfitOre = input.operatingProfitOre === undefined ? undefined : requireSafeInteger(input.operatingProfitOre, 'operatingProfitOre');
  const personnelCostsOre = input.personnelCostsOre === undefined ? undefined : requireNonNegativeInteger(input.personnelCostsOre, 'personnelCostsOre');
  const valueAddedOre =
    operatingProfitOre === undefined && personnelCostsOre === undefined
      ? undefined
      : operatingProfitOre !== undefined && personnelCostsOre !== undefined
        ? operatingProfitOre + personnelCostsOre
        : refuse(
            'invalid',
            'value-added-incomplete',
            'Value added is operating profit + personnel costs: give both or neither',
            operatingProfitOre === undefined ? 'operatingProfitOre' : 'personnelCostsOre',
          );
  const active = requireBoolean(input.active, 'active');
  if (valueAddedOre !== undefined && !Number.isSafeInteger(valueAddedOre)) refuse('invalid', 'invalid-operating-profit-ore', 'Value added is out of range', 'operatingProfitOre');
  return {
    customerId,
    year,
    ...(revenueOre === undefined ? {} : { revenueOre }),
    ...(valueAddedOre === undefined ? {} : { valueAddedOre, operatingProfitOre, personnelCostsOre }),
    active,
  };
}

const sameFinancials = (a: FinancialsRow | undefined, b: FinancialsRow): boolean =>
  a !== undefined && a.revenueOre === b.revenueOre && a.operatingProfitOre === b.operatingProfitOre && a.personnelCostsOre === b.personnelCostsOre && a.active === b.active;

export interface CustomerFinancialsState {
  readonly byYear: ReadonlyMap<number, FinancialsRow>;
}

export const customerFinancialsDecider: Decider<CustomerFinancialsCommand, CustomerFinancialsEvent, CustomerFinancialsState> = {
  initialState: () => ({ byYear: new Map() }),
  decide(command, state) {
    switch (command.type) {
      case 'RecordCustomerFinancials': {
        const { actor, ...input } = command.data;
        authorise(actor, ['controller', 'admin']);
        const row = validFinancials(input);
        if (sameFinancials(state.byYear.get(row.year), row)) return [];
        return [{ type: 'CustomerFinancialsRecorded', data: { ...row, recordedBy: actor.userId } }];
      }
      // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
      default:
        return assertNever(command.type);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'CustomerFinancialsRecorded': {
        const { recordedBy: _, ...row } = event.data;
        return { byYear: new Map(state.byYear).set(row.year, row) };
      }
      // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
      default:
        return assertNever(event.type);
    }
  },
};

/** The CSV columns, in order, as the header names them. */
export const FINANCIALS_CSV_COLUMNS = ['organisationsnummer', 'year', 'revenue_ore', 'operating_profit_ore', 'personnel_costs_ore', 'active'] as const;
export const MAX_IMPORT_ROWS = 20_000;

const ACTIVE_WORDS: Record<string, boolean> = { yes: true, ja: true, true: true, '1': true, no: false, nej: false, false: false, '0': false };

const badRow = (line: number, reason: string): never => refuse('invalid', 'invalid-csv-row', `line ${line}: ${reason}`, 'csv');

const integerCell = (cell: string, line: number, column: string): number | undefined => {
  if (cell === '') return undefined;
  if (!/^-?\d{1,16}$/.test(cell)) return badRow(line, `${column} must be a whole number of öre, or empty when unknown`);
  return Number(cell);
};

/**
 * Parses a financials CSV file: a header line with FINANCIALS_CSV_COLUMNS (separated by , or ;), then
 * one row per organisationsnummer and year. Empty lines are skipped; line numbers count every line
 * from 1 (the header). The first bad row refuses the whole file, naming its line.
 */
export function parseFinancialsCsv(csv: unknown): (FinancialsRow & { line: number })[] {
  if (typeof csv !== 'string' || csv.trim() === '') return refuse('invalid', 'required', 'csv is required', 'csv');
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerLine = lines[0] ?? '';
  const separator = headerLine.includes(';') ? ';' : ',';
  const header = headerLine.split(separator).map((h) => h.trim().toLowerCase().replace(/^"|"$/g, ''));
  if (header.join(',') !== FINANCIALS_CSV_COLUMNS.join(',')) {
    refuse('invalid', 'invalid-csv-header', `line 1: the header must be ${FINANCIALS_CSV_COLUMNS.join(separator)}`, 'csv');
  }
  const rows: (FinancialsRow & { line: number })[] = [];
  const seen = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const line = i + 1;
    const text = lines[i]!;
    if (text.trim() === '') continue;
    const cells = text.split(separator).map((c) => c.trim().replace(/^"|"$/g, ''));
    if (cells.length !== FINANCIALS_CSV_COLUMNS.length) badRow(line, `expected ${FINANCIALS_CSV_COLUMNS.length} columns, found ${cells.length}`);
    const [orgNo, yearCell, revenue, profit, personnel, activeCell] = cells as [string, string, string, string, string, string];
    const active = ACTIVE_WORDS[activeCell.toLowerCase()];
    if (active === undefined) badRow(line, 'active must be yes or no');
    if (!/^\d{4}$/.test(yearCell)) badRow(line, 'year must be a year YYYY');
    const revenueOre = integerCell(revenue, line, 'revenue_ore');
    const operatingProfitOre = integerCell(profit, line, 'operating_profit_ore');
    const personnelCostsOre = integerCell(personnel, line, 'personnel_costs_ore');
    let row: FinancialsRow;
    try {
      row = validFinancials({ customerId: orgNo, year: Number(yearCell), revenueOre, operatingProfitOre, personnelCostsOre, active });
    } catch (error) {
      return badRow(line, error instanceof Error ? error.message : String(error));
    }
    const key = `${row.customerId}/${row.year}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) badRow(line, `${row.customerId} ${row.year} is already on line ${earlier}`);
    seen.set(key, line);
    rows.push({ ...row, line });
    if (rows.length > MAX_IMPORT_ROWS) badRow(line, `a file holds at most ${MAX_IMPORT_ROWS} rows`);
  }
  if (rows.length === 0) refuse('invalid', 'csv-without-rows', 'The file has a header but no rows', 'csv');
  return rows;
}

export interface FinancialsImportState {
  readonly imported: boolean;
}

export const financialsImportDecider: Decider<FinancialsImportCommand, FinancialsImportEvent, FinancialsImportState> = {
  initialState: () => ({ imported: false }),
  decide(command, state) {
    switch (command.type) {
      case 'ImportCustomerFinancials': {
        const { data } = command;
        authorise(data.actor, ['controller', 'admin']);
        const importId = requireText(data.importId, 'importId');
        const fileName = data.fileName === undefined ? undefined : requireText(data.fileName, 'fileName');
        const rows = parseFinancialsCsv(data.csv);
        const unknown = rows.find((r) => !data.registeredCustomers.has(r.customerId));
        if (unknown) badRow(unknown.line, `no customer ${unknown.customerId} is registered`);
        if (state.imported) refuse('conflict', 'import-already-recorded', `Import ${importId} is already recorded`);
        return [{ type: 'CustomerFinancialsImported', data: { importId, ...(fileName === undefined ? {} : { fileName }), rows, recordedBy: data.actor.userId } }];
      }
      // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
      default:
        return assertNever(command.type);
    }
  },
  evolve(_state, event) {
    switch (event.type) {
      case 'CustomerFinancialsImported':
        return { imported: true };
      // Stryker disable next-line all: the default of an exhaustive switch, unreachable by type (assertNever)
      default:
        return assertNever(event.type);
    }
  },
};
