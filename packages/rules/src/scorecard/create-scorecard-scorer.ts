import type { FindingContext } from '../engine/rule-findings.ts';
import type { Finding } from '../findings/finding-schema.ts';
import { pickLanguage, renderMessage } from '../findings/render-message.ts';
import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';
import { formatLikelihood } from './lint-scorecard.ts';
import { type AnswerIndex, createAnswerIndex, matchAnswer } from './match-answer.ts';
import type { ResolvedScorecard } from './resolved-scorecard.ts';
import { COMPARISON_WORDS, SCORECARD_CHECKS, type ScorecardCheck } from './scorecard-checks.ts';
import type { ScorecardBand, ScorecardQuestion } from './scorecard-schema.ts';

/** One record through a scorecard: its score, band and likelihoods when it can be scored, and its findings. */
export interface ScoredRecord {
  recordId?: string;
  line?: number;
  /** null when an answer is missing or not in the list (the record is left out of the rates). */
  score: number | null;
  band: readonly [number, number] | null;
  /** Per line id, the likelihood of being below it; shared by every record of the band. */
  likelihoods: Readonly<Record<string, number>> | null;
  findings: Finding[];
}

export interface ScorecardScorerOptions {
  lang?: string;
}

/** Scores raw records (CSV cells as text, or JSON values) against one resolved scorecard. */
export interface ScorecardScorer {
  readonly scorecard: ResolvedScorecard;
  score(raw: Readonly<Record<string, unknown>>, context?: FindingContext): ScoredRecord;
}

const DECIMAL = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;

function numberOf(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  return DECIMAL.test(text) ? Number(text) : undefined;
}

function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

interface CompiledQuestion {
  index: AnswerIndex;
  /** `2 (household-size)`: how messages name the question. */
  name: string;
  /** Per answer index, the range the agreed field must lie in. */
  agrees?: { field: string; ranges: ReadonlyArray<readonly [number, number] | undefined> };
}

function compileQuestion(question: ScorecardQuestion): CompiledQuestion {
  const index = createAnswerIndex(question);
  const compiled: CompiledQuestion = { index, name: question['number'] === undefined ? question['id'] : `${question['number']} (${question['id']})` };
  if (question['agreesWith']) {
    const ranges: Array<readonly [number, number] | undefined> = question.answers.map(() => undefined);
    for (const [value, range] of Object.entries(question['agreesWith'].bands)) {
      const match = matchAnswer(index, value);
      if (match.kind === 'answer') ranges[match.index] = [range[0]!, range[1]!];
    }
    compiled.agrees = { field: question['agreesWith'].field, ranges };
  }
  return compiled;
}

/** Per score 0…highest band end, the index of its band (lint made sure there is exactly one). */
function bandIndexByScore(lookup: readonly ScorecardBand[]): Int32Array {
  const end = lookup.reduce((highest, band) => Math.max(highest, band.max), 0);
  const table = new Int32Array(end + 1).fill(-1);
  for (const [index, band] of lookup.entries()) for (let score = band.min; score <= band.max; score += 1) if (table[score] === -1) table[score] = index;
  return table;
}

/**
 * Creates a scorer for a resolved scorecard rule set. Each record's answers are matched (by
 * value, else by 1-based position), the score is the sum of their points — or a shortcut
 * answer's total — and the band with `min ≤ score ≤ max` gives the likelihoods. Findings: an
 * answer not in the list, answers missing (the record is not scored), an `agreesWith`
 * disagreement, a stored score that differs, a declared `povertyLevel` the likelihoods contradict.
 *
 * @example
 * const scorer = createScorecardScorer(resolveRuleSet(catalog, 'ppi/kgz-2015@^1'))
 * scorer.score({ clientId: 'C1', ppiOblast: 'Batken', ppiHouseholdSize: '4', … }).likelihoods?.['national-100']
 */
export function createScorecardScorer(ruleSet: ResolvedRuleSet, options: ScorecardScorerOptions = {}): ScorecardScorer {
  const scorecard = ruleSet.scorecard;
  if (!scorecard) throw new TypeError(`${ruleSet.ref} is a rule set for ${ruleSet.subject}, not a scorecard`);
  const lang = options.lang ?? 'en';
  const questions = scorecard.questions.map(compileQuestion);
  const bandOf = bandIndexByScore(scorecard.lookup);
  const bands = scorecard.lookup.map((band) => [band.min, band.max] as const);
  const scorecardId = scorecard.definedBy.slice(0, scorecard.definedBy.lastIndexOf('@'));
  const { povertyLevelCheck, scoreField, definedBy } = scorecard;

  function finding(check: ScorecardCheck, fields: string[], values: Record<string, unknown>, context: FindingContext): Finding {
    const definition = SCORECARD_CHECKS[check];
    return {
      ruleId: `${scorecardId}#${check}`,
      ruleSet: definedBy,
      severity: definition.severity,
      ...(context.recordId === undefined ? {} : { recordId: context.recordId }),
      ...(context.line === undefined ? {} : { line: context.line }),
      fields,
      message: renderMessage(definition.message, lang, (name) => values[name]),
    };
  }

  function knownAnswers(question: ScorecardQuestion): string {
    return question.answers
      .map((answer) => (answer.label ? `"${answer['value']}" (${pickLanguage(answer.label, lang).text})` : `"${answer['value']}"`))
      .join(', ');
  }

  return {
    scorecard,
    score(raw, given = {}) {
      const clientId = raw['clientId'];
      const recordId =
        given.recordId ??
        (typeof clientId === 'string' && clientId.trim() !== '' ? clientId.trim() : given.line === undefined ? undefined : `line ${given.line}`);
      const context: FindingContext = { ...given, ...(recordId === undefined ? {} : { recordId }) };
      const findings: Finding[] = [];
      const matched = new Int32Array(questions.length).fill(-1);
      const missing: CompiledQuestion[] = [];
      let sum = 0;
      let shortcut = -1;
      let unreadable = false;
      for (const [position, compiled] of questions.entries()) {
        const { question } = compiled.index;
        const match = matchAnswer(compiled.index, raw[question['field']]);
        if (match.kind === 'missing') missing.push(compiled);
        else if (match.kind === 'not-in-list') {
          unreadable = true;
          findings.push(
            finding(
              'answer-not-in-list',
              [question['field']],
              { answer: match.text, question: compiled.name, known: knownAnswers(question), count: question.answers.length },
              context,
            ),
          );
        } else {
          matched[position] = match.index;
          const answer = question.answers[match.index]!;
          sum += answer['points'];
          if (answer['setsTotalScore'] !== undefined) shortcut = Math.max(shortcut, answer['setsTotalScore']);
        }
      }
      let score: number | null = null;
      if (shortcut >= 0) score = shortcut;
      else if (missing.length === questions.length && !unreadable) findings.push(finding('not-interviewed', [], {}, context));
      else if (missing.length > 0) {
        findings.push(
          finding(
            'answers-missing',
            missing.map((compiled) => compiled.index.question['field']),
            { questions: missing.map((compiled) => compiled.name).join(', ') },
            context,
          ),
        );
      } else if (!unreadable) score = sum;

      for (const [position, compiled] of questions.entries()) {
        const answerIndex = matched[position]!;
        const range = answerIndex >= 0 ? compiled.agrees?.ranges[answerIndex] : undefined;
        if (!range || !compiled.agrees) continue;
        const value = numberOf(raw[compiled.agrees.field]);
        if (value === undefined || (value >= range[0] && value <= range[1])) continue;
        const { question } = compiled.index;
        findings.push(
          finding(
            'answer-disagrees',
            [question['field'], compiled.agrees.field],
            {
              answer: question.answers[answerIndex]!['value'],
              question: compiled.name,
              field: compiled.agrees.field,
              range: range[0] === range[1] ? String(range[0]) : `${range[0]}–${range[1]}`,
              value,
            },
            context,
          ),
        );
      }

      if (score === null) return { ...context, score: null, band: null, likelihoods: null, findings };
      const bandIndex = bandOf[score] ?? -1;
      const band = bandIndex >= 0 ? scorecard.lookup[bandIndex]! : undefined;
      if (!band) return { ...context, score: null, band: null, likelihoods: null, findings };

      if (scoreField !== undefined && !isBlank(raw[scoreField])) {
        const stored = numberOf(raw[scoreField]);
        if (stored !== score) {
          const shown = stored ?? `"${String(raw[scoreField]).trim()}"`;
          findings.push(finding('total-score-differs', [scoreField], { stored: shown, field: scoreField, score }, context));
        }
      }

      const level = typeof raw['povertyLevel'] === 'string' ? raw['povertyLevel'].trim() : undefined;
      const likelihood = band.likelihood[povertyLevelCheck.line];
      if (level !== undefined && likelihood !== undefined) {
        const poor = level === 'very-poor' || level === 'poor';
        const contradicts = poor
          ? likelihood < povertyLevelCheck.minLikelihoodIfPoor
          : level === 'non-poor' && likelihood > povertyLevelCheck.maxLikelihoodIfNonPoor;
        if (contradicts) {
          const threshold = poor ? povertyLevelCheck.minLikelihoodIfPoor : povertyLevelCheck.maxLikelihoodIfNonPoor;
          findings.push(
            finding(
              'poverty-level-contradicts',
              ['povertyLevel'],
              {
                povertyLevel: level,
                score,
                likelihood: formatLikelihood(likelihood),
                line: povertyLevelCheck.line,
                comparison: pickLanguage(COMPARISON_WORDS[poor ? 'under' : 'above'], lang).text,
                threshold: formatLikelihood(threshold),
              },
              context,
            ),
          );
        }
      }
      return { ...context, score, band: bands[bandIndex]!, likelihoods: band.likelihood, findings };
    },
  };
}
