import { describe, expect, it } from 'vitest';
import { firstOfEachRuleSet } from './first-of-each-rule-set.ts';

describe('firstOfEachRuleSet', () => {
  it('keeps the first naming of each resolved version and tells which were repeated', () => {
    const named = [{ ref: 'core/client-data@1.0.0' }, { ref: 'core/portfolio@1.0.0' }, { ref: 'core/client-data@1.0.0' }, { ref: 'core/client-data@1.0.0' }];
    expect(firstOfEachRuleSet(named)).toEqual({ kept: [0, 1], repeated: ['core/client-data@1.0.0'] });
  });

  it('keeps two versions of one rule set: they are different rule sets', () => {
    expect(firstOfEachRuleSet([{ ref: 'a/b@1.0.0' }, { ref: 'a/b@2.0.0' }])).toEqual({ kept: [0, 1], repeated: [] });
  });
});
