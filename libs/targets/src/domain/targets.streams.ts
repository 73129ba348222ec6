export const targetsStream = (year: number): string => `targets-${year}`;

export const benchmarksStream = (year: number): string => `benchmarks-${year}`;

export const reportCommentsStream = (year: number): string => `report-comments-${year}`;
