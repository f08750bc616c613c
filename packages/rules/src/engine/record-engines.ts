/** The engines a records check can run on: compiled closures, or json-rules-engine itself (the reference semantics). */
export const RECORD_ENGINES = ['compiled', 'reference'] as const;
export type RecordEngine = (typeof RECORD_ENGINES)[number];
