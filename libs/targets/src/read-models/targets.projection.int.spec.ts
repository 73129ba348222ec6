import { readModelFixture, type ReadModelFixture } from '../../../composition/src/testing/read-model-fixture.js';
import type { BenchmarksEvent, ReportCommentsEvent, TargetsEvent } from '../domain/targets.events.js';
import { benchmarksStream, reportCommentsStream, targetsStream } from '../domain/targets.streams.js';
import { targetsProjection } from './targets.projection.js';

const target = (data: Omit<TargetsEvent['data'], 'setBy'>): TargetsEvent => ({ type: 'TargetSet', data: { ...data, setBy: 'ctrl-carl' } });
const benchmark = (data: Omit<BenchmarksEvent['data'], 'setBy'>): BenchmarksEvent => ({ type: 'BenchmarkSet', data: { ...data, setBy: 'ctrl-carl' } });
const comment = (data: ReportCommentsEvent['data']): ReportCommentsEvent => ({ type: 'DeviationCommentRecorded', data });

describe('targets projection', () => {
  let fx: ReadModelFixture;
  const projection = targetsProjection();
  beforeEach(async () => {
    fx = await readModelFixture('targets_rm');
  });
  afterEach(async () => {
    await fx.dispose();
  });

  async function appendScorecardInputs(between: () => Promise<void> = async () => undefined): Promise<void> {
    await fx.append(targetsStream(2026), [
      target({ year: 2026, metric: 'loans_granted', unit: 'count', value: 120 }),
      target({ year: 2026, quarter: 2, region: 'orebro', metric: 'loans_granted', unit: 'count', value: 14 }),
      target({ year: 2026, metric: 'customer_time_share', unit: 'share', value: 0.8 }),
    ]);
    await fx.append(benchmarksStream(2026), [benchmark({ year: 2026, region: 'vastmanland', attribute: 'women_led', population: 'business_population', share: 0.31 })]);
    await fx.append(reportCommentsStream(2026), [
      comment({ year: 2026, quarter: 2, region: 'orebro', metric: 'loans_granted', comment: 'Två stora ärenden flyttades till Q3', recordedBy: 'ctrl-carl' }),
    ]);
    await between();
    // Replacements: the year target raised twice in one batch, the benchmark and the comment revised.
    await fx.append(targetsStream(2026), [
      target({ year: 2026, metric: 'loans_granted', unit: 'count', value: 125 }),
      target({ year: 2026, metric: 'loans_granted', unit: 'count', value: 130 }),
    ]);
    await fx.append(benchmarksStream(2026), [benchmark({ year: 2026, region: 'vastmanland', attribute: 'women_led', population: 'business_population', share: 0.33 })]);
    await fx.append(reportCommentsStream(2026), [
      comment({ year: 2026, quarter: 2, region: 'orebro', metric: 'loans_granted', comment: 'Tre stora ärenden flyttades till Q3', recordedBy: 'ctrl-cecilia' }),
    ]);
  }

  it('keeps the latest target, benchmark and comment per scope: no quarter is 0, no region is empty', async () => {
    await appendScorecardInputs(() => fx.catchUp(projection));
    await fx.catchUp(projection);

    expect(await fx.rows('rm_targets', 'metric, year, quarter, region')).toEqual([
      { metric: 'customer_time_share', year: 2026, quarter: 0, region: '', unit: 'share', value: 0.8 },
      { metric: 'loans_granted', year: 2026, quarter: 0, region: '', unit: 'count', value: 130 },
      { metric: 'loans_granted', year: 2026, quarter: 2, region: 'orebro', unit: 'count', value: 14 },
    ]);
    expect(await fx.rows('rm_benchmarks', 'region')).toEqual([{ region: 'vastmanland', year: 2026, attribute: 'women_led', population: 'business_population', share: 0.33 }]);
    expect(await fx.rows('rm_deviation_comments', 'metric')).toEqual([
      { metric: 'loans_granted', year: 2026, quarter: 2, region: 'orebro', comment: 'Tre stora ärenden flyttades till Q3', recorded_by: 'ctrl-cecilia' },
    ]);
  });

  it('applying the same events again changes nothing, and a rebuild gives the rows of the live run', async () => {
    await appendScorecardInputs(() => fx.catchUp(projection));
    await fx.catchUp(projection);
    const live = await fx.snapshot(projection);

    await fx.applyAllAgain(projection);
    expect(await fx.snapshot(projection)).toEqual(live);
    await fx.rebuild(projection);
    expect(await fx.snapshot(projection)).toEqual(live);
  });
});
