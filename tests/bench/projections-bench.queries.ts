import { performance } from 'node:perf_hooks';

/** One figure route with one set of parameters. */
export interface QueryCase {
  /** Name in the table and the RESULT line: the route and its parameters. */
  readonly name: string;
  readonly path: string;
}

const ROUTES = [
  'loan-volume',
  'unique-customers',
  'target-groups',
  'customer-time',
  'focus-groups',
  'recommendations',
  'special-assignments',
  'mentor-pairs',
  'targets',
] as const;

/** Every figure route for a year, a quarter of it and one region's year: what the owners ask most. */
export function queryCases(year: number): QueryCase[] {
  const variants: readonly string[] = [`year=${year}`, `year=${year}&quarter=2`, `year=${year}&region=orebro`];
  return ROUTES.flatMap((route) => variants.map((query) => ({ name: `${route}?${query}`, path: `/figures/${route}?${query}` })));
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
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

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
  path: string,
  options: { readonly requests: number; readonly warmup: number; readonly slice: number },
): Promise<Latency[]> {
  for (let i = 0; i < options.warmup; i++) for (const target of targets) await request(target, path);
  const times = targets.map((): number[] => []);
  for (let done = 0; done < options.requests; done += options.slice) {
    const count = Math.min(options.slice, options.requests - done);
    for (const [t, target] of targets.entries()) {
      for (let i = 0; i < count; i++) {
        const started = performance.now();
        await request(target, path);
        times[t].push(performance.now() - started);
      }
    }
  }
  return times.map(latencyOf);
}
