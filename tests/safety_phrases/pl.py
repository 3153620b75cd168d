"""Polish phrases and the tier each must get."""

CRISIS = [
    "Nie chcę żyć",
    "nie chce juz zyc",
    "Chcę umrzeć",
    "chcę się zabić",
    "Myślę o samobójstwie",
    "chcę odebrać sobie życie",
    "Chcę skończyć ze sobą",
    "chciałbym zasnąć i się nie obudzić",
    "Mam odłożone tabletki",
    "znowu tnę się",
    "To jest pożegnanie. Żegnajcie wszyscy",
    "napisałam list pożegnalny",
    "wszystkim będzie lepiej beze mnie",
    "nie ma sensu żyć",
    "chcę skoczyć z mostu",
    "mam myśli samobójcze",
]

EMERGENCY = [
    "Nagle nie mogę mówić i opadł mi kącik ust",
    "nagłe osłabienie jednej strony ciała",
    "Najgorszy ból głowy w moim życiu",
    "Ból w klatce piersiowej promieniuje do lewej ręki",
    "Nie mogę oddychać",
    "Uderzyłem się w głowę i jestem zdezorientowany",
    "chyba mam udar",
]

RED_FLAG = [
    "Moja ręka jest słaba",
    "osłabienie prawej nogi",
    "Nie mogę otworzyć słoika",
    "Mam trudności z przełykaniem",
    "krztuszę się wodą",
    "mowa jest bełkotliwa",
    "Często się przewracam",
    "Mam opadającą stopę",
    "Mrowienie w nodze po wypadku",
]

ASK = [
    "Już nie mogę",
    "Chcę zniknąć",
    "Jestem zmęczona wszystkim",
    "Nie widzę wyjścia",
    "jestem dla wszystkich ciężarem",
    "nie daję rady",
]

NEAR_MISS = [
    ("Umieram z głodu", "none"),
    ("padam z nóg", "none"),
    ("umieram ze śmiechu", "none"),
    ("Ten tik mnie zabija", "none"),
    ("Zabiłbym za kawę", "none"),
    ("Nie chcę umierać", "health_anxiety"),
    ("Nie chcę żyć w Warszawie", "none"),
    ("Czy to SLA?", "health_anxiety"),
    ("Nie mam osłabienia ręki", "none"),
    ("ręka nie jest słaba", "none"),
    ("nie mogę oddychać nosem", "none"),
    ("śmiertelnie zmęczona", "none"),
    ("nie mogę spać", "none"),
    ("chcę spać", "none"),
    ("kawa jest słaba", "none"),
]
