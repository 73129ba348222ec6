import { compareFigures } from './report-comparison.js';
import type { ReportFigure } from './report-figure.js';

const figure = (metric: string, outcome: number | null, rest: Partial<ReportFigure> = {}): ReportFigure => ({
  metric,
  section: 'advisory',
  label: { sv: metric, en: metric },
  unit: 'count',
  outcome,
  target: null,
  deviation: null,
  deviationPercent: null,
  comment: null,
  ...rest,
});

describe('an issued report beside today’s figures', () => {
  it('gives each figure’s outcome then and now with the difference, and marks only what changed', () => {
    const then = [figure('delivery_modules', 5, { target: 4, deviation: 1, deviationPercent: 25 }), figure('mentor_pairs.active', 2)];
    const now = [figure('delivery_modules', 4, { target: 4, deviation: 0, deviationPercent: 0 }), figure('mentor_pairs.active', 2)];
    expect(compareFigures(then, now)).toEqual([
      {
        metric: 'delivery_modules',
        section: 'advisory',
        label: { sv: 'delivery_modules', en: 'delivery_modules' },
        unit: 'count',
        issued: { outcome: 5, target: 4, deviation: 1, deviationPercent: 25, comment: null },
        current: { outcome: 4, target: 4, deviation: 0, deviationPercent: 0, comment: null },
        outcomeDifference: -1,
        changed: true,
      },
      expect.objectContaining({ metric: 'mentor_pairs.active', outcomeDifference: 0, changed: false }),
    ]);
  });

  it('counts a new target or a new comment as a change even when the outcome stayed', () => {
    const then = [figure('loans_granted', 3), figure('delivery_modules', 4)];
    const now = [figure('loans_granted', 3, { target: 5 }), figure('delivery_modules', 4, { comment: { comment: 'Late start', recordedBy: 'carl' } })];
    expect(compareFigures(then, now).map((d) => [d.metric, d.changed, d.outcomeDifference])).toEqual([
      ['loans_granted', true, 0],
      ['delivery_modules', true, 0],
    ]);
  });

  it('has no difference where either side has no outcome (a share of nothing)', () => {
    expect(compareFigures([figure('recommendation_share', null)], [figure('recommendation_share', 0.9)])[0]).toMatchObject({ outcomeDifference: null, changed: true });
    expect(compareFigures([figure('recommendation_share', null)], [figure('recommendation_share', null)])[0]).toMatchObject({ outcomeDifference: null, changed: false });
  });

  it('keeps figures found on one side only: new ones in today’s order, gone ones at the end', () => {
    const then = [figure('a', 1), figure('gone', 7), figure('c', 3)];
    const now = [figure('a', 1), figure('new', 2), figure('c', 3)];
    expect(compareFigures(then, now).map((d) => [d.metric, d.issued?.outcome ?? null, d.current?.outcome ?? null, d.changed])).toEqual([
      ['a', 1, 1, false],
      ['new', null, 2, true],
      ['c', 3, 3, false],
      ['gone', 7, null, true],
    ]);
  });

  it('has no difference where today’s figure has no outcome any more', () => {
    expect(compareFigures([figure('recommendation_share', 0.9)], [figure('recommendation_share', null)])[0]).toMatchObject({ outcomeDifference: null, changed: true });
  });

  it('compares comments by their text: the same comment is no change, another text or a withdrawn comment is', () => {
    const comment = (text: string) => ({ comment: { comment: text, recordedBy: 'carl' } });
    const then = [figure('same', 4, comment('Late start')), figure('reworded', 4, comment('Late start')), figure('withdrawn', 4, comment('Late start'))];
    const now = [figure('same', 4, comment('Late start')), figure('reworded', 4, comment('Started late')), figure('withdrawn', 4)];
    expect(compareFigures(then, now).map((d) => [d.metric, d.changed])).toStrictEqual([
      ['same', false],
      ['reworded', true],
      ['withdrawn', true],
    ]);
  });
});
