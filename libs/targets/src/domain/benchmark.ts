/** The focus-group attributes a region's benchmark share is entered for. */
export const BENCHMARK_ATTRIBUTES = ['women_led', 'foreign_background', 'early_stage'] as const;
export type BenchmarkAttribute = (typeof BENCHMARK_ATTRIBUTES)[number];

/** What the share is of: the region's business population, or its new businesses. */
export const BENCHMARK_POPULATIONS = ['business_population', 'new_businesses'] as const;
export type BenchmarkPopulation = (typeof BENCHMARK_POPULATIONS)[number];
