/** Helpers for the tests of the service and of the end-to-end package: a service on a test database, Chromium, fixtures. */
export { createTestService, jsonRequest, type TestService } from './create-test-service.ts';
export { associationRuleSet, cleanRecord, nationalExample } from './fixtures.ts';
export {
  ARTIFACTS_DIRECTORY,
  launchTestBrowser,
  medianKeystrokeToFindings,
  type RunningTestService,
  screenshot,
  seriousAccessibilityViolations,
  startTestService,
  type TestBrowser,
} from './test-browser.ts';
