import { describe, expect, it } from 'vitest';
import { createRuleSetCatalog } from '../ruleset/catalog.ts';
import { resolveRuleSet } from '../ruleset/resolve-rule-set.ts';
import { unreadLanguage } from './unread-language.ts';

const ruleSet = resolveRuleSet(
  createRuleSetCatalog([
    {
      id: 'test/lang',
      version: '1.0.0',
      title: 'Languages',
      subject: 'client-record',
      rules: [
        {
          id: 'r',
          title: 'r',
          severity: 'info',
          fields: [],
          message: { en: 'size', ru: 'размер' },
          when: { all: [{ fact: 'householdSize', operator: 'equal', value: 0 }] },
        },
      ],
    },
  ]),
  'test/lang',
);

describe('unreadLanguage', () => {
  it('says so when no message is written in the language asked for', () => {
    expect(unreadLanguage([ruleSet], 'xx')).toBe('no messages in "xx"; answering in English (have en, ru)');
  });

  it('is silent for English and for a language some message is written in, regional tags included', () => {
    expect(unreadLanguage([ruleSet], 'en')).toBeUndefined();
    expect(unreadLanguage([ruleSet], 'en-GB')).toBeUndefined();
    expect(unreadLanguage([ruleSet], 'ru-RU')).toBeUndefined();
  });
});
