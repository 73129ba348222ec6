import { loanStream } from './loans.streams.js';

describe('loan streams', () => {
  it('are one per loan, named after its id', () => {
    expect(loanStream('L-2026-0007')).toBe('loan-L-2026-0007');
  });
});
