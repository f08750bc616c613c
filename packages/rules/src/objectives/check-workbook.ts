import type { Finding } from '../findings/finding-schema.ts';
import { renderMessage } from '../findings/render-message.ts';
import type { LocalizedText } from '../ruleset/rule-set-types.ts';
import type { ObjectiveAnalysis, SocialPerformanceArea } from '../smart/types.ts';
import type { Objective } from './objective-schema.ts';

/** The rule-set id of workbook findings: they are about the list, not about one objective. */
export const WORKBOOK_RULE_SET = 'lens/workbook';

const AREAS: readonly SocialPerformanceArea[] = ['outreach', 'services', 'clientChange'];

const MESSAGES = {
  areaWithoutObjective: {
    en: 'No objective serves the {area} area ({areaMeaning}).',
    ru: 'Ни одна цель не относится к области «{area}» ({areaMeaning}).',
    bs: 'Nijedan cilj ne pripada oblasti «{area}» ({areaMeaning}).',
  },
  objectiveWithoutIndicator: {
    en: 'Objective {objectiveId} names no indicator: nothing in the workbook will measure it.',
    ru: 'Цель «{objectiveId}» не называет показатель: в плане нечем её измерить.',
    bs: 'Cilj «{objectiveId}» ne navodi pokazatelj: ništa u planu ga neće mjeriti.',
  },
  duplicateObjective: {
    en: 'Objective {objectiveId} repeats {others}.',
    ru: 'Цель «{objectiveId}» повторяет {others}.',
    bs: 'Cilj «{objectiveId}» ponavlja {others}.',
  },
} satisfies Record<string, LocalizedText>;

const AREA_NAMES: Record<SocialPerformanceArea, LocalizedText> = {
  outreach: { en: 'outreach', ru: 'охват', bs: 'obuhvat' },
  services: { en: 'services', ru: 'услуги', bs: 'usluge' },
  clientChange: { en: 'client change', ru: 'изменения для клиентов', bs: 'promjene za klijente' },
};

const AREA_MEANINGS: Record<SocialPerformanceArea, LocalizedText> = {
  outreach: { en: 'who we reach', ru: 'кого мы охватываем', bs: 'koga dosežemo' },
  services: { en: "services that fit clients' needs", ru: 'услуги, отвечающие потребностям клиентов', bs: 'usluge koje odgovaraju potrebama klijenata' },
  clientChange: { en: 'what changes for clients', ru: 'что меняется в жизни клиентов', bs: 'šta se mijenja u životima klijenata' },
};

function normalise(text: string): string {
  return text
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

export interface WorkbookEntry {
  objective: Objective;
  analysis: ObjectiveAnalysis;
}

/**
 * Checks a workbook of objectives as a whole: a social performance area no objective serves
 * (by its declared area, else the area its words speak of), an objective with no indicator,
 * and objectives written twice.
 *
 * @example
 * checkWorkbook(entries, 'en').map((finding) => finding.ruleId)
 * // → ['lens/workbook#area-without-objective', …]
 */
export function checkWorkbook(entries: readonly WorkbookEntry[], lang = 'en'): Finding[] {
  const findings: Finding[] = [];
  const finding = (rule: string, message: string, objectiveId?: string): Finding => ({
    ruleId: `${WORKBOOK_RULE_SET}#${rule}`,
    ruleSet: WORKBOOK_RULE_SET,
    severity: 'warning',
    ...(objectiveId === undefined ? {} : { objectiveId }),
    fields: objectiveId === undefined ? [] : ['text'],
    message,
  });
  const served = new Set<string>();
  for (const { objective, analysis } of entries) {
    if (objective.area) served.add(objective.area);
    else for (const area of analysis.areas) served.add(area.area);
  }
  for (const area of AREAS) {
    if (served.has(area)) continue;
    const areaMeaning = renderMessage(AREA_MEANINGS[area], lang, () => undefined);
    const areaName = renderMessage(AREA_NAMES[area], lang, () => undefined);
    findings.push(
      finding(
        'area-without-objective',
        renderMessage(MESSAGES.areaWithoutObjective, lang, (name) => ({ area: areaName, areaMeaning })[name]),
      ),
    );
  }
  const byText = new Map<string, string[]>();
  for (const [index, { objective, analysis }] of entries.entries()) {
    const objectiveId = objective.id ?? String(index + 1);
    if (analysis.indicators.length === 0 && !objective.indicator && !analysis.empty) {
      findings.push(
        finding(
          'objective-without-indicator',
          renderMessage(MESSAGES.objectiveWithoutIndicator, lang, (name) => ({ objectiveId })[name]),
          objectiveId,
        ),
      );
    }
    const key = normalise(objective.text);
    if (key !== '') byText.set(key, [...(byText.get(key) ?? []), objectiveId]);
  }
  for (const ids of byText.values()) {
    if (ids.length < 2) continue;
    for (const objectiveId of ids) {
      const others = ids.filter((id) => id !== objectiveId).join(', ');
      findings.push(
        finding(
          'duplicate-objective',
          renderMessage(MESSAGES.duplicateObjective, lang, (name) => ({ objectiveId, others })[name]),
          objectiveId,
        ),
      );
    }
  }
  return findings;
}
