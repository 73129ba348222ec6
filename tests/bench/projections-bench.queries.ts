import { performance } from 'node:perf_hooks';

/** One figure route with one set of parameters. */
export interface QueryCase {
  /** Name in the table and the RESULT line: the route and its parameters. */
  readonly name: string;
  readonly path: string;
}

const ROUTES = ['loan-volume', 'unique-customers', 'target-groups', 'customer-time', 'focus-groups', 'recommendations', 'special-assignments', 'mentor-pairs', 'targets'] as const;

/** Every figure route for a year, a quarter of it and one region's year: what the owners ask most. */
export function queryCases(year: number): QueryCase[] {
  const variants: readonly string[] = [`year=${year}`, `year=${year}&quarter=2`, `year=${year}&region=orebro`];
  return ROUTES.flatMap((route) => variants.map((query) => ({ name: `${route}?${query}`, path: `/figures/${route}?${query}` })));
}

type SqlOn = (text: string) => Promise<Record<string, unknown>[]>;

/**
 * The working roles' read routes (issue 9) on one database, with ids and terms taken from its read
 * models (the two histories differ): customer search by a name prefix and by the beginning of an
 * organisationsnummer, the customer with the most sessions with its timeline, loans by status, the
 * loan with the most events, one employee's month of time entries. Names are the same on both.
 */
export async function readRouteCases(sql: SqlOn, year: number): Promise<QueryCase[]> {
  const one = async (text: string): Promise<string> => {
    const [row] = await sql(text);
    if (!row) throw new Error(`no sample for the read routes: ${text}`);
    return String(Object.values(row)[0]);
  };
  const name = await one(`SELECT sort_name FROM rm_customer_directory ORDER BY customer_id OFFSET (SELECT count(*) / 2 FROM rm_customer_directory) LIMIT 1`);
  const number = await one(`SELECT customer_id FROM rm_customer_directory ORDER BY customer_id OFFSET (SELECT count(*) / 3 FROM rm_customer_directory) LIMIT 1`);
  const busiest = await one(`SELECT customer_id FROM rm_advisory_sessions GROUP BY customer_id ORDER BY count(*) DESC, customer_id LIMIT 1`);
  const loan = await one(`SELECT loan_id FROM rm_loan_book_events GROUP BY loan_id ORDER BY count(*) DESC, loan_id LIMIT 1`);
  const month = `${year}-03`;
  const employee = await one(
    `SELECT employee_id FROM rm_time_daily WHERE worked_on BETWEEN '${month}-01' AND '${month}-31' GROUP BY employee_id ORDER BY count(*) DESC, employee_id LIMIT 1`,
  );
  const prefix = encodeURIComponent(name.split(' ')[0]!.slice(0, 3));
  return [
    { name: 'customers_search_name', path: `/customers?q=${prefix}` },
    { name: 'customers_search_number', path: `/customers?q=${number.slice(0, 6)}-${number.slice(6, 8)}` },
    { name: 'customer_detail_timeline', path: `/customers/${busiest}` },
    { name: 'loans_by_status', path: '/loans?status=active' },
    { name: 'loans_awaiting_my_approval', path: '/loans/worklists/awaiting-my-approval' },
    { name: 'loan_detail', path: `/loans/${encodeURIComponent(loan)}?on=${year}-06-30` },
    { name: 'time_entries_month', path: `/time-entries?employee=${encodeURIComponent(employee)}&from=${month}-01&to=${month}-31` },
  ];
}

export interface Target {
  readonly baseUrl: string;
  readonly token: string;
}

/** One request; throws unless the api answers 200 with a JSON body. */
export async function request(target: Target, path: string): Promise<void> {
  const response = await fetch(target.baseUrl + path, { headers: { authorization: `Bearer ${target.token}` } });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${body.slice(0, 300)}`);
}

export interface Latency {
  readonly p50: number;
  readonly p99: number;
  readonly count: number;
}

/** The nearest-rank percentile of sorted values. */
export const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

const latencyOf = (times: number[]): Latency => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), count: sorted.length };
};

/**
 * Times `requests` sequential requests of one case against each target, after `warmup` each. The
 * targets take turns in slices of `slice` requests, so a burst of noise on a shared machine
 * falls on both rather than on one.
 */
export async function measureCase(
  targets: readonly Target[],
  /** One path for every target, or one per target. */
  paths: string | readonly string[],
  options: { readonly requests: number; readonly warmup: number; readonly slice: number },
): Promise<Latency[]> {
  const pathOf = (t: number): string => (typeof paths === 'string' ? paths : paths[t]!);
  for (let i = 0; i < options.warmup; i++) for (const [t, target] of targets.entries()) await request(target, pathOf(t));
  const times = targets.map((): number[] => []);
  for (let done = 0; done < options.requests; done += options.slice) {
    const count = Math.min(options.slice, options.requests - done);
    for (const [t, target] of targets.entries()) {
      for (let i = 0; i < count; i++) {
        const started = performance.now();
        await request(target, pathOf(t));
        times[t].push(performance.now() - started);
      }
    }
  }
  return times.map(latencyOf);
}
