import type { ClientRecordField } from '@social-lens/rules';

type FieldTitles = Record<ClientRecordField, string>;

const ENGLISH: FieldTitles = {
  clientId: 'Client',
  branchId: 'Branch',
  loanOfficerId: 'Loan officer',
  gender: 'Gender',
  birthDate: 'Date of birth',
  area: 'Area',
  householdSize: 'Household size',
  dependents: 'Dependents',
  incomeBusiness: 'Business income',
  incomeWages: 'Wages',
  incomeAgriculture: 'Farm income',
  incomeRemittances: 'Remittances',
  incomeOther: 'Other income',
  householdIncomeMonthly: 'Household income a month',
  povertyLevel: 'Poverty level',
  applicationDate: 'Application date',
  disbursementDate: 'Disbursement date',
  loanCycle: 'Loan cycle',
  loanAmount: 'Loan amount',
  loanTermMonths: 'Loan term (months)',
  installmentAmount: 'Installment',
  status: 'Status',
  exitDate: 'Exit date',
  exitReason: 'Exit reason',
  nationalId: 'National id',
  clientSince: 'Client since',
};

const TITLES: Readonly<Record<string, FieldTitles>> = {
  en: ENGLISH,
  ru: {
    clientId: 'Клиент',
    branchId: 'Отделение',
    loanOfficerId: 'Кредитный специалист',
    gender: 'Пол',
    birthDate: 'Дата рождения',
    area: 'Местность',
    householdSize: 'Размер домохозяйства',
    dependents: 'Иждивенцы',
    incomeBusiness: 'Доход от бизнеса',
    incomeWages: 'Заработная плата',
    incomeAgriculture: 'Доход от сельского хозяйства',
    incomeRemittances: 'Денежные переводы',
    incomeOther: 'Прочий доход',
    householdIncomeMonthly: 'Доход домохозяйства в месяц',
    povertyLevel: 'Уровень бедности',
    applicationDate: 'Дата заявки',
    disbursementDate: 'Дата выдачи',
    loanCycle: 'Цикл займа',
    loanAmount: 'Сумма займа',
    loanTermMonths: 'Срок займа (мес.)',
    installmentAmount: 'Платёж',
    status: 'Статус',
    exitDate: 'Дата выхода',
    exitReason: 'Причина выхода',
    nationalId: 'Личный номер',
    clientSince: 'Клиент с',
  },
  bs: {
    clientId: 'Klijent',
    branchId: 'Poslovnica',
    loanOfficerId: 'Kreditni službenik',
    gender: 'Spol',
    birthDate: 'Datum rođenja',
    area: 'Područje',
    householdSize: 'Veličina domaćinstva',
    dependents: 'Izdržavani članovi',
    incomeBusiness: 'Prihod od posla',
    incomeWages: 'Plate',
    incomeAgriculture: 'Prihod od poljoprivrede',
    incomeRemittances: 'Doznake',
    incomeOther: 'Ostali prihodi',
    householdIncomeMonthly: 'Mjesečni prihod domaćinstva',
    povertyLevel: 'Nivo siromaštva',
    applicationDate: 'Datum zahtjeva',
    disbursementDate: 'Datum isplate',
    loanCycle: 'Ciklus kredita',
    loanAmount: 'Iznos kredita',
    loanTermMonths: 'Rok kredita (mjeseci)',
    installmentAmount: 'Rata',
    status: 'Status',
    exitDate: 'Datum izlaska',
    exitReason: 'Razlog izlaska',
    nationalId: 'JMBG',
    clientSince: 'Klijent od',
  },
};

/** Coded values of the canonical fields as readers say them. */
const VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: {
    'very-poor': 'Very poor',
    poor: 'Poor',
    'near-poor': 'Near-poor',
    'non-poor': 'Non-poor',
    rural: 'Rural',
    urban: 'Urban',
    F: 'Women',
    M: 'Men',
    O: 'Other',
    active: 'Active',
    exited: 'Exited',
    rejected: 'Rejected',
  },
  ru: {
    'very-poor': 'Крайне бедные',
    poor: 'Бедные',
    'near-poor': 'Почти бедные',
    'non-poor': 'Небедные',
    rural: 'Село',
    urban: 'Город',
    F: 'Женщины',
    M: 'Мужчины',
    O: 'Другое',
    active: 'Активные',
    exited: 'Вышедшие',
    rejected: 'Отказ',
  },
  bs: {
    'very-poor': 'Vrlo siromašni',
    poor: 'Siromašni',
    'near-poor': 'Skoro siromašni',
    'non-poor': 'Nisu siromašni',
    rural: 'Ruralno',
    urban: 'Urbano',
    F: 'Žene',
    M: 'Muškarci',
    O: 'Ostalo',
    active: 'Aktivni',
    exited: 'Izašli',
    rejected: 'Odbijeni',
  },
};

function primary(lang: string): string {
  return lang.split('-')[0] ?? 'en';
}

/**
 * A canonical field's title in the report's language (`householdSize` → `Household size`,
 * `Размер домохозяйства`); a field the titles do not know keeps its name.
 *
 * @example
 * fieldTitle('householdSize', 'ru') // → 'Размер домохозяйства'
 */
export function fieldTitle(field: string, lang: string): string {
  const titles = TITLES[primary(lang)] ?? ENGLISH;
  return (titles as Record<string, string>)[field] ?? field;
}

/**
 * A coded value as a label (`non-poor` → `Non-poor`, `Небедные`); other values (loan cycles,
 * branch codes) are shown as they are.
 *
 * @example
 * valueLabel('non-poor', 'en') // → 'Non-poor'
 */
export function valueLabel(value: string, lang: string): string {
  return (VALUE_LABELS[primary(lang)] ?? VALUE_LABELS['en']!)[value] ?? value;
}
