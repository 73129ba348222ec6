import { parseFilter } from '../../period.js';
import { readModelFixture, type ReadModelFixture } from '../../testing/read-model-fixture.js';
import { mentorPairsFigures } from './mentor-pairs.figures.js';

/**
 * p1 starta    A (Västmanland)  matched 2024-05-01, concluded 2025-03-01
 * p2 starta    A                matched 2025-02-01
 * p3 utveckla  C (Örebro)       matched 2025-06-01, concluded 2025-12-31
 * p4 utveckla  C                matched 2026-01-05
 * p5 utveckla  C                matched 2023-01-01
 */
describe('mentor pairs (figure 12)', () => {
  let f: ReadModelFixture;
  const figures = (input: Parameters<typeof parseFilter>[0]) => mentorPairsFigures(f.dataSource, parseFilter(input));
  const byProgramme = (result: Awaited<ReturnType<typeof figures>>) => Object.fromEntries(result.byProgramme.map((p) => [p.programme, [p.matched, p.active]]));

  beforeAll(async () => {
    f = await readModelFixture('scorecard_mentor_pairs');
    const { rows } = f;
    await rows.customer('A', { region: 'vastmanland' });
    await rows.customer('C', { region: 'orebro' });
    await rows.mentorPair('p1', { programme: 'mentor_starta_foretag', customerId: 'A', matchedOn: '2024-05-01', concludedOn: '2025-03-01' });
    await rows.mentorPair('p2', { programme: 'mentor_starta_foretag', customerId: 'A', matchedOn: '2025-02-01' });
    await rows.mentorPair('p3', { programme: 'mentor_utveckla_foretag', customerId: 'C', matchedOn: '2025-06-01', concludedOn: '2025-12-31' });
    await rows.mentorPair('p4', { programme: 'mentor_utveckla_foretag', customerId: 'C', matchedOn: '2026-01-05' });
    await rows.mentorPair('p5', { programme: 'mentor_utveckla_foretag', customerId: 'C', matchedOn: '2023-01-01' });
  });
  afterAll(async () => {
    await f.dispose();
  });

  it('counts pairs matched in the period and active at its last day (concluded on that day is no longer active), per programme', async () => {
    const year = await figures({ year: 2025 });
    expect(year.total).toEqual({ matched: 2, active: 2 }); // matched p2, p3; active p2, p5
    expect(byProgramme(year)).toEqual({ mentor_starta_foretag: [1, 1], mentor_utveckla_foretag: [1, 1] });
  });

  it('measures "active" at the period’s end', async () => {
    expect(byProgramme(await figures({ year: 2025, month: 2 }))).toEqual({ mentor_starta_foretag: [1, 2], mentor_utveckla_foretag: [0, 1] });
    expect(byProgramme(await figures({ year: 2025, quarter: 1 }))).toEqual({ mentor_starta_foretag: [1, 1], mentor_utveckla_foretag: [0, 1] });
    expect(byProgramme(await figures({ year: 2025, quarter: 4 }))).toEqual({ mentor_starta_foretag: [0, 1], mentor_utveckla_foretag: [0, 1] });
  });

  it('cuts by the customer’s region, both programmes always listed', async () => {
    const orebro = await figures({ year: 2025, region: 'orebro' });
    expect(orebro.total).toEqual({ matched: 1, active: 1 });
    expect(byProgramme(orebro)).toEqual({ mentor_starta_foretag: [0, 0], mentor_utveckla_foretag: [1, 1] });
  });
});
