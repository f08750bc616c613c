export { type RecordRunner, runScenarios, type ScenarioReport, type ScenarioResult } from './run-scenarios.ts';
export { SCENARIO_SCHEMA, type ScenarioCase, type ScenarioDocument } from './scenario-schema.ts';
