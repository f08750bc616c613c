export { runScenarios, type ScenarioReport, type ScenarioResult, type RecordRunner } from './run-scenarios.ts';
export { SCENARIO_SCHEMA, type ScenarioDocument, type ScenarioCase } from './scenario-schema.ts';
