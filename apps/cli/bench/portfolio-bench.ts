import { readClientRecord, recordFacts, resolveRuleSet } from '@social-lens/rules';
import { createPortfolioAccumulator, createSegmentTables } from '@social-lens/rules/aggregate';
import { generateClientExport } from '../scripts/client-export-generator.ts';
import { loadCatalog } from '../src/rule-sets/load-catalog.ts';

/**
 * Time and peak memory of the portfolio rules (core/portfolio) and the segment tables over
 * generated records, one pass, the records made in batches so that only the accumulators grow.
 * Usage: tsx bench/portfolio-bench.ts [RECORDS=1000000]
 */
const total = Number(process.argv[2] ?? 1_000_000);
const BATCH = 10_000;
const TODAY = '2026-06-30';
const ruleSet = resolveRuleSet(loadCatalog([]).catalog, 'core/portfolio');
const portfolio = createPortfolioAccumulator(ruleSet, { lang: 'en' });
const segments = createSegmentTables();
const rssBefore = process.memoryUsage().rss;
let factsSeconds = 0;
let accumulateSeconds = 0;
const started = performance.now();
for (let batch = 0; batch * BATCH < total; batch += 1) {
  const generated = generateClientExport({
    count: Math.min(BATCH, total - batch * BATCH),
    seed: 1000 + batch,
    faultShare: 0.1,
    today: TODAY,
    biasedLoanOfficer: { loanOfficerId: 'LO32', incomeFactor: 3 },
    duplicateNationalIds: 5,
  });
  for (const [index, raw] of generated.records.entries()) {
    const t0 = performance.now();
    const record = readClientRecord(raw);
    const facts = recordFacts(ruleSet, record, TODAY);
    const t1 = performance.now();
    portfolio.add(facts, { recordId: `B${batch}-${raw.clientId}`, line: batch * BATCH + index + 2 });
    segments.add(record.values, { findings: 0, errors: 0 });
    accumulateSeconds += (performance.now() - t1) / 1000;
    factsSeconds += (t1 - t0) / 1000;
  }
}
const finishStarted = performance.now();
const findings = portfolio.finish();
const tables = segments.result();
const finishSeconds = (performance.now() - finishStarted) / 1000;
const seconds = (performance.now() - started) / 1000;
const byRule = new Map<string, number>();
for (const finding of findings) byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
process.stdout.write(
  `${[
    `records                 ${total.toLocaleString('en')}`,
    `wall time (incl. generating the records) ${seconds.toFixed(1)} s`,
    `read + facts            ${factsSeconds.toFixed(1)} s`,
    `portfolio + segments add ${accumulateSeconds.toFixed(1)} s (${((accumulateSeconds / total) * 1e6).toFixed(2)} µs a record)`,
    `finish                  ${finishSeconds.toFixed(2)} s`,
    `peak RSS                ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (RSS before the pass ${(rssBefore / 1048576).toFixed(0)} MB)`,
    `heap used after finish  ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB`,
    `findings                ${[...byRule].map(([rule, count]) => `${rule.split('#')[1]} ${count}`).join(', ')}`,
    `officers flagged        ${findings
      .filter((finding) => finding.group?.['loanOfficerId'])
      .map((finding) => finding.group!['loanOfficerId'])
      .join(', ')}`,
    `segments                ${tables.clients.toLocaleString('en')} clients, ${tables.newClients.clients.toLocaleString('en')} new`,
  ].join('\n')}\n`,
);
