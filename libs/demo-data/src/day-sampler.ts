import type { BusinessDate } from '#libs/decider';
import { monthOf, workingDays } from './calendar.js';
import type { Prng } from './prng.js';

/** How busy each month is: July is holiday, June and December thin out, autumn is busiest. */
export const MONTH_ACTIVITY = [0.9, 1.0, 1.1, 1.0, 1.05, 0.85, 0.3, 0.8, 1.15, 1.15, 1.1, 0.7] as const;

/** Draws working days of a period, each weighted by how busy its month is. */
export class DaySampler {
  private readonly days: BusinessDate[];
  private readonly cumulative: number[];

  constructor(from: BusinessDate, to: BusinessDate, weight: (date: BusinessDate) => number = (date) => MONTH_ACTIVITY[monthOf(date) - 1]) {
    this.days = workingDays(from, to);
    let total = 0;
    this.cumulative = this.days.map((day) => (total += weight(day)));
  }

  get size(): number {
    return this.days.length;
  }

  /** The weighted number of working days, for turning a yearly volume into a count. */
  get totalWeight(): number {
    return this.cumulative.at(-1) ?? 0;
  }

  sample(random: Prng): BusinessDate {
    const point = random.next() * this.totalWeight;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle] > point) high = middle;
      else low = middle + 1;
    }
    return this.days[low];
  }
}

/** The weighted working days of an average year (for yearly volumes): about 250 days × their month weights. */
export const WEIGHTED_DAYS_PER_YEAR = MONTH_ACTIVITY.reduce((sum, w) => sum + w * 21, 0);
