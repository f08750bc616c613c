import { expect, it } from 'vitest';
import { createSegmentTables } from './segment-tables.ts';

it('counts clients and findings by segment, and poverty levels among new clients', () => {
  const segments = createSegmentTables();
  segments.add({ loanCycle: 1, povertyLevel: 'poor', area: 'rural', gender: 'F', branchId: 'BR1', loanOfficerId: 'LO1' }, { findings: 2, errors: 1 });
  segments.add({ loanCycle: 1, povertyLevel: 'non-poor', area: 'urban', gender: 'M', branchId: 'BR1', loanOfficerId: 'LO1' });
  segments.add({ loanCycle: 7, povertyLevel: 'very-poor', area: 'rural', gender: 'F', branchId: 'BR2', loanOfficerId: 'LO2' });
  segments.add({ loanCycle: 1, area: 'rural', gender: 'F', branchId: 'BR2', loanOfficerId: 'LO2' }, { findings: 1, errors: 0 });
  const result = segments.result();
  expect(result.dimensions.loanCycle).toEqual([
    { segment: '1', clients: 3, clientsWithFindings: 2, findings: 3, errors: 1, share: 0.75 },
    { segment: '5+', clients: 1, clientsWithFindings: 0, findings: 0, errors: 0, share: 0.25 },
  ]);
  expect(result.dimensions.povertyLevel.map((row) => row.segment)).toEqual(['very-poor', 'poor', 'non-poor', '(missing)']);
  expect(result.newClients).toEqual({
    clients: 3,
    byPovertyLevel: [
      { povertyLevel: 'poor', clients: 1, share: 1 / 3 },
      { povertyLevel: 'non-poor', clients: 1, share: 1 / 3 },
      { povertyLevel: '(missing)', clients: 1, share: 1 / 3 },
    ],
  });
});
