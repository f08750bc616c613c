import { describe, expect, it } from 'vitest';
import { parsePeriod, snapshotPeriod } from './snapshot-period.ts';

describe('snapshotPeriod', () => {
  it.each([
    ['2006-12-31', '2006-01-01'],
    ['2006-06-30', '2005-07-01'],
    ['2024-02-29', '2023-03-01'],
    ['2025-03-01', '2024-03-02'],
  ])('the 12 months ending at %s start on %s', (asOf, from) => {
    expect(snapshotPeriod(asOf)).toEqual({ asOf, from, to: asOf });
  });

  it('takes the period given instead', () => {
    expect(snapshotPeriod('2006-12-31', { from: '2006-07-01', to: '2006-12-31' })).toEqual({ asOf: '2006-12-31', from: '2006-07-01', to: '2006-12-31' });
  });
});

describe('parsePeriod', () => {
  it('reads FROM..TO', () => {
    expect(parsePeriod('2006-01-01..2006-12-31')).toEqual({ period: { from: '2006-01-01', to: '2006-12-31' } });
  });

  it.each([
    ['2006-12-31..2006-01-01', 'FROM (2006-12-31) is after TO (2006-01-01)'],
    ['2006-01-01', 'expected FROM..TO'],
    ['2006-01-01..2006-02-30', 'expected FROM..TO'],
    ['2006-01-01..2006-06-30..2006-12-31', 'expected FROM..TO'],
  ])('refuses %s', (text, message) => {
    const { problem } = parsePeriod(text);
    expect(problem?.code).toBe('invalid-period');
    expect(problem?.message).toContain(message);
  });
});
