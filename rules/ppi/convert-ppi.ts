/**
 * Converts the published PPI scorecards (the facts in `../shared/data/ppi/*.json`: questions,
 * points, lines, lookup) into the shipped rule sets `rules/ppi/<country>-<year>/ruleset.json`,
 * adding what Social Lens needs: question ids, record fields, answer values, Russian texts and
 * the household-size cross-check. Run once when a source file changes; nothing runs it at run
 * time (the rule sets are committed):
 *
 *   npx tsx rules/ppi/convert-ppi.ts /work/shared/data/ppi
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface SourceAnswer {
  label: string;
  points: number;
  printedLetter: string;
  setsTotalScore?: number;
}
interface SourceScorecard {
  country: string;
  iso3: string;
  name: string;
  release: number;
  surveyYear: number;
  survey: string;
  created: string;
  source: string;
  ppitablesTable: string;
  questions: Array<{ number: number; text: string; textAbridged?: boolean; answers: SourceAnswer[] }>;
  lines: Array<{ id: string; description: string; ppitablesColumn: string }>;
  lookup: Array<{ min: number; max: number; likelihood: Record<string, number> }>;
  notes: string[];
}

/** What we add to one question: its id and field, the Russian text, and per answer a value and a Russian label. */
interface QuestionTexts {
  id: string;
  field: string;
  ru: string;
  answers: Array<[value: string, ru: string]>;
  /** The household size each answer stands for, compared with the record's householdSize. */
  householdSize?: Array<[number, number]>;
}

const NO_YES: Array<[string, string]> = [
  ['no', 'Нет'],
  ['yes', 'Да'],
];

const COUNTRY_NAMES: Record<string, { en: string; ru: string; inText: string }> = {
  KG: { en: 'Kyrgyz Republic', ru: 'Кыргызская Республика', inText: 'the Kyrgyz Republic' },
  TJ: { en: 'Tajikistan', ru: 'Таджикистан', inText: 'Tajikistan' },
  RO: { en: 'Romania', ru: 'Румыния', inText: 'Romania' },
  RU: { en: 'Russia', ru: 'Россия', inText: 'Russia' },
};

const LINE_TITLES: Record<string, { en: string; ru: string }> = {
  'national-100': { en: '100% of the national poverty line', ru: '100% национальной черты бедности' },
  'national-150': { en: '150% of the national poverty line', ru: '150% национальной черты бедности' },
  'national-200': { en: '200% of the national poverty line', ru: '200% национальной черты бедности' },
  median: { en: 'Median line (as the PPI table labels it)', ru: '«Медианная» черта (как в таблице PPI)' },
  food: { en: 'Food poverty line', ru: 'Продовольственная черта бедности' },
  'usaid-extreme': { en: 'USAID extreme poverty line', ru: 'Черта крайней бедности USAID' },
  laeken: { en: 'Laeken poverty line', ru: 'Черта бедности по Лакенским индикаторам' },
  'ppp2005-1.25': { en: '$1.25/day (2005 PPP)', ru: '$1,25 в день (ППС 2005 г.)' },
  'ppp2005-2.00': { en: '$2.00/day (2005 PPP)', ru: '$2,00 в день (ППС 2005 г.)' },
  'ppp2005-2.50': { en: '$2.50/day (2005 PPP)', ru: '$2,50 в день (ППС 2005 г.)' },
  'ppp2005-3.75': { en: '$3.75/day (2005 PPP)', ru: '$3,75 в день (ППС 2005 г.)' },
  'ppp2005-5.00': { en: '$5.00/day (2005 PPP)', ru: '$5,00 в день (ППС 2005 г.)' },
  'ppp2005-6.25': { en: '$6.25/day (2005 PPP)', ru: '$6,25 в день (ППС 2005 г.)' },
};

const TEXTS: Record<string, QuestionTexts[]> = {
  'kgz-2015': [
    {
      id: 'oblast',
      field: 'ppiOblast',
      ru: 'В какой области проживает домохозяйство?',
      answers: [
        ['jalal-abad', 'Джалал-Абадская'],
        ['naryn', 'Нарынская'],
        ['osh', 'Ошская'],
        ['bishkek', 'г. Бишкек'],
        ['issyk-kul', 'Иссык-Кульская'],
        ['talas', 'Таласская'],
        ['chui', 'Чуйская'],
        ['batken', 'Баткенская'],
      ],
    },
    {
      id: 'household-size',
      field: 'ppiHouseholdSize',
      ru: 'Сколько человек в домохозяйстве?',
      answers: [
        ['7+', 'Семь и более'],
        ['6', 'Шесть'],
        ['5', 'Пять'],
        ['4', 'Четыре'],
        ['3', 'Три'],
        ['2', 'Два'],
        ['1', 'Один'],
      ],
      householdSize: [
        [7, 99],
        [6, 6],
        [5, 5],
        [4, 4],
        [3, 3],
        [2, 2],
        [1, 1],
      ],
    },
    {
      id: 'members-working',
      field: 'ppiMembersWorking',
      ru: 'Сколько членов домохозяйства за последние 7 дней работали или имели оплачиваемую работу (хотя бы 1 час, включая семейную ферму или предприятие, или имели работу, на которую вернутся)?',
      answers: [
        ['0-1', 'Ни одного или один'],
        ['2', 'Двое'],
        ['3+', 'Трое и более'],
      ],
    },
    {
      id: 'members-wage',
      field: 'ppiMembersWage',
      ru: 'Сколько членов домохозяйства на основной работе за последние 7 дней работали за заработную плату (деньгами или натурой) или денежное пособие?',
      answers: [
        ['0', 'Ни одного'],
        ['1', 'Один'],
        ['2+', 'Двое и более'],
      ],
    },
    {
      id: 'water-source',
      field: 'ppiWaterSource',
      ru: 'Каков основной источник воды в домохозяйстве?',
      answers: [
        ['communal', 'Общественная (коммунальная) колонка, резервуар, река, озеро, пруд, арык, родник или покупная вода (водовоз)'],
        ['artesian-well', 'Артезианская скважина'],
        ['private-pump', 'Собственная колонка (насос)'],
        ['running-water', 'Колодец или водопровод (проточная вода)'],
      ],
    },
    {
      id: 'washing-machine',
      field: 'ppiWashingMachine',
      ru: 'Есть ли в домохозяйстве обычная или автоматическая стиральная машина?',
      answers: [
        ['no', 'Нет'],
        ['regular', 'Обычная (не автоматическая)'],
        ['automatic', 'Автоматическая (независимо от обычной)'],
      ],
    },
    { id: 'electric-heater', field: 'ppiElectricHeater', ru: 'Есть ли в домохозяйстве электрообогреватели?', answers: NO_YES },
    {
      id: 'cell-phones',
      field: 'ppiCellPhones',
      ru: 'Сколько мобильных телефонов в домохозяйстве?',
      answers: [
        ['0-1', 'Ни одного или один'],
        ['2', 'Два'],
        ['3+', 'Три и более'],
      ],
    },
    {
      id: 'vehicle',
      field: 'ppiVehicle',
      ru: 'Есть ли в домохозяйстве велосипед либо автомобиль, грузовик, микроавтобус, мотоцикл, скутер, мопед или мотовелосипед?',
      answers: [
        ['no', 'Нет'],
        ['bicycle-only', 'Только велосипед'],
        ['motorized', 'Моторное транспортное средство (независимо от велосипеда)'],
      ],
    },
    {
      id: 'plot-and-animals',
      field: 'ppiPlotAnimals',
      ru: 'Пользуется ли домохозяйство личным участком? Если да, были ли у него за последние 12 месяцев овцы, козы, крупный рогатый скот, лошади, ослы, лошаки, мулы или яки любого возраста?',
      answers: [
        ['no-plot', 'Нет участка (независимо от скота)'],
        ['plot-no-animals', 'Есть участок, но нет скота'],
        ['plot-and-animals', 'Есть и участок, и скот'],
      ],
    },
  ],
  'tjk-2015': [
    {
      id: 'household-size',
      field: 'ppiHouseholdSize',
      ru: 'Сколько человек в домохозяйстве?',
      answers: [
        ['8+', 'Восемь и более'],
        ['7', 'Семь'],
        ['6', 'Шесть'],
        ['5', 'Пять'],
        ['4', 'Четыре'],
        ['3', 'Три'],
        ['1-2', 'Один или два'],
      ],
      householdSize: [
        [8, 99],
        [7, 7],
        [6, 6],
        [5, 5],
        [4, 4],
        [3, 3],
        [1, 2],
      ],
    },
    {
      id: 'school-attendance',
      field: 'ppiSchoolAttendance',
      ru: 'Все ли члены домохозяйства в возрасте 8–17 лет посещают (или собираются посещать) учебное заведение в этом учебном году?',
      answers: [
        ['no', 'Нет'],
        ['yes', 'Да'],
        ['no-children-8-17', 'Нет членов в возрасте 8–17 лет'],
      ],
    },
    {
      id: 'female-head-education',
      field: 'ppiFemaleHeadEducation',
      ru: 'Какой наивысший уровень образования получила женщина — глава домохозяйства или супруга главы (незаконченные уровни не считаются)?',
      answers: [
        ['basic-or-less', 'Нет образования, начальное (1–4 классы) или базовое (1–8(9) классы)'],
        ['secondary-general', 'Среднее общее (9–10(11) классы)'],
        ['no-female-head', 'Нет женщины — главы или супруги главы'],
        ['secondary-special-or-higher', 'Среднее специальное, среднее техническое, высшее образование или аспирантура'],
      ],
    },
    {
      id: 'rooms',
      field: 'ppiRooms',
      ru: 'Сколько комнат занимает домохозяйство (не считая кухонь, балконов и коридоров)?',
      answers: [
        ['1', 'Одну'],
        ['2', 'Две'],
        ['3', 'Три'],
        ['4', 'Четыре'],
        ['5+', 'Пять и более'],
      ],
    },
    {
      id: 'wall-material',
      field: 'ppiWallMaterial',
      ru: 'Из какого основного материала сделаны наружные стены жилища?',
      answers: [
        ['adobe-wood-other', 'Саман, сырцовый кирпич, дерево, брёвна, жесть или другое'],
        ['stone-brick-concrete', 'Глина, камень, обожжённый кирпич или бетон'],
      ],
    },
    { id: 'bath-shower', field: 'ppiBathShower', ru: 'Есть ли в жилище отдельная ванна или душ?', answers: NO_YES },
    {
      id: 'oven',
      field: 'ppiOven',
      ru: 'Есть ли у домохозяйства (и используется ли) газовая или электрическая духовка либо микроволновая печь?',
      answers: NO_YES,
    },
    { id: 'electric-iron', field: 'ppiElectricIron', ru: 'Есть ли у домохозяйства (и используется ли) электрический утюг?', answers: NO_YES },
    { id: 'color-tv', field: 'ppiColorTv', ru: 'Есть ли у домохозяйства (и используется ли) цветной телевизор?', answers: NO_YES },
    {
      id: 'livestock',
      field: 'ppiLivestock',
      ru: 'Есть ли сейчас у домохозяйства крупный рогатый скот (мясной или молочный), овцы или козы?',
      answers: [
        ['no', 'Нет'],
        ['sheep-goats-only', 'Только овцы или козы'],
        ['cattle-only', 'Только крупный рогатый скот'],
        ['both', 'И то, и другое'],
      ],
    },
  ],
  'rou-2009': [
    {
      id: 'household-size',
      field: 'ppiHouseholdSize',
      ru: 'Сколько человек живёт в домохозяйстве?',
      answers: [
        ['5+', 'Пять и более'],
        ['4', 'Четыре'],
        ['3', 'Три'],
        ['2', 'Два'],
        ['1', 'Один'],
      ],
      householdSize: [
        [5, 99],
        [4, 4],
        [3, 3],
        [2, 2],
        [1, 1],
      ],
    },
    {
      id: 'education',
      field: 'ppiEducation',
      ru: 'Какой наивысший уровень образования получил кто-либо из членов домохозяйства?',
      answers: [
        ['primary-or-lower-secondary', 'Без образования, начальное (1–4 классы) или среднее (5–8 классы)'],
        ['vocational', 'Профессиональное, дополнительное, ученичество или неполная средняя школа (9–10 классы)'],
        ['high-school', 'Средняя школа (9–12 классы)'],
        ['post-high-school', 'Послесреднее специальное, технический мастер или краткий курс университета (колледж)'],
        ['university', 'Полный курс университета'],
      ],
    },
    {
      id: 'sewage',
      field: 'ppiSewage',
      ru: 'Какая канализация в жилище?',
      answers: [
        ['own-or-none', 'Собственная, нет или нет данных'],
        ['public', 'Централизованная'],
      ],
    },
    {
      id: 'phones',
      field: 'ppiPhones',
      ru: 'Сколько работающих стационарных и/или мобильных телефонов у домохозяйства?',
      answers: [
        ['none', 'Нет ни стационарного, ни мобильного'],
        ['mobile-1', 'Нет стационарного, но один мобильный'],
        ['landline-only', 'Один или более стационарных, но нет мобильного'],
        ['mobile-2-plus', 'Нет стационарного, но два и более мобильных'],
        ['landline-and-mobile-1', 'Один или более стационарных и один мобильный'],
        ['landline-and-mobile-2-plus', 'Один или более стационарных и два и более мобильных'],
      ],
    },
    { id: 'gas-stove', field: 'ppiGasStove', ru: 'Есть ли у домохозяйства работающая газовая плита?', answers: NO_YES },
    {
      id: 'washing-machine',
      field: 'ppiWashingMachine',
      ru: 'Какая работающая стиральная машина есть у домохозяйства?',
      answers: [
        ['none', 'Нет'],
        ['non-automatic', 'Только неавтоматическая'],
        ['automatic', 'Автоматическая (независимо от неавтоматической)'],
      ],
    },
    {
      id: 'refrigerator',
      field: 'ppiRefrigerator',
      ru: 'Какой работающий холодильник или морозильник есть у домохозяйства?',
      answers: [
        ['none', 'Нет'],
        ['refrigerator-or-freezer', 'Только холодильник или только морозильник'],
        ['refrigerator-and-freezer', 'Холодильник и морозильник или двухкамерный холодильник'],
      ],
    },
    { id: 'color-tv', field: 'ppiColorTv', ru: 'Есть ли у домохозяйства цветной телевизор?', answers: NO_YES },
    { id: 'radio', field: 'ppiRadio', ru: 'Есть ли у домохозяйства радиоприёмник?', answers: NO_YES },
    { id: 'car', field: 'ppiCar', ru: 'Есть ли у домохозяйства работающий автомобиль?', answers: NO_YES },
  ],
  'rus-2010': [
    {
      id: 'household-size',
      field: 'ppiHouseholdSize',
      ru: 'Сколько человек в домохозяйстве?',
      answers: [
        ['5+', 'Пять и более'],
        ['4', 'Четыре'],
        ['3', 'Три'],
        ['2', 'Два'],
        ['1', 'Один'],
      ],
      householdSize: [
        [5, 99],
        [4, 4],
        [3, 3],
        [2, 2],
        [1, 1],
      ],
    },
    {
      id: 'white-collar',
      field: 'ppiWhiteCollar',
      ru: 'Есть ли среди членов домохозяйства (по основной работе) руководители органов власти, учреждений, организаций или государственных предприятий, специалисты высшей или средней квалификации либо служащие?',
      answers: NO_YES,
    },
    {
      id: 'dwelling-area',
      field: 'ppiDwellingArea',
      ru: 'Какова общая площадь жилища в квадратных метрах?',
      answers: [
        ['up-to-24', '24 и менее'],
        ['25-39', '25–39'],
        ['40-59', '40–59'],
        ['60-99', '60–99'],
        ['100-plus', '100 и более'],
      ],
    },
    {
      id: 'hot-water',
      field: 'ppiHotWater',
      ru: 'Каков источник горячей воды в жилище?',
      answers: [
        ['none', 'Нет'],
        ['individual-heater', 'Индивидуальный водонагреватель'],
        ['centralized', 'Централизованное горячее водоснабжение'],
      ],
    },
    {
      id: 'color-tvs',
      field: 'ppiColorTvs',
      ru: 'Сколько цветных телевизоров у домохозяйства?',
      answers: [
        ['0', 'Ни одного'],
        ['1', 'Один'],
        ['2+', 'Два и более'],
      ],
    },
    {
      id: 'video-players',
      field: 'ppiVideoPlayers',
      ru: 'Сколько видеомагнитофонов и DVD-проигрывателей у домохозяйства?',
      answers: [
        ['0', 'Ни одного'],
        ['1', 'Один'],
        ['2+', 'Два и более'],
      ],
    },
    { id: 'microwave', field: 'ppiMicrowave', ru: 'Есть ли у домохозяйства микроволновая печь?', answers: NO_YES },
    { id: 'computer', field: 'ppiComputer', ru: 'Есть ли у домохозяйства персональный компьютер?', answers: NO_YES },
    {
      id: 'phones',
      field: 'ppiPhones',
      ru: 'Сколько стационарных и мобильных телефонов у домохозяйства?',
      answers: [
        ['none', 'Нет'],
        ['landline-only', 'Один или более стационарных и нет мобильного'],
        ['cell-1', 'Нет стационарного и один мобильный'],
        ['landline-and-cell-1', 'Один или более стационарных и один мобильный'],
        ['cell-2-plus', 'Нет стационарного и два или более мобильных'],
        ['landline-and-cell-2', 'Один или более стационарных и два мобильных'],
        ['landline-and-cell-3-plus', 'Один или более стационарных и три или более мобильных'],
      ],
    },
    { id: 'car', field: 'ppiCar', ru: 'Есть ли у домохозяйства автомобиль?', answers: NO_YES },
  ],
};

function convert(name: string, source: SourceScorecard): object {
  const texts = TEXTS[name];
  if (!texts || texts.length !== source.questions.length) throw new Error(`${name}: texts for ${source.questions.length} questions expected`);
  const country = COUNTRY_NAMES[source.country];
  if (!country) throw new Error(`${name}: no name for country ${source.country}`);
  const questions = source.questions.map((question, index) => {
    const own = texts[index]!;
    if (own.answers.length !== question.answers.length) throw new Error(`${name} question ${question.number}: ${question.answers.length} answers expected`);
    return {
      id: own.id,
      number: question.number,
      field: own.field,
      text: { en: question.text, ru: own.ru },
      ...(question.textAbridged ? { textAbridged: true } : {}),
      answers: question.answers.map((answer, answerIndex) => ({
        value: own.answers[answerIndex]![0],
        points: answer.points,
        label: { en: answer.label, ru: own.answers[answerIndex]![1] },
        ...(answer.setsTotalScore === undefined ? {} : { setsTotalScore: answer.setsTotalScore }),
      })),
      ...(own.householdSize
        ? {
            agreesWith: {
              field: 'householdSize',
              bands: Object.fromEntries(own.answers.map(([value], answerIndex) => [value, own.householdSize![answerIndex]])),
            },
          }
        : {}),
    };
  });
  const lines = Object.fromEntries(
    source.lines.map((line) => {
      const title = LINE_TITLES[line.id];
      if (!title) throw new Error(`${name}: no title for line ${line.id}`);
      return [line.id, { title, description: `${line.description} (ppitables column ${line.ppitablesColumn} of ${source.ppitablesTable})` }];
    }),
  );
  return {
    $schema: '../../../packages/rules/schemas/rule-set.schema.json',
    id: `ppi/${name}`,
    version: '1.0.0',
    title: {
      en: `Poverty Probability Index (PPI), ${country.en}, ${source.release}`,
      ru: `Индекс вероятности бедности (PPI), ${country.ru}, ${source.release}`,
    },
    description: [
      `${source.name}, ${source.release} release, from the ${source.survey}; created ${source.created}.`,
      'Scorecard by Mark Schreiner (Microfinance Risk Management, L.L.C.); PPI® is a mark of Innovations for Poverty Action (www.povertyindex.org).',
      `Questions, answers, points and the lookup table are the published ones and are never altered; the scorecard is valid only in ${country.inText}.`,
      'A group’s poverty rate is the mean of its households’ likelihoods, never the likelihood of the mean score.',
      'Texts marked textAbridged are shortened: field staff use the full wording of the published form. The Russian texts are a Social Lens translation, not IPA’s.',
      'Answer values, question ids and record fields are Social Lens’s; printed letters are not kept (some are misprinted).',
      // The notes on printed letters and abridged texts are said above, for this format.
      ...source.notes.filter((note) => !note.includes('printed letter') && !note.includes('textAbridged')),
    ].join(' '),
    subject: 'scorecard',
    country: source.country,
    source: source.source,
    scoreField: 'ppiScore',
    params: { povertyLevelLine: 'national-100' },
    questions,
    lines,
    lookup: source.lookup,
  };
}

const folder = process.argv[2];
if (!folder) throw new Error('usage: npx tsx rules/ppi/convert-ppi.ts SHARED_PPI_FOLDER');
for (const name of Object.keys(TEXTS)) {
  const source = JSON.parse(readFileSync(join(folder, `${name}.json`), 'utf8')) as SourceScorecard;
  const target = new URL(`./${name}/`, import.meta.url);
  mkdirSync(target, { recursive: true });
  writeFileSync(new URL('ruleset.json', target), `${JSON.stringify(convert(name, source), null, 2)}\n`);
}
