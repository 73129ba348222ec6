import { classificationOn, type Classification } from './target-group.js';

describe('classificationOn', () => {
  const history: Classification[] = [
    { group: 'bredd', effectiveFrom: '2024-01-01' },
    { group: 'ideal', effectiveFrom: '2024-07-01' },
  ];

  it('is unclassified before the first classification takes effect', () => {
    expect(classificationOn(history, '2023-12-31')).toBe('unclassified');
    expect(classificationOn([], '2024-05-05')).toBe('unclassified');
  });

  it('gives the group in effect on the date, from its first day', () => {
    expect(classificationOn(history, '2024-01-01')).toBe('bredd');
    expect(classificationOn(history, '2024-06-30')).toBe('bredd');
    expect(classificationOn(history, '2024-07-01')).toBe('ideal');
    expect(classificationOn(history, '2030-01-01')).toBe('ideal');
  });

  it('lets a retroactive classification recorded later take effect from its own date only', () => {
    const withBackdated: Classification[] = [...history, { group: 'spets', effectiveFrom: '2024-03-01' }];
    expect(classificationOn(withBackdated, '2024-02-28')).toBe('bredd');
    expect(classificationOn(withBackdated, '2024-03-01')).toBe('spets');
    expect(classificationOn(withBackdated, '2024-06-30')).toBe('spets');
    expect(classificationOn(withBackdated, '2024-07-01')).toBe('ideal');
  });

  it('lets the later-recorded of two classifications with the same date win (a correction)', () => {
    const corrected: Classification[] = [...history, { group: 'spets', effectiveFrom: '2024-07-01' }];
    expect(classificationOn(corrected, '2024-07-01')).toBe('spets');
    expect(classificationOn(corrected, '2024-06-30')).toBe('bredd');
  });
});
