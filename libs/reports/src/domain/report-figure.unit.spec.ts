import { deviationOf } from './report-figure.js';

describe('a figure’s deviation from its target', () => {
  it('is outcome − target, and that as a percent of the target', () => {
    expect(deviationOf(5, 4)).toStrictEqual({ deviation: 1, deviationPercent: 25 });
    expect(deviationOf(3, 4)).toStrictEqual({ deviation: -1, deviationPercent: -25 });
  });

  it('is zero when the outcome meets the target exactly', () => {
    expect(deviationOf(4, 4)).toStrictEqual({ deviation: 0, deviationPercent: 0 });
  });

  it('has no percent against a target of 0, but still the deviation', () => {
    expect(deviationOf(5, 0)).toStrictEqual({ deviation: 5, deviationPercent: null });
  });

  it('is absent without a target', () => {
    expect(deviationOf(5, null)).toStrictEqual({ deviation: null, deviationPercent: null });
  });

  it('is absent without an outcome (a share of nothing), even against a target', () => {
    expect(deviationOf(null, 4)).toStrictEqual({ deviation: null, deviationPercent: null });
    expect(deviationOf(null, null)).toStrictEqual({ deviation: null, deviationPercent: null });
  });
});
