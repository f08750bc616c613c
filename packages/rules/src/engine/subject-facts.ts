import { PERIOD_FACTS } from '../indicators/period-facts.ts';
import { listObjectiveFacts } from '../objectives/objective-facts.ts';
import { CLIENT_RECORD_FIELDS } from '../records/client-record-schema.ts';
import type { SubjectKind } from '../ruleset/rule-set-types.ts';

/** Facts every client-record run provides besides the record's own fields. */
export const CLIENT_RECORD_META_FACTS = ['missingFields', 'unreadableFields', 'unreadableDetails', 'today'] as const;

/** Facts a rule set of each subject may read, besides its derived facts. */
export const SUBJECT_FACTS: Readonly<Record<SubjectKind, readonly string[]>> = {
  'client-record': [...CLIENT_RECORD_FIELDS, ...CLIENT_RECORD_META_FACTS],
  indicators: [...CLIENT_RECORD_FIELDS, ...CLIENT_RECORD_META_FACTS, ...PERIOD_FACTS],
  get objective() {
    return listObjectiveFacts();
  },
  scorecard: CLIENT_RECORD_FIELDS,
};
