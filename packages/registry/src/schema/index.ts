/** The registry's one Postgres schema: one table per concept. */
export { auditLogTable } from './audit-log-table.ts';
export { publisherKeysTable } from './publisher-keys-table.ts';
export { publisherTokensTable } from './publisher-tokens-table.ts';
export { publishersTable } from './publishers-table.ts';
export { rateLimitCountersTable } from './rate-limit-counters-table.ts';
export { ruleSetVersionsTable } from './rule-set-versions-table.ts';
export { ruleSetsTable } from './rule-sets-table.ts';
