import { conflictPauseMs } from './handle-command.js';

describe('conflictPauseMs: the pause before a conflicted command is retried', () => {
  it('is jittered between half and all of a ceiling that doubles per attempt, up to 160 ms', () => {
    for (let attempt = 0; attempt < 12; attempt++) {
      const ceiling = Math.min(160, 4 * 2 ** attempt);
      const pauses = Array.from({ length: 200 }, () => conflictPauseMs(attempt));
      expect(Math.min(...pauses)).toBeGreaterThanOrEqual(ceiling / 2);
      expect(Math.max(...pauses)).toBeLessThanOrEqual(ceiling + 1);
      if (attempt >= 2) expect(new Set(pauses).size).toBeGreaterThan(1);
    }
  });

  it('lets about ten retries fit in the default one-second budget', () => {
    const worst = Array.from({ length: 10 }, (_, attempt) => Math.min(160, 4 * 2 ** attempt) + 1).reduce((a, b) => a + b, 0);
    expect(worst).toBeLessThan(1000);
  });
});
