import type { Vocabulary } from '../types.ts';

/**
 * Bosnian, Croatian and Serbian vocabulary of the SMART analyzer, one for the three standard
 * languages: ijekavian and ekavian forms together (povećati/povećanje, udio/udeo, do
 * decembra/prosinca 2027, u roku od 18 mjeseci/meseci, 2.500 KM, 60 posto). Both scripts are
 * read: Cyrillic folds to Latin and diacritics are dropped before comparing (`fold`), so
 * "жене", "žene" and "zene" are one word. Inflected forms are matched by stems.
 *
 * @example
 * analyzeObjective('Povećati udio žena među novim klijentima na 60% do decembra 2027. godine', { lang: 'bs' });
 */
export const BCS_VOCABULARY: Vocabulary = {
  "lang": "bs",
  "script": "latin",
  "fold": [
    "cyrillic-to-latin",
    "strip-diacritics"
  ],
  "commonWords": [
    "i",
    "u",
    "za",
    "do",
    "od",
    "na",
    "sa",
    "s",
    "da",
    "je",
    "se",
    "su",
    "će",
    "koji",
    "koja",
    "koje",
    "kojih",
    "kod",
    "iz",
    "po",
    "među",
    "medju",
    "ili",
    "te",
    "kao",
    "kroz",
    "putem",
    "prema",
    "nego",
    "bez",
    "godine",
    "godini",
    "klijenata",
    "klijentima",
    "klijente",
    "žena",
    "žene",
    "ženama",
    "naših",
    "našim",
    "svih",
    "udio",
    "udeo",
    "broj",
    "kraja",
    "najmanje",
    "kredita",
    "posto",
    "ukupnog",
    "ispod",
    "iznad"
  ],
  "numberFormat": {
    "groupSeparators": [
      ".",
      " ",
      " ",
      " "
    ],
    "decimalSeparators": [
      ","
    ]
  },
  "numberWords": [
    {
      "value": 0,
      "phrases": [
        "nijedan",
        "nijedna",
        "nijednog",
        "nijedne",
        "nijednom",
        "nula"
      ],
      "universal": true
    },
    {
      "value": 1,
      "phrases": [
        "jedan",
        "jedna",
        "jednog",
        "jedne",
        "jednu"
      ]
    },
    {
      "value": 2,
      "phrases": [
        "dva",
        "dvije",
        "dve",
        "dvaju",
        "dvoje"
      ]
    },
    {
      "value": 3,
      "phrases": [
        "tri",
        "triju",
        "troje"
      ]
    },
    {
      "value": 4,
      "phrases": [
        "četiri"
      ]
    },
    {
      "value": 5,
      "phrases": [
        "pet"
      ]
    },
    {
      "value": 6,
      "phrases": [
        "šest"
      ]
    },
    {
      "value": 7,
      "phrases": [
        "sedam"
      ]
    },
    {
      "value": 8,
      "phrases": [
        "osam"
      ]
    },
    {
      "value": 9,
      "phrases": [
        "devet"
      ]
    },
    {
      "value": 10,
      "phrases": [
        "deset"
      ]
    },
    {
      "value": 12,
      "phrases": [
        "dvanaest"
      ]
    },
    {
      "value": 15,
      "phrases": [
        "petnaest"
      ]
    },
    {
      "value": 18,
      "phrases": [
        "osamnaest"
      ]
    },
    {
      "value": 20,
      "phrases": [
        "dvadeset"
      ]
    },
    {
      "value": 24,
      "phrases": [
        "dvadeset četiri"
      ]
    },
    {
      "value": 30,
      "phrases": [
        "trideset"
      ]
    },
    {
      "value": 36,
      "phrases": [
        "trideset šest"
      ]
    },
    {
      "value": 50,
      "phrases": [
        "pedeset"
      ]
    },
    {
      "value": 100,
      "phrases": [
        "sto",
        "stotinu"
      ]
    },
    {
      "value": 1000,
      "phrases": [
        "hiljadu",
        "tisuću"
      ]
    },
    {
      "value": 1.5,
      "phrases": [
        "jedna i po",
        "jednu i po",
        "jedne i po",
        "godinu i po"
      ]
    },
    {
      "value": 0.5,
      "phrases": [
        "polovin*",
        "polovic*",
        "pola"
      ]
    },
    {
      "value": 0.3333333333333333,
      "phrases": [
        "trećin*"
      ]
    },
    {
      "value": 0.25,
      "phrases": [
        "četvrtin*"
      ]
    },
    {
      "value": 1,
      "phrases": [
        "svi",
        "svih",
        "svim",
        "svima",
        "svaki",
        "svakog",
        "svaka",
        "svakoj",
        "svaku",
        "svakom",
        "sve klijen*",
        "sve nove",
        "sve žene",
        "sve kreditne",
        "sve zaposlene",
        "sve filijale",
        "sve službenik*",
        "100 posto",
        "100 procenata",
        "100 odsto"
      , "sve", "svako", "svakoga", "univerzaln*"],
      "universal": true
    }
  ],
  "scaleWords": [
    {
      "factor": 1000,
      "phrases": [
        "hiljad*",
        "tisuć*",
        "hilj.",
        "tis."
      ]
    },
    {
      "factor": 1000000,
      "phrases": [
        "milion*",
        "milijun*",
        "mil.",
        "mln",
        "mln.",
        "mio.",
        "mio"
      ]
    },
    {
      "factor": 1000000000,
      "phrases": [
        "milijard*",
        "mlrd",
        "mlrd."
      ]
    }
  ],
  "percentWords": [
    "posto",
    "odsto",
    "procen*",
    "postot*",
    "pct"
  ],
  "percentagePointWords": [
    "procentn* poen*",
    "procentualn* poen*",
    "postotn* bod*",
    "postotn* poen*",
    "p.p.",
    "p. p.",
    "pp",
    "poen*"
  ],
  "ratioWords": [
    "od"
  ],
  "currencies": [
    {
      "id": "BAM",
      "phrases": [
        "BAM",
        "KM",
        "konvertibiln* mar*",
        "maraka"
      ]
    },
    {
      "id": "RSD",
      "phrases": [
        "RSD",
        "dinar*",
        "din."
      ]
    },
    {
      "id": "EUR",
      "phrases": [
        "EUR",
        "€",
        "euro",
        "eura",
        "eure",
        "eurima",
        "evro",
        "evra",
        "evrima"
      ]
    },
    {
      "id": "HRK",
      "phrases": [
        "HRK",
        "kuna",
        "kune",
        "kunama"
      ]
    },
    {
      "id": "MKD",
      "phrases": [
        "MKD",
        "denar*"
      ]
    },
    {
      "id": "ALL",
      "phrases": [
        "ALL"
      ]
    },
    {
      "id": "CHF",
      "phrases": [
        "CHF",
        "franak",
        "franaka"
      ]
    },
    {
      "id": "USD",
      "phrases": [
        "USD",
        "US$",
        "$",
        "dolar*",
        "američk* dolar*"
      ]
    }
  ],
  "range": {
    "from": [
      "sa",
      "s",
      "od",
      "između",
      "izmedju"
    ],
    "to": [
      "na",
      "do",
      "i"
    ]
  },
  "comparators": [
    {
      "id": "atLeast",
      "phrases": [
        "najmanje",
        "minimalno",
        "minimum",
        "barem",
        "bar",
        "makar",
        "ne manje od",
        "ne manji od",
        "ne manja od",
        "ne niže od",
        "ne niži od",
        "ne niža od"
      ],
      "needsNumber": true
    },
    {
      "id": "atMost",
      "phrases": [
        "najviše",
        "maksimalno",
        "maksimum",
        "ne više od",
        "ne veći od",
        "ne veća od",
        "ne veće od",
        "ne viši od",
        "ne viša od",
        "ne prelazi",
        "ne prelaze",
        "da ne prelazi"
      ],
      "needsNumber": true
    },
    {
      "id": "below",
      "phrases": [
        "ispod",
        "manje od",
        "manji od",
        "manja od",
        "niže od",
        "niži od",
        "niža od"
      ],
      "needsNumber": true
    },
    {
      "id": "above",
      "phrases": [
        "iznad",
        "preko",
        "više od",
        "veći od",
        "veća od",
        "veće od",
        "viši od",
        "viša od",
        "premaši*",
        "premaš*"
      ],
      "needsNumber": true
    },
    {
      "id": "upTo",
      "phrases": [
        "do"
      ],
      "needsNumber": true
    },
    {
      "id": "halve",
      "phrases": [
        "prepolovi*",
        "prepolovlj*",
        "za polovinu",
        "za pola",
        "na pola",
        "upola",
        "dvostruko manj*",
        "dva puta manj*"
      ]
    },
        {
          "id": "aboveAverage",
          "phrases": ["iznad prosjek*", "iznad prosek*", "iznad prosječn*", "iznad prosečn*", "iznad državnog prosjeka", "iznad evropskog prosjeka"]
        },
        {
          "id": "eliminate",
          "phrases": ["iskorijeni*", "iskoreni*", "iskorjenjiva*", "eliminisa*", "eliminira*", "eliminacij*", "okonča*", "okonca*", "zaustavi*", "svesti na nulu"]
        },
    {
      "id": "double",
      "phrases": [
        "udvostruč*",
        "dvostruko",
        "duplo",
        "duplira*",
        "dva puta",
        "2 puta"
      ]
    },
    {
      "id": "triple",
      "phrases": [
        "utrostruč*",
        "trostruko",
        "tri puta",
        "3 puta"
      ]
    },
    {
      "id": "increaseBy",
      "phrases": [
        "poveća* za",
        "uveća* za",
        "rast* za",
        "porast* za",
        "podić* za",
        "podig* za",
        "podiza* za",
        "narast* za",
        "veći za",
        "veća za",
        "veće za",
        "više za"
      ]
    },
    {
      "id": "reduceBy",
      "phrases": [
        "smanji* za",
        "smanje* za",
        "umanji* za",
        "sniz* za",
        "sniž* za",
        "spusti* za",
        "pad* za",
        "opad* za",
        "manji za",
        "manja za",
        "manje za",
        "niži za",
        "niža za"
      ]
    }
  ],
  "months": [
    {
      "month": 1,
      "phrases": [
        "1.",
        "01.",
        "januar*",
        "siječ*",
        "jan."
      ]
    },
    {
      "month": 2,
      "phrases": [
        "2.",
        "02.",
        "februar*",
        "veljač*",
        "feb."
      ]
    },
    {
      "month": 3,
      "phrases": [
        "3.",
        "03.",
        "mart",
        "marta",
        "martu",
        "ožuj*",
        "mar."
      ]
    },
    {
      "month": 4,
      "phrases": [
        "4.",
        "04.",
        "april*",
        "travanj",
        "travnj*",
        "apr."
      ]
    },
    {
      "month": 5,
      "phrases": [
        "5.",
        "05.",
        "maj",
        "maja",
        "maju",
        "svibanj",
        "svibnj*"
      ]
    },
    {
      "month": 6,
      "phrases": [
        "6.",
        "06.",
        "jun",
        "juna",
        "juni",
        "junu",
        "lipanj",
        "lipnj*"
      ]
    },
    {
      "month": 7,
      "phrases": [
        "7.",
        "07.",
        "jul",
        "jula",
        "juli",
        "julu",
        "srpanj",
        "srpnj*"
      ]
    },
    {
      "month": 8,
      "phrases": [
        "8.",
        "08.",
        "august*",
        "avgust*",
        "kolovoz*",
        "aug.",
        "avg."
      ]
    },
    {
      "month": 9,
      "phrases": [
        "9.",
        "09.",
        "septemb*",
        "septembar",
        "rujan",
        "rujn*",
        "sept.",
        "sep."
      ]
    },
    {
      "month": 10,
      "phrases": [
        "10.",
        "oktob*",
        "oktobar",
        "listopad*",
        "okt."
      ]
    },
    {
      "month": 11,
      "phrases": [
        "11.",
        "novemb*",
        "novembar",
        "studeni",
        "studenoga",
        "studenog",
        "studenom",
        "nov."
      ]
    },
    {
      "month": 12,
      "phrases": [
        "12.",
        "decemb*",
        "decembar",
        "prosin*",
        "dec."
      ]
    }
  ],
  "ordinals": [
    {
      "value": 1,
      "phrases": [
        "prv*",
        "I",
        "1."
      ]
    },
    {
      "value": 2,
      "phrases": [
        "drug*",
        "II",
        "2."
      ]
    },
    {
      "value": 3,
      "phrases": [
        "treć*",
        "III",
        "3."
      ]
    },
    {
      "value": 4,
      "phrases": [
        "četvrt*",
        "IV",
        "4."
      ]
    }
  ],
  "quarterWords": [
    "kvartal*",
    "tromjesečj*",
    "tromesečj*"
  ],
  "halfYearWords": [
    "polugodišt*",
    "polugođ*",
    "polugodj*",
    "polovin*",
    "polovic*"
  ],
  "ofWords": [],
  "daySuffixes": [
    "."
  ],
  "yearWords": [
    ". godine",
    ". godini",
    ". godinu",
    ". god.",
    ". g.",
    "godine",
    "godini",
    "god.",
    "g."
  ],
  "deadlinePrepositions": [
    "do",
    "najkasnije do",
    "najkasnije u",
    "najkasnije",
    "ne kasnije od",
    "zaključno sa",
    "zaključno s",
    "zaključno do",
    "zaključno",
    "u",
    "tokom",
    "u toku",
    "na",
    "za",
    "prije",
    "pre",
    "na dan",
    "sa stanjem na",
    "sa danom",
    "s danom",
    "u roku do"
  ],
  "referencePrepositions": [
    "od",
    "sa",
    "s",
    "nego u",
    "nego",
    "u odnosu na",
    "u poređenju sa",
    "u poređenju s",
    "u poredjenju sa",
    "u usporedbi sa",
    "u usporedbi s",
    "naspram",
    "nakon",
    "poslije",
    "posle",
    "počev od",
    "počevši od",
    "počevši sa"
  ],
  "endOfPhrases": [
    "kraja",
    "kraju",
    "kraj",
    "krajem",
    "konca",
    "koncem",
    "završetka",
    "završetku",
    "isteka",
    "kraja godine",
    "kraja poslovne godine",
    "kraja fiskalne godine",
    "kraja finansijske godine",
    "kraja financijske godine"
  ],
  "startOfPhrases": [
    "početka",
    "početku",
    "početkom",
    "početak"
  ],
  "ambiguousDatePrepositions": [
    "u",
    "tokom",
    "u toku",
    "na",
    "za",
    "sa stanjem na"
  ],
  "framePrepositions": [
    "u roku od",
    "u periodu od",
    "u razdoblju od",
    "u roku",
    "tokom",
    "u toku",
    "u",
    "za",
    "kroz",
    "unutar",
    "u okviru",
    "za manje od"
  ],
  "singleUnitFramePrepositions": [
    "u roku od",
    "u roku",
    "tokom",
    "u toku",
    "unutar",
    "u okviru",
    "za manje od",
    "u periodu od",
    "u razdoblju od"
  ],
  "articles": [],
  "nextWords": [
    "naredn*",
    "sljedeć*",
    "slijedeć*",
    "sledeć*",
    "iduć*",
    "predstojeć*",
    "prv*"
  ],
  "timeUnits": [
    {
      "months": 12,
      "phrases": [
        "godine",
        "godinu",
        "godini",
        "godinom",
        "godinu dana"
      ]
    },
    {
      "months": 12,
      "phrases": [
        "godina",
        "godinama"
      ],
      "plural": true
    },
    {
      "months": 1,
      "phrases": [
        "mjesec",
        "mesec",
        "mjeseca",
        "meseca",
        "mjesecu",
        "mesecu"
      ]
    },
    {
      "months": 1,
      "phrases": [
        "mjeseci",
        "meseci",
        "mjesecima",
        "mesecima",
        "mjesece",
        "mesece"
      ],
      "plural": true
    },
    {
      "months": 3,
      "phrases": [
        "kvartal",
        "kvartala",
        "kvartalu",
        "tromjesečje",
        "tromjesečja",
        "tromesečje",
        "tromesečja"
      ]
    },
    {
      "months": 3,
      "phrases": [
        "kvartali",
        "kvartalima"
      ],
      "plural": true
    },
    {
      "months": 6,
      "phrases": [
        "polugodište",
        "polugodišta",
        "polugodištu",
        "pola godine"
      ]
    },
    {
      "months": 0.25,
      "phrases": [
        "sedmica",
        "sedmice",
        "sedmicu",
        "nedelja",
        "nedelje",
        "nedelju",
        "nedjelja",
        "nedjelje",
        "nedjelju",
        "tjedan",
        "tjedna",
        "tjednu",
        "tjedana"
      ]
    },
    {
      "months": 0.03333333333333333,
      "phrases": [
        "dan",
        "dana"
      ]
    }
  ],
  "vagueTime": [
    "što prije",
    "što pre",
    "što je prije moguće",
    "što je pre moguće",
    "što ranije",
    "u najkraćem roku",
    "u najkraćem mogućem roku",
    "u narednom periodu",
    "u narednom razdoblju",
    "u predstojećem periodu",
    "u predstojećem razdoblju",
    "u sljedećem periodu",
    "u sledećem periodu",
    "tokom narednog perioda",
    "u budućnosti",
    "u bliskoj budućnosti",
    "u doglednoj budućnosti",
    "u dogledno vrijeme",
    "u dogledno vreme",
    "ubuduće",
    "uskoro",
    "vremenom",
    "s vremenom",
    "sa vremenom",
    "postepeno",
    "postupno",
    "dugoročno",
    "srednjoročno",
    "kratkoročno",
    "na duži rok",
    "na dugi rok",
    "u dugom roku",
    "u narednim godinama",
    "narednih godina",
    "u godinama koje dolaze",
    "u narednom strateškom periodu",
    "tokom strateškog perioda",
    "u toku strateškog perioda",
    "u strateškom periodu",
    "do kraja strateškog perioda",
    "u perspektivi",
    "kontinuirano",
    "stalno",
    "konstantno",
    "na kontinuiranoj osnovi",
    "na stalnoj osnovi",
    "po potrebi",
    "kad god je moguće",
    "kada bude moguće",
    "kada to bude moguće",
    "u skladu s mogućnostima",
    "u skladu sa mogućnostima",
    "prema mogućnostima"
  ],
  "frequencies": [
    "godišnje",
    "svake godine",
    "svakom godinom",
    "na godišnjem nivou",
    "na godišnjoj razini",
    "na godišnjoj osnovi",
    "mjesečno",
    "mesečno",
    "svakog mjeseca",
    "svakog meseca",
    "na mjesečnom nivou",
    "na mesečnom nivou",
    "kvartalno",
    "tromjesečno",
    "tromesečno",
    "svakog kvartala",
    "na kvartalnom nivou",
    "polugodišnje",
    "dva puta godišnje",
    "jednom godišnje",
    "sedmično",
    "nedeljno",
    "nedjeljno",
    "tjedno",
    "po godini",
    "iz godine u godinu"
  ],
  "descriptiveDeterminers": [
    "naš*",
    "svoj*",
    "njen*",
    "njezin*",
    "njegov*",
    "njihov*",
    "postojeć*",
    "sadašnj*",
    "trenutno",
    "imamo",
    "posluje*",
    "poslujemo",
    "od osnivanja",
    "osnovan* u",
    "osnovan* je",
    "kroz",
    "sa",
    "s",
    "putem",
    "preko"
  ],
  "targetGroups": [
    {
      "id": "women",
      "phrases": [
        "žen*",
        "zene",
        "zena",
        "zenama",
        "zenske",
        "ženskih",
        "klijentic*",
        "korisnica",
        "korisnice",
        "korisnicama",
        "poduzetnica",
        "poduzetnice",
        "poduzetnicama",
        "preduzetnica",
        "preduzetnice",
        "preduzetnicama",
        "djevoj*",
        "devoj*",
        "majk*",
        "majci",
        "samohran* majk*",
        "udovic*",
        "Romkinj*",
        "vlasnica",
        "vlasnice",
        "vlasnicama"
      ],
      "area": "outreach"
    },
    {
      "id": "rural",
      "phrases": [
        "ruraln*",
        "seosk*",
        "selo",
        "sela",
        "selima",
        "selu",
        "udaljen* područj*",
        "udaljen* podruc*",
        "udaljen* krajev*",
        "udaljen* mjest*",
        "udaljen* mest*",
        "brdsko-planinsk*",
        "planinsk* područj*",
        "izvan grad*",
        "van grad*",
        "izvan urbanih"
      ],
      "area": "outreach"
    },
    {
      "id": "veryPoor",
      "phrases": [
        "izuzetno siromašn*",
        "ekstremno siromašn*",
        "krajnje siromašn*",
        "najsiromašnij*",
        "ekstremn* siromaštv*",
        "ispod linije ekstremnog siromaštva",
        "ispod granice ekstremnog siromaštva"
      ],
      "area": "outreach"
    },
    {
      "id": "poor",
      "phrases": [
        "siromašn*",
        "siromasn*",
        "ispod linije siromaštva",
        "ispod granice siromaštva",
        "ispod praga siromaštva",
        "linij* siromaštva",
        "granic* siromaštva",
        "prag* siromaštva",
        "niskih prihoda",
        "niskim prihodima",
        "niskog prihoda",
        "niskim primanjima",
        "niskih primanja",
        "niskog dohotka",
        "niskih dohodaka",
        "socijalno ugrožen*",
        "ugrožen*",
        "ranjiv*",
        "socijaln* pomoć*",
        "korisnic* socijaln*",
        "korisnik* socijaln*",
        "isključen*",
        "marginalizovan*",
        "marginaliziran*",
        "bez pristupa bankama",
        "bez pristupa bankarskim"
      ],
      "area": "outreach"
    },
    {
      "id": "ruralAreas",
      "phrases": [
        "ruraln* područj*",
        "ruraln* podrucj*",
        "ruraln* sredin*",
        "ruraln* krajev*",
        "ruraln* regij*",
        "ruraln* region*",
        "seosk* područj*",
        "seosk* sredin*"
      ],
      "place": true,
      "area": "outreach"
    },
    {
      "id": "institution",
      "phrases": [
        "mikrokreditn* organizacij*",
        "mikrokreditn* fondacij*",
        "mikrokreditn* društv*",
        "mikrokreditn* institucij*",
        "mikrofinansijsk* institucij*",
        "mikrofinancijsk* institucij*",
        "mikrofinansijsk* organizacij*",
        "MKO",
        "MKF",
        "MFI"
      ],
      "place": true
    },
    {
      "id": "unemployed",
      "phrases": [
        "nezaposlen*"
      ],
      "area": "outreach"
    },
    {
      "id": "youth",
      "phrases": [
        "mlad*",
        "mlađ*",
        "omladin*",
        "student*",
        "studenata",
        "studentic*",
        "maturan*",
        "mlad* preduzetni*",
        "mlad* poduzetni*"
      ],
      "area": "outreach"
    },
    {
      "id": "minorities",
      "phrases": [
        "manjin*",
        "nacionaln* manjin*",
        "etničk* manjin*"
      ],
      "area": "outreach"
    },
    {
      "id": "roma",
      "phrases": [
        "rom",
        "romi",
        "roma",
        "romima",
        "rome",
        "romsk*",
        "egipćan*",
        "egipcan*",
        "aškalij*",
        "askalij*"
      ],
      "area": "outreach"
    },
    {
      "id": "refugees",
      "phrases": [
        "izbjegl*",
        "izbegl*",
        "izbjeglic*",
        "izbeglic*",
        "raseljen*",
        "interno raseljen*",
        "prognan*",
        "IRL"
      ],
      "area": "outreach"
    },
    {
      "id": "returnees",
      "phrases": [
        "povratnik*",
        "povratnic*",
        "povratničk*"
      ],
      "area": "outreach"
    },
    {
      "id": "migrants",
      "phrases": [
        "migran*",
        "primaoc* doznaka",
        "primatelj* doznaka",
        "korisnic* doznaka",
        "korisnik* doznaka",
        "primalac doznaka"
      ],
      "area": "outreach"
    },
    {
      "id": "disabilities",
      "phrases": [
        "osob* s invaliditetom",
        "osob* sa invaliditetom",
        "lica s invaliditetom",
        "lica sa invaliditetom",
        "licima s invaliditetom",
        "licima sa invaliditetom",
        "s invaliditetom",
        "sa invaliditetom",
        "invalid*",
        "osob* s posebnim potrebama",
        "osob* sa posebnim potrebama",
        "osob* s poteškoćama",
        "OSI"
      ],
      "area": "outreach"
    },
    {
      "id": "elderly",
      "phrases": [
        "penzioner*",
        "umirovljenik*",
        "umirovljenic*",
        "starij* osob*",
        "starij* lic*",
        "starij* klijen*",
        "starij* građan*"
      ],
      "area": "outreach"
    },
    {
      "id": "firstCycle",
      "phrases": [
        "nov* klijen*",
        "nov* korisnik*",
        "nov* korisnic*",
        "nov* član*",
        "nov* zajmoprim*",
        "novoprimljen*",
        "prv* cikl*",
        "prv* kredit*",
        "prv* zaj*",
        "prvi put",
        "po prvi put",
        "prvog zajma"
      ]
    },
    {
      "id": "exitingClients",
      "phrases": [
        "bivš* klijen*",
        "klijen* koji su napustili",
        "klijen* koji napuštaju",
        "klijen* koji su otišli",
        "klijen* koji odlaze",
        "odlazeć* klijen*",
        "klijen* koji izlaze"
      ]
    },
    {
      "id": "loanOfficers",
      "phrases": [
        "kreditn* službenik*",
        "kreditn* službenic*",
        "kreditn* referen*",
        "kreditn* savjetnik*",
        "kreditn* savetnik*",
        "kreditn* analitičar*",
        "kreditn* oficir*",
        "kreditn* agen*",
        "terensk* osoblj*",
        "terensk* službenik*",
        "terensk* radnik*",
        "loan officer*"
      ]
    },
    {
      "id": "staff",
      "phrases": [
        "zaposlen*",
        "uposlen*",
        "osoblj*",
        "radnik*",
        "menadžer*",
        "direktor* filijal*",
        "rukovodi* filijal*",
        "upravi",
        "menadžment*",
        "rukovodstv*"
      ]
    },
    {
      "id": "branches",
      "phrases": [
        "filijal*",
        "poslovnic*",
        "ured",
        "ureda",
        "uredi",
        "uredima",
        "kancelarij*",
        "ispostav*",
        "šalter*",
        "prodajn* mjest*",
        "prodajn* mest*",
        "uslužn* mjest*",
        "uslužn* mest*"
      ],
      "place": true
    },
    {
      "id": "farmers",
      "phrases": [
        "poljoprivrednik*",
        "poljoprivrednic*",
        "poljoprivredn* proizvođač*",
        "poljoprivredn* proizvodjač*",
        "poljoprivredn* gazdinst*",
        "poljoprivredn* gospodarst*",
        "poljoprivredn* domaćinst*",
        "OPG",
        "farmer*",
        "stočar*",
        "seljak*",
        "seljac*",
        "uzgajivač*",
        "voćar*",
        "pčelar*",
        "ratar*"
      ],
      "area": "outreach"
    },
    {
      "id": "microEntrepreneurs",
      "phrases": [
        "preduzetnik*",
        "poduzetnik*",
        "mikropreduzetni*",
        "mikropoduzetni*",
        "mikro preduzetni*",
        "mikro poduzetni*",
        "mikropreduzeć*",
        "mikropoduzeć*",
        "mikro preduzeć*",
        "mikro poduzeć*",
        "mal* preduzeć*",
        "mal* poduzeć*",
        "mal* biznis*",
        "mal* obrt*",
        "obrtnik*",
        "obrtnic*",
        "zanatlij*",
        "samozaposlen*",
        "start-up*",
        "startup*",
        "samostaln* preduzetni*",
        "preduzetničk* radnj*"
      ]
    },
    {
      "id": "households",
      "phrases": [
        "domaćinst*",
        "domacinst*",
        "kućanst*",
        "kucanst*",
        "porodic*",
        "obitelj*",
        "članov* domaćinstva",
        "članov* porodice",
        "članov* obitelji"
      ]
    },
    {
      "id": "clients",
      "phrases": [
        "klijen*",
        "korisnik*",
        "korisnic*",
        "dužnik*",
        "zajmoprim*",
        "kreditoprim*",
        "članov*",
        "članic*",
        "štediš*"
      ],
      "generic": true
    }
  ],
  "indicators": [
    { "id": "education", "phrases": ["obrazovanj*", "školovanj*", "skolovanj*", "pravni identitet", "upis* rođenih", "upis* rodjenih", "knjig* rođenih"], "area": "clientChange" },
    { "id": "budget", "phrases": ["budžet*", "budzet*", "finansiranj*", "financiranj*"] },
    { "id": "rank", "phrases": ["rang*", "top", "mjest* na list*", "mest* na list*", "indeks*"] },
    { "id": "access", "phrases": ["pristup*", "dostupnost*", "jednak* pristup*", "univerzal* pristup*", "učešć*", "ucesc*", "učešće", "participacij*", "zastupljenost*"], "area": "outreach" },
    { "id": "harm", "phrases": ["smrt*", "smrtn* slučaj*", "povred*", "nasilj*", "diskriminacij*", "trgovin* ljudima", "iskorišćavanj*", "iskoriscavanj*", "iskorištavanj*", "zlostavljanj*", "štetn* praks*", "prisiln* brak*", "dječij* brak*", "djecji brak*", "prinudn* rad*", "dječij* rad*", "epidemij*", "pothranjenost*"] },
    {
      "id": "share",
      "phrases": [
        "udio",
        "udjel*",
        "udela",
        "udeo",
        "udelu",
        "udelom",
        "udjela",
        "udjelu",
        "udjelom",
        "učešć*",
        "učešc*",
        "zastupljenost*",
        "procenat",
        "procenta",
        "procentu",
        "postotak",
        "postotka",
        "postotku",
        "omjer*",
        "odnos",
        "od ukupnog broja",
        "od ukupno",
        "od svih",
        "% naših",
        "% klijen*",
        "% nov*",
        "% žen*",
        "% korisni*",
        "% svih",
        "% aktivn*",
        "% ukupn*",
        "% domaćinst*",
        "% kućanst*",
        "% kredit*",
        "% zaposlen*",
        "% mladih",
        "% poljoprivrednik*",
        "% siromašn*",
        "% portfelj*",
        "% portfolij*",
        "posto naših",
        "posto klijen*",
        "posto nov*",
        "posto žen*",
        "posto korisni*",
        "posto svih",
        "posto aktivn*",
        "posto ukupn*",
        "posto domaćinst*",
        "posto kućanst*",
        "posto kredit*",
        "posto zaposlen*",
        "posto mladih",
        "posto poljoprivrednik*",
        "posto siromašn*",
        "posto portfelj*",
        "posto portfolij*",
        "odsto naših",
        "odsto klijen*",
        "odsto nov*",
        "odsto žen*",
        "odsto korisni*",
        "odsto svih",
        "odsto aktivn*",
        "odsto ukupn*",
        "odsto domaćinst*",
        "odsto kućanst*",
        "odsto kredit*",
        "odsto zaposlen*",
        "odsto mladih",
        "odsto poljoprivrednik*",
        "odsto siromašn*",
        "odsto portfelj*",
        "odsto portfolij*",
        "procenata naših",
        "procenata klijen*",
        "procenata nov*",
        "procenata žen*",
        "procenata korisni*",
        "procenata svih",
        "procenata aktivn*",
        "procenata ukupn*",
        "procenata domaćinst*",
        "procenata kućanst*",
        "procenata kredit*",
        "procenata zaposlen*",
        "procenata mladih",
        "procenata poljoprivrednik*",
        "procenata siromašn*",
        "procenata portfelj*",
        "procenata portfolij*",
        "postotaka naših",
        "postotaka klijen*",
        "postotaka nov*",
        "postotaka žen*",
        "postotaka korisni*",
        "postotaka svih",
        "postotaka aktivn*",
        "postotaka ukupn*",
        "postotaka domaćinst*",
        "postotaka kućanst*",
        "postotaka kredit*",
        "postotaka zaposlen*",
        "postotaka mladih",
        "postotaka poljoprivrednik*",
        "postotaka siromašn*",
        "postotaka portfelj*",
        "postotaka portfolij*",
        "% od",
        "posto od",
        "odsto od",
        "procenata od",
        "postotaka od"
      ]
    },
    {
      "id": "repaymentRate",
      "phrases": [
        "otplat*",
        "stop* otplate",
        "redovn* otplat*",
        "urednost* otplate",
        "uredn* otplat*",
        "blagovremen* otplat*",
        "pravovremen* otplat*",
        "povrat* kredita",
        "naplat*"
      ]
    },
    {
      "id": "retention",
      "phrases": [
        "zadržavanj*",
        "zadržan* klijen*",
        "zadržan* korisnik*",
        "stop* zadržavanja",
        "ponovljen* klijen*",
        "ponovn* klijen*",
        "ponovn* korisnik*",
        "lojalnost*",
        "obnov* kredit*"
      ],
      "area": "services"
    },
    {
      "id": "exitRate",
      "phrases": [
        "napuštanj*",
        "odliv*",
        "odljev*",
        "osip*",
        "stop* napuštanja",
        "stop* odliva",
        "odlaz* klijenata",
        "odlas* klijenata",
        "razlog* napuštanja",
        "razlog* odlaska",
        "razloz* odlaska",
        "razloz* napuštanja",
        "odustajanj*"
      ],
      "area": "services"
    },
    {
      "id": "portfolioAtRisk",
      "phrases": [
        "portfelj* u riziku",
        "portfolio u riziku",
        "portfolij* u riziku",
        "PAR",
        "PAR30",
        "PAR 30",
        "PAR>30",
        "PAR90",
        "kašnjenj*",
        "docnj*",
        "dospjel*",
        "dospel*",
        "nenaplativ*",
        "otpis*",
        "neizmiren*",
        "zaostal* dug*"
      ]
    },
    {
      "id": "access",
      "phrases": [
        "pristup* finansij*",
        "pristup* financij*",
        "pristup* uslug*",
        "pristup* kredit*",
        "pristup* finansiranj*",
        "pristup* financiranj*",
        "pristup* štednj*"
      ],
      "area": "outreach"
    },
    {
      "id": "rate",
      "phrases": [
        "stop*",
        "koeficijent*",
        "pokazatelj*",
        "nivo*",
        "razin*",
        "racio"
      ]
    },
    {
      "id": "number",
      "phrases": [
        "broj",
        "broja",
        "broju",
        "brojem",
        "ukupan broj",
        "ukupnog broja",
        "ukupno"
      ]
    },
    {
      "id": "average",
      "phrases": [
        "prosječn*",
        "prosečn*",
        "prosjek*",
        "prosek*",
        "u prosjeku",
        "u proseku"
      ]
    },
    {
      "id": "median",
      "phrases": [
        "medijan*"
      ]
    },
    {
      "id": "income",
      "phrases": [
        "prihod*",
        "primanj*",
        "zarad*",
        "promet*",
        "dohod*",
        "dohotk*"
      ],
      "area": "clientChange"
    },
    {
      "id": "profit",
      "phrases": [
        "dobit",
        "dobitak",
        "dobitka",
        "profit*",
        "neto dobit*",
        "neto prihod*"
      ],
      "area": "clientChange"
    },
    {
      "id": "savings",
      "phrases": [
        "štednj*",
        "štedn*",
        "stednj*",
        "štediš*",
        "depozit*",
        "ušted*",
        "uštedj*"
      ],
      "area": "services"
    },
    {
      "id": "satisfaction",
      "phrases": [
        "zadovoljstv*",
        "zadovoljn*",
        "NPS",
        "neto promoter*"
      ],
      "area": "services"
    },
    {
      "id": "loanSize",
      "phrases": [
        "iznos* kredit*",
        "iznos* zajm*",
        "iznos* mikrokredit*",
        "veličin* kredit*",
        "visin* kredit*",
        "prosječn* kredit*",
        "prosečn* kredit*"
      ]
    },
    {
      "id": "assets",
      "phrases": [
        "imovin*",
        "stoka",
        "stoke",
        "stoku",
        "grl* stoke",
        "osnovn* sredstv*"
      ],
      "area": "clientChange"
    },
    {
      "id": "employment",
      "phrases": [
        "radn* mjest*",
        "radn* mest*",
        "zapošljavanj*",
        "zaposlenost*",
        "zapošlj*",
        "samozapošljavanj*"
      ],
      "area": "clientChange"
    },
    {
      "id": "outreach",
      "phrases": [
        "obuhvat*",
        "doseg*",
        "aktivn* klijen*",
        "aktivn* korisnik*",
        "aktivn* korisnic*",
        "klijentsk* baz*",
        "baz* klijenata",
        "pokrivenost*",
        "dostupnost*"
      ],
      "area": "outreach"
    },
    {
      "id": "povertyScore",
      "phrases": [
        "stop* siromaštva",
        "nivo* siromaštva",
        "razin* siromaštva",
        "indeks* siromaštva",
        "PPI",
        "vjerovatnoć* siromaštva",
        "vjerojatnost* siromaštva",
        "verovatnoć* siromaštva",
        "status* siromaštva"
      ],
      "area": "outreach"
    },
    {
      "id": "complaints",
      "phrases": [
        "žalb*",
        "prigovor*",
        "pritužb*",
        "reklamacij*"
      ],
      "area": "services"
    },
    {
      "id": "loanPortfolio",
      "phrases": [
        "portfelj*",
        "portfolio",
        "portfolij*",
        "kreditn* portfelj*",
        "kreditn* portfolio",
        "bruto portfelj*",
        "bruto kreditn* portfolio"
      ]
    },
    {
      "id": "disbursements",
      "phrases": [
        "isplat*",
        "plasman*",
        "plasiran*",
        "odobren* kredit*",
        "kredit*",
        "zajm*",
        "zajam",
        "mikrokredit*",
        "mikrozajm*",
        "isplaćen*",
        "finansiranj*",
        "financiranj*"
      ]
    },
    {
      "id": "growth",
      "phrases": [
        "rast",
        "rasta",
        "rastu",
        "porast*",
        "prirast*",
        "stop* rasta"
      ],
      "area": "clientChange"
    },
    {
      "id": "trainingCompletion",
      "phrases": [
        "obuk*",
        "edukacij*",
        "trening*",
        "osposobljavanj*",
        "finansijsk* pismenost*",
        "financijsk* pismenost*",
        "finansijsk* edukacij*",
        "financijsk* edukacij*",
        "polaznik*",
        "polaznic*",
        "učesnik*",
        "sudionik*",
        "prisustv*",
        "obučen*",
        "educiran*",
        "edukovan*"
      ],
      "area": "services"
    },
    {
      "id": "multipleBorrowing",
      "phrases": [
        "prezaduž*",
        "višestruk* zaduž*",
        "zaduženost*",
        "kreditn* opterećenj*",
        "dužničk* opterećenj*",
        "omjer* rate i prihoda",
        "odnos* rate i prihoda",
        "odnos* otplate i prihoda",
        "omjer* otplate i prihoda"
      ],
      "area": "services"
    },
    {
      "id": "insurance",
      "phrases": [
        "osiguranj*",
        "mikroosiguranj*",
        "polis* osiguranja",
        "osiguranik*",
        "osiguran* klijen*"
      ],
      "area": "services"
    },
    {
      "id": "housing",
      "phrases": [
        "stambe*",
        "stanovanj*",
        "uslov* stanovanja",
        "uvjet* stanovanja",
        "adaptacij* stamb*",
        "adaptacij* kuć*"
      ],
      "area": "clientChange"
    }
  ],
  "baselines": [
    {
      "id": "from",
      "phrases": [
        "sa",
        "s",
        "sa nivoa",
        "s nivoa",
        "sa razine",
        "s razine",
        "sa sadašnjih",
        "sa trenutnih",
        "s trenutnih",
        "sa postojećih",
        "s postojećih"
      ],
      "needsNumber": true
    },
    {
      "id": "comparedWith",
      "phrases": [
        "u odnosu na",
        "u poređenju sa",
        "u poređenju s",
        "u poredjenju sa",
        "u usporedbi sa",
        "u usporedbi s",
        "naspram"
      ]
    },
    {
      "id": "baseline",
      "phrases": [
        "početn* vrijednost*",
        "početn* vrednost*",
        "polazn* vrijednost*",
        "polazn* vrednost*",
        "polazn* osnov*",
        "bazn* godin*",
        "bazn* vrijednost*",
        "bazn* vrednost*",
        "trenutn* nivo*",
        "trenutn* vrijednost*",
        "trenutn* vrednost*",
        "sadašnj* nivo*",
        "sadašnj* razin*",
        "trenutno",
        "danas",
        "u ovom trenutku"
      ]
    },
    {
      "id": "thanIn",
      "phrases": [
        "nego u",
        "nego prošle godine",
        "nego"
      ]
    }
  ],
  "measurableVerbs": [
    "ući u", "uci u", "ući među", "uci medju", "ući medju",
    "uloži*", "ulozi*", "izdvoji*", "investira*", "mobiliz*", "mobilisa*", "finansira*", "financira*", "potroši*", "potrosi*", "plasira*",
    "poveća*",
    "povecat*",
    "povecaj*",
    "uveća*",
    "smanji*",
    "smanje*",
    "umanji*",
    "sniz*",
    "sniž*",
    "dostić*",
    "dostig*",
    "dostiz*",
    "dosegn*",
    "postić*",
    "postig*",
    "postiz*",
    "ostvari*",
    "održa*",
    "zadrža*",
    "zadržati",
    "prepolovi*",
    "udvostruč*",
    "utrostruč*",
    "isplati*",
    "plasira*",
    "odobri*",
    "obuči*",
    "obučava*",
    "educira*",
    "edukova*",
    "otvori*",
    "otvara*",
    "privuć*",
    "privuč*",
    "privlač*",
    "proširi*",
    "proširiva*",
    "uključi*",
    "obuhvati*",
    "opsluž*",
    "usluži*",
    "sprovesti",
    "sprovod*",
    "sprovede",
    "provesti",
    "provede",
    "provod*",
    "uvesti",
    "uvede",
    "pokrenu*",
    "lansira*",
    "ponudi*",
    "pruži*",
    "izda*",
    "anketira*",
    "intervjuira*",
    "intervjuisa*",
    "prikupi*",
    "prikuplja*",
    "registrova*",
    "registrira*",
    "upisa*",
    "ograniči*",
    "procijeni*",
    "proceni*",
    "ocijeni*",
    "oceni*",
    "zaposli*",
    "kreira*",
    "stvori*",
    "podić*",
    "podig*",
    "podiza*",
    "svesti",
    "svede*",
    "narast*",
    "porast*",
    "pasti",
    "padne",
    "finansira*",
    "financira*",
    "kreditira*",
    "dodijeli*",
    "dodeli*",
    "osigura* klijen*",
    "iznosi*",
    "izvesti",
    "izvede*",
    "izvuć*",
    "izvuč*"
  ],
  "vagueWords": ["poboljša*", "poboljsa*", "unaprijedi*", "unapredi*", "unapređ*", "unaprjeđ*", "unapredj*", "unaprijeđ*", "ojača*", "jača*", "jačanj*", "osnaži*", "osnaživ*", "podrža*", "podrška", "podršk*", "promovi*", "promoviranj*", "promica*", "potica*", "potaknu*", "podsta*", "podstic*", "olakša*", "doprin*", "razvi*", "razvoj*", "osigura kvalitet*", "omogući*", "pomoći", "pomoć", "pomaga*", "pomog*", "održiv*", "značajno", "značajn*", "znatno", "bitno", "u što većoj mjeri", "u što većoj meri", "što više", "sve više", "sve veći*", "sve većem", "sve većeg", "rastuć*", "pozitivn* uticaj*", "pozitivn* utjecaj*", "potreb*", "život*", "zivot*", "blagostanj*", "dobrobit*", "boljitak", "bolj*", "efikasn*", "efektivn*", "djelotvorn*", "delotvorn*", "optimizira*", "optimizova*", "maksimizira*", "maksimizova*", "transformi*", "transformisa*", "fokusira*", "staviti fokus", "posvetiti pažnju", "obratiti pažnju", "podizanj* svijesti", "podizanj* svesti", "podići svijest", "podići svest", "posvećen*", "odgovorn*", "koordinira*", "raditi na", "radit ćemo na", "težiti", "težimo", "nastojati", "nastojimo", "stremiti", "zadovolji* potreb*", "odgovara* potrebama", "biti bolj*", "unapređenje kvaliteta", "obezbijedi* kvalitet*", "obezbedi* kvalitet*"],
  "areas": [
    {
      "id": "outreach",
      "phrases": [
        "obuhvat*",
        "doseg*",
        "pristup*",
        "finansijsk* uključ*",
        "financijsk* uključ*",
        "finansijsk* inkluzij*",
        "financijsk* inkluzij*",
        "uključenost*",
        "inkluzij*",
        "isključen*",
        "nov* klijen*",
        "ciljan*",
        "ciljn* grup*",
        "targetira*",
        "neuslužen*",
        "nebankarizovan*",
        "bez pristupa"
      ]
    },
    {
      "id": "services",
      "phrases": [
        "proizvod*",
        "uslug*",
        "zadovolj*",
        "zadržavanj*",
        "napuštanj*",
        "odliv*",
        "odljev*",
        "obuk*",
        "edukacij*",
        "trening*",
        "finansijsk* pismenost*",
        "financijsk* pismenost*",
        "osiguranj*",
        "štednj*",
        "žalb*",
        "prigovor*",
        "pritužb*",
        "nefinansijsk*",
        "nefinancijsk*",
        "zaštit* klijenata",
        "zaštit* korisnika",
        "potreb*",
        "povratn* informacij*",
        "fleksibiln*",
        "plan* otplate",
        "otplatn* plan*",
        "uslov* kreditiranja",
        "uvjet* kreditiranja",
        "digitaln*",
        "mobiln*",
        "transparentn*",
        "kamatn* stop*",
        "cijen* kredita",
        "cen* kredita",
        "prezaduž*"
      ]
    },
    {
      "id": "clientChange",
      "phrases": [
        "prihod*",
        "dohod*",
        "imovin*",
        "rast* poslovanja",
        "rast* biznisa",
        "razvoj* poslovanja",
        "razvoj* biznisa",
        "dobit",
        "profit*",
        "otpornost*",
        "stambe*",
        "stanovanj*",
        "uslov* života",
        "uvjet* života",
        "uslov* zivota",
        "životn* uslov*",
        "životn* uvjet*",
        "životn* standard*",
        "život*",
        "blagostanj*",
        "dobrobit*",
        "izlaz* iz siromaštva",
        "izlazak iz siromaštva",
        "izlaska iz siromaštva",
        "smanjenj* siromaštva",
        "smanjiti siromaštvo",
        "radn* mjest*",
        "radn* mest*",
        "zapošljavanj*",
        "zaposlenost*",
        "sigurnost* hrane",
        "prehramben* sigurnost*",
        "školovanj*",
        "obrazovanj* djece",
        "obrazovanj* dece",
        "kvalitet* života",
        "proširi* posl*",
        "proširenj* posl*",
        "ekonomsk* osnaživanj*",
        "osnaživanj*",
        "osnaži*",
        "samostalnost*",
        "potrošnj*"
      ]
    }
  ],
  "populationNouns": [
    "ljud*", "osob*", "lic*", "stanovni*", "stanovništv*", "građan*", "gradjan*", "djec*", "dec*", "djete", "dijete", "dete", "djetet*", "detet*",
    "odrasl*", "punoljetn*", "punoletn*", "muškar*", "muskar*", "porodic*", "obitelj*", "domaćinstv*", "domacinstv*", "kućanstv*", "kucanstv*",
    "zajednic*", "zemlj*", "zemal*", "držav*", "drzav*", "grad", "gradov*", "grada", "gradu", "opštin*", "općin*", "opcin*", "opstin*", "kanton*", "entitet*",
    "naselj*", "regij*", "region*", "preduzeć*", "poduzeć*", "preduzec*", "poduzec*", "firm*", "kompanij*", "privredn* subjekt*", "organizacij*",
    "institucij*", "ustanov*", "zadrug*", "bank*", "MSP", "MMSP", "biznis*", "radnik*", "radnic*", "zaposlen*", "penzioner*", "umirovljenik*",
    "učenik*", "ucenik*", "učenic*", "ucenic*", "pacijent*", "potrošač*", "potrosac*", "korisnik*", "korisnic*", "poljoprivrednik*", "poljoprivrednic*", "farmer*"
  ],
  "agentNouns": {
    "suffixes": ["nik", "nic", "telj", "ac", "ist", "ant", "ent", "ar", "ica", "ic"],
    "endings": ["", "a", "e", "i", "u", "om", "ima", "ama", "ka", "ke", "ci"],
    "minStemLength": 6,
    "exceptions": [
      "procent*", "dokument*", "moment*", "instrument*", "element*", "segment*", "koeficijent*", "kredit*", "iznos*", "pokazatelj*", "rezultat*",
      "budžet*", "budzet*", "projekt*", "program*", "period*", "kvartal*", "januar*", "februar*", "septembar*", "oktobar*", "novembar*", "decembar*",
      "kalendar*", "standard*", "seminar*", "sekretar*", "centar*", "centr*", "međunarod*", "medjunarod*", "prosjek*", "prosek*", "početak*", "pocetak*",
      "završet*", "zavrset*", "udio*", "udeo*", "broj*", "posto*", "postot*", "dinar*", "novac*", "novc*", "ugovor*", "prihod*", "rashod*", "mjesec*", "mesec*", "predsjednik*", "predsednik*", "ministr*", "premijer*", "gradonačelnik*", "gradonacelnik*"
    ]
  },
  "labelWords": ["cilj", "ciljevi", "zadatak", "zadaci", "pokazatelj", "indikator", "rezultat", "prioritet", "mjera", "mera", "tačka", "tacka", "član", "clan", "poglavlje", "br."],
  "notPopulations": ["po stanovniku", "po glavi stanovnika", "po osobi"],
  "fixedExpressions": [
    "razvoj* u ranom djetinjstvu", "razvoj* u ranom detinjstvu", "ranom razvoju", "plan* razvoja", "strategij* razvoja", "razvojn* strategij*", "razvojn* plan*", "nacionaln* razvojn* strategij*",
    "zemlj* u razvoju", "zemlj* u razvitku", "država u razvoju", "države u razvoju", "država u razvitku", "najmanje razvijen* zemlj*", "razvijen* zemlj*",
    "razvojn* bank*", "razvojn* institucij*", "razvojn* agencij*", "razvojn* partner*", "cilj* održivog razvoja", "ciljev* održivog razvoja",
    "program* razvoja", "fond* za razvoj", "agencij* za razvoj", "razvojn* program*"
  ],
  "helpingVerbs": ["pomoći", "pomoci", "pomaga*", "omogući*", "omoguci*", "podrža*", "podrza*", "podržava*", "olakša*"],
  "deliverables": [
    "obučiti", "obuciti", "obučavati", "obucavati", "proizvod*", "kreditn* proizvod*", "sistem*", "sustav*", "politik*", "strategij*", "mehaniz*", "plan", "plana", "akcijsk* plan*", "standard*", "metodologij*",
    "procedur*", "pravilnik*", "zakon", "zakona", "zakonodavstv*", "propis*", "platform*", "baz* podataka", "registar*", "registr*", "alat*", "kodeks*", "smjernic*", "smernic*", "okvir*"
  ],
  "clauseJoiners": ["i", "te", "kao i", "a"],
  "yearNouns": ["fiskalne godine", "poslovne godine"],
  "thresholdUnits": ["dnevno", "na dan", "po danu", "po osobi dnevno", "po glavi stanovnika dnevno"],
  "populationIndicators": [
    "stop* siromaštva", "stop* siromastva", "siromaštv*", "siromastv*", "nezaposlenost*", "stop* zaposlenosti", "zaposlenost*", "očekivan* trajanj* život*",
    "ocekivan* trajanj* zivot*", "životn* vijek*", "zivotn* vijek*", "životn* vek*", "smrtnost*", "pismenost*", "upis*", "finansijsk* uključenost*",
    "financijsk* uključenost*", "finansijsk* isključenost*", "glad*", "pothranjenost*"
  ],
  "commitmentVerbs": ["planira*", "namjerava*", "namerava*", "obavezuje*", "obvezuje*", "teži", "stremi", "izjavi*", "doda*", "reka*", "navo*", "kaza*", "istaka*", "naglasi*"],
  "relativeDeadlines": [
    "do kraja godine", "do kraja ove godine", "do kraja tekuće godine", "ove godine", "u ovoj godini", "u tekućoj godini", "do kraja desetljeća",
    "do kraja decenije", "do kraja dekade", "u ovom desetljeću", "u ovoj deceniji", "na kraju planskog perioda", "do kraja planskog perioda",
    "do kraja programa", "do kraja projekta", "na kraju programa"
  ],
  "ageWords": ["uzrasta", "starosti", "starosne dobi", "dobi", "u dobi od", "starij* od", "mlađ* od", "mladj* od"],
  "thresholdWords": ["najsiromašnij*", "najsiromasnij*", "najbogatij*"],
  "clauseVerbs": [
    "unaprijed*", "unapred*", "poboljša*", "poboljsa*", "ojača*", "ojaca*", "podrža*", "podrza*", "promovi*", "osigura*", "obezbijedi*", "obezbedi*",
    "razvi*", "eliminisa*", "eliminira*", "iskorijeni*", "iskoreni*", "okonča*", "okonca*", "zaustavi*", "zaštiti*", "zastiti*", "stvori*", "omogući*", "omoguci*", "postići", "postici", "ostvari*"
  ],
  "gerundEndings": ["ci", "vsi", "juci"],
  "verbEndings": ["ti", "ci", "mo", "te", "ju", "ce", "ati", "iti", "ala", "ilo", "ili", "ali", "nje"]
};
