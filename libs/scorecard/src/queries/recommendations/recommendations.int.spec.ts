import { parseFilter } from '../../period.js';
import { readModelFixture, type ReadModelFixture } from '../../testing/read-model-fixture.js';
import { recommendationsFigures } from './recommendations.figures.js';

describe('recommendation share (figure 10)', () => {
  let f: ReadModelFixture;
  const figures = (input: Parameters<typeof parseFilter>[0]) => recommendationsFigures(f.dataSource, parseFilter(input));

  beforeAll(async () => {
    f = await readModelFixture('scorecard_recommendations');
    const { rows } = f;
    await rows.customer('A', { region: 'vastmanland' });
    await rows.customer('C', { region: 'orebro' });
    await rows.customer('D', { region: 'orebro' });
    await rows.survey('r1', { customerId: 'A', answeredOn: '2025-01-15', wouldRecommend: true });
    await rows.survey('r2', { customerId: 'A', answeredOn: '2025-06-15', wouldRecommend: false });
    await rows.survey('r3', { customerId: 'C', answeredOn: '2025-06-30', wouldRecommend: true });
    await rows.survey('r4', { customerId: 'D', answeredOn: '2025-12-31', wouldRecommend: true });
    await rows.survey('r5', { customerId: 'D', answeredOn: '2024-12-31', wouldRecommend: false });
  });
  afterAll(async () => {
    await f.dispose();
  });

  it('divides the answers that would recommend by all answers in the period, beside the 90 % goal', async () => {
    const year = await figures({ year: 2025 });
    expect(year).toMatchObject({ answers: 4, wouldRecommend: 3, share: 3 / 4, goal: 0.9 });
    expect(year.byRegion).toEqual([
      { region: 'vastmanland', answers: 2, wouldRecommend: 1, share: 1 / 2 },
      { region: 'orebro', answers: 2, wouldRecommend: 2, share: 1 },
    ]);
    expect(await figures({ year: 2025, quarter: 2 })).toMatchObject({ answers: 2, wouldRecommend: 1, share: 1 / 2 });
  });

  it('cuts by the customer’s region', async () => {
    expect(await figures({ year: 2025, region: 'orebro' })).toMatchObject({ answers: 2, wouldRecommend: 2, share: 1, byRegion: [{ region: 'orebro', answers: 2 }] });
  });

  it('answers null when nobody answered', async () => {
    expect(await figures({ year: 2025, quarter: 3 })).toMatchObject({ answers: 0, wouldRecommend: 0, share: null });
  });
});
