import type { SocialPerformanceArea } from '../smart/types.ts';
import type { Objective } from './objective-schema.ts';

type Texts = Readonly<Record<'en' | 'ru' | 'bs', string>>;

/** The three social performance areas as a reader says them, never as their ids. */
const AREA_NAMES: Readonly<Record<SocialPerformanceArea, Texts>> = {
  outreach: { en: 'outreach (whom we reach)', ru: 'охват (кого мы обслуживаем)', bs: 'obuhvat (koga dosežemo)' },
  services: { en: "services (what fits clients' needs)", ru: 'услуги (что отвечает потребностям клиентов)', bs: 'usluge (šta odgovara potrebama klijenata)' },
  clientChange: {
    en: 'client change (what changes in clients’ lives)',
    ru: 'изменения в жизни клиентов',
    bs: 'promjene kod klijenata (šta se mijenja u njihovim životima)',
  },
};

/** An example group and indicator per area, for suggestions when the objective declares none. */
const AREA_EXAMPLES: Readonly<Record<SocialPerformanceArea | 'none', { group: Texts; indicator: Texts }>> = {
  outreach: {
    group: { en: 'women among new clients', ru: 'женщины среди новых клиентов', bs: 'žene među novim klijentima' },
    indicator: { en: 'the share of women among new clients', ru: 'доля женщин среди новых клиентов', bs: 'udio žena među novim klijentima' },
  },
  services: {
    group: { en: 'first-cycle clients', ru: 'клиенты первого цикла', bs: 'klijenti u prvom ciklusu' },
    indicator: { en: 'the client retention rate', ru: 'уровень удержания клиентов', bs: 'stopa zadržavanja klijenata' },
  },
  clientChange: {
    group: { en: 'clients in their third loan cycle', ru: 'клиенты третьего кредитного цикла', bs: 'klijenti u trećem kreditnom ciklusu' },
    indicator: {
      en: "the average monthly income of clients' businesses",
      ru: 'средний месячный доход бизнеса клиентов',
      bs: 'prosječni mjesečni prihod biznisa klijenata',
    },
  },
  none: {
    group: {
      en: 'rural clients below the poverty line',
      ru: 'сельские клиенты за чертой бедности',
      bs: 'klijenti iz ruralnih područja ispod linije siromaštva',
    },
    indicator: { en: 'the share of … among new clients', ru: 'доля … среди новых клиентов', bs: 'udio … među novim klijentima' },
  },
};

function pick(texts: Texts, lang: string): string {
  const primary = lang.split('-')[0]!;
  const key = primary === 'hr' || primary === 'sr' || primary === 'cnr' ? 'bs' : primary;
  return texts[key as keyof Texts] ?? texts.en;
}

function declared(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Facts that messages and suggestions quote, in the language of the messages: the declared
 * area and the areas the words speak of by their names, and an example group and indicator
 * taken from the objective's own target group, indicator and area where it declares them.
 *
 * @example
 * suggestionFacts({ text: '…', area: 'services', targetGroup: 'Roma clients' }, ['outreach'], 'en')
 * // → { structuredAreaName: "services (what fits clients' needs)", suggestedGroup: 'Roma clients', suggestedIndicator: 'the client retention rate', … }
 */
export function suggestionFacts(objective: Objective, textAreas: readonly SocialPerformanceArea[], lang: string): Record<string, string | undefined> {
  const area = objective.area && objective.area in AREA_NAMES ? (objective.area as SocialPerformanceArea) : undefined;
  const examples = AREA_EXAMPLES[area ?? textAreas[0] ?? 'none'];
  const goal = declared(objective.goal);
  return {
    structuredAreaName: area === undefined ? undefined : pick(AREA_NAMES[area], lang),
    textAreaNames: textAreas.map((name) => pick(AREA_NAMES[name], lang)).join(lang.startsWith('ru') ? ' и ' : lang.startsWith('en') ? ' and ' : ' i '),
    suggestedGroup: declared(objective.targetGroup) ?? pick(examples.group, lang),
    suggestedIndicator: declared(objective.indicator) ?? pick(examples.indicator, lang),
    goalText: goal,
  };
}
