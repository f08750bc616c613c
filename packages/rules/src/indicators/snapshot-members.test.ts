import { describe, expect, it } from 'vitest';
import { createSnapshotMembers, createTransitionMatcher } from './snapshot-members.ts';

describe('matching clients between snapshots', () => {
  it('matches by clientId, then by national id where the id changed, and counts the movement per field', () => {
    const older = createSnapshotMembers('2006-06-30', ['povertyLevel', 'loanCycleBand']);
    older.add('C1', '', ['poor', '1']);
    older.add('C2', '123-456-78', ['very-poor', '2']);
    older.add('C3', '', ['poor', '1']);
    older.add('C4', '', ['near-poor', '3']);
    older.add('C5', '999 999', [undefined, '1']);
    const matcher = createTransitionMatcher(older, '2006-12-31', 'activeAtTo');
    matcher.add('C1', '', ['near-poor', '2']);
    matcher.add('C9', '12345678', ['poor', '2']);
    matcher.seen('C3');
    matcher.add('C5', '', ['poor', '2']);
    matcher.add('C6', '', ['poor', '1']);
    matcher.add('C7', '555', ['poor', '1']);
    const [poverty, cycle] = matcher.finish();
    expect(poverty).toEqual({
      from: '2006-06-30',
      to: '2006-12-31',
      field: 'povertyLevel',
      population: 'activeAtTo',
      matched: 3,
      matchedByNationalId: 1,
      excluded: 1,
      onlyInOld: 2,
      onlyInOldListed: 1,
      onlyInNew: 2,
      counts: { poor: { 'near-poor': 1 }, 'very-poor': { poor: 1 } },
    });
    expect(cycle?.counts).toEqual({ '1': { '2': 2 }, '2': { '2': 1 } });
  });

  it('matches no one on a national id two older clients share', () => {
    const older = createSnapshotMembers('2006-06-30', ['povertyLevel']);
    older.add('C1', '111', ['poor']);
    older.add('C2', '1-11', ['poor']);
    const matcher = createTransitionMatcher(older, '2006-12-31', 'activeAtTo');
    matcher.add('C3', '111', ['poor']);
    expect(matcher.finish()[0]).toMatchObject({ matched: 0, onlyInOld: 2, onlyInNew: 1 });
  });
});
