import { num, type ReadModelSql } from '../../figures.js';
import { calendarQuarter, quarterEndOf, quarterOfDate, quartersEndingWith, yearOf, type CalendarQuarter, type FigureFilter, type Quarter } from '../../period.js';
import { FREE_EQUITY_BAND, type FreeEquityAtQuarterDto, type FreeEquityResponse } from './free-equity.response.js';

/** The last quarter that ends on or before the date. */
const lastQuarterEndedBy = (date: string): CalendarQuarter => {
  const q = calendarQuarter(yearOf(date), quarterOfDate(date));
  if (quarterEndOf(date) === date) return q;
  const index = q.year * 4 + (q.quarter - 1) - 1;
  return calendarQuarter(Math.floor(index / 4), ((index % 4) + 1) as Quarter);
};

/** Free equity in months of operating costs at quarter ends. */
export async function freeEquityFigures(sql: ReadModelSql, filter: FigureFilter): Promise<FreeEquityResponse> {
  const last = lastQuarterEndedBy(filter.period.to);
  const inPeriod: CalendarQuarter[] = [];
  for (let q = last; q.end >= filter.period.from && q.start >= '1900-01-01';) {
    inPeriod.unshift(q);
    const index = q.year * 4 + (q.quarter - 1) - 1;
    q = calendarQuarter(Math.floor(index / 4), ((index % 4) + 1) as Quarter);
  }
  const firstNeeded = quartersEndingWith((inPeriod[0] ?? last).end, 4)[0]!;
  const rows = (await sql.query('SELECT year, quarter, free_equity_ore, operating_costs_ore FROM rm_company_accounts WHERE year * 4 + quarter BETWEEN $1::int AND $2::int', [
    firstNeeded.year * 4 + firstNeeded.quarter,
    last.year * 4 + last.quarter,
  ])) as { year: number; quarter: number; free_equity_ore: string; operating_costs_ore: string }[];
  const at = (q: CalendarQuarter): FreeEquityAtQuarterDto => {
    const own = rows.find((r) => r.year === q.year && r.quarter === q.quarter);
    const four = quartersEndingWith(q.end, 4).map((x) => rows.find((r) => r.year === x.year && r.quarter === x.quarter));
    const costs = four.every((r) => r !== undefined) ? four.reduce((s, r) => s + num(r!.operating_costs_ore), 0) : null;
    const equity = own ? num(own.free_equity_ore) : null;
    const months = equity === null || costs === null || costs === 0 ? null : equity / (costs / 12);
    return {
      quarter: q.label,
      quarterEnd: q.end,
      freeEquityOre: equity,
      operatingCostsOre: costs,
      months,
      withinBand: months === null ? null : months >= FREE_EQUITY_BAND.min && months <= FREE_EQUITY_BAND.max,
    };
  };
  return {
    period: filter.period,
    region: null,
    band: FREE_EQUITY_BAND,
    atPeriodEnd: last.end >= '1900-01-01' ? at(last) : null,
    quarters: inPeriod.map(at),
  };
}
