import { describe, expect, it } from 'vitest';
import { ProblemError } from '../problems/problem-error.ts';
import { OBJECTIVES_CHECK_REQUEST_SCHEMA } from './objectives-check-request-schema.ts';
import { createBodyValidator } from './validate-body.ts';

const validate = createBodyValidator(OBJECTIVES_CHECK_REQUEST_SCHEMA);

function problemOf(body: unknown): ProblemError {
  try {
    validate(body);
  } catch (error) {
    if (error instanceof ProblemError) return error;
    throw error;
  }
  throw new Error('the body was accepted');
}

describe('createBodyValidator', () => {
  it.each(['2007-13-40', '2025-02-30', '2023-02-29', '2026-1-05', 'abc'])('refuses "%s" as a date: it is no day of the calendar', (today) => {
    const problem = problemOf({ objective: { text: 'Reach 2,000 women' }, today });
    expect(problem.status).toBe(422);
    expect(problem.body.errors).toEqual([{ path: '/today', message: 'must match format "date"', code: 'format' }]);
  });

  it('accepts a real day, 29 February of a leap year included, and types the body from its schema', () => {
    const body = validate({ objective: { text: 'Reach 2,000 women', deadline: '2027-12-31' }, today: '2024-02-29' });
    expect(body.today).toBe('2024-02-29');
    expect(body.objective?.text).toBe('Reach 2,000 women');
  });

  it('lists every problem with its JSON path, required and unknown properties by name', () => {
    const problem = problemOf({ objectives: [{ txt: 'typo' }], lang: 'english' });
    expect(problem.body.errors).toEqual(
      expect.arrayContaining([
        { path: '/objectives/0/text', message: 'is required', code: 'required' },
        { path: '/objectives/0/txt', message: 'is not a known property', code: 'additional-property' },
        { path: '/lang', message: 'must match pattern "^[a-z]{2,3}$"', code: 'pattern' },
      ]),
    );
  });
});
