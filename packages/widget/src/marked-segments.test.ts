import { expect, test } from 'vitest';
import { markedSegments } from './marked-segments.ts';

test('cuts the text at span boundaries, the most severe finding winning an overlap', () => {
  const segments = markedSegments('Improve the lives of our clients soon.', [
    { severity: 'error', span: { start: 0, end: 7 } },
    { severity: 'warning', span: { start: 33, end: 37 } },
    { severity: 'info', span: { start: 4, end: 11 } },
  ]);
  expect(segments).toEqual([
    { text: 'Improve', start: 0, severity: 'error' },
    { text: ' the', start: 7, severity: 'info' },
    { text: ' lives of our clients ', start: 11 },
    { text: 'soon', start: 33, severity: 'warning' },
    { text: '.', start: 37 },
  ]);
});

test('ignores findings without a span and clamps spans to the text', () => {
  expect(markedSegments('abc', [{ severity: 'error' }, { severity: 'error', span: { start: 2, end: 99 } }])).toEqual([
    { text: 'ab', start: 0 },
    { text: 'c', start: 2, severity: 'error' },
  ]);
  expect(markedSegments('', [])).toEqual([]);
});
