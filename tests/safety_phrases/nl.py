"""Dutch phrases and the tier each must get."""

CRISIS = [
    "Ik wil dood",
    "ik wil niet meer leven",
    "Ik wil sterven",
    "Ik denk aan zelfmoord",
    "ik wil mezelf van kant maken",
    "Ik wil er een einde aan maken",
    "ik wil slapen en nooit meer wakker worden",
    "Ik heb pillen gespaard",
    "ik snijd mezelf weer",
    "Dit is een afscheid. Vaarwel allemaal",
    "ik heb een afscheidsbrief geschreven",
    "ze zijn beter af zonder mij",
    "geen reden meer om te leven",
    "ik wil van een brug springen",
    "ik heb suïcidale gedachten",
    "IK WIL DOOD",
    # Found in an adversarial review: informal spellings, typos, other word orders.
    "ik wil zelfmoord plegen",
    "ik wil nooit meer wakker worden",
    "ik snij mezelf",
    "ik wil gewoon dood",
    "ik heb zelfmoordgedachten",
    "ik wil mezelf iets aandoen",
    "ik wil er niet meer zijn",
    "wil dood",
    "ik wil er een eind aan maken",
    # Issue 20, rules widened: everyday and Latin-letter forms, and their near misses.
    "heb mezelf weer gesneden",
    "ik spaar al weken pillen op",
    "ben er binnenkort niet meer",
    "morgen spring ik van die brug",
]

EMERGENCY = [
    # Issue 20: someone else in danger, an overdose already taken.
    "mijn vader is in elkaar gezakt en ademt niet",
    "ik heb alle pillen genomen",
    "Ineens kan ik niet meer praten en mijn gezicht hangt scheef",
    "plotseling krachtverlies aan een kant",
    "De ergste hoofdpijn van mijn leven",
    "Pijn op de borst die uitstraalt naar mijn linkerarm en kaak",
    "Ik kan niet ademen",
    "Hoofd gestoten en nu ben ik verward",
    "ik denk dat ik een beroerte heb",
    # Found in an adversarial review: informal spellings, typos, other word orders.
    "ik krijg geen lucht",
    "pijn op de borst die naar mijn arm trekt",
    "ergste hoofdpijn van mijn leven",
    "plotseling kan ik niet meer praten",
    "ik kan niet meer ademen",
    # Issue 20, rules widened: everyday and Latin-letter forms, and their near misses.
    "haar lippen en gezicht zwellen op",
    "mijn vriend ligt op de grond en ademt niet",
    "ik heb een hele strip oxazepam genomen",
]

RED_FLAG = [
    "Mijn hand is zwak",
    "zwakte in mijn rechterbeen",
    "Ik kan potten niet meer open krijgen",
    "Ik heb moeite met slikken",
    "ik verslik me vaak in water",
    "ik praat met een dubbele tong",
    "Ik val vaak",
    "Ik heb een klapvoet",
    "Tintelingen in mijn voet sinds het ongeluk",
    # Found in an adversarial review: informal spellings, typos, other word orders.
    "zwakte in mijn been",
    "moeite met slikken",
    "ik laat steeds dingen vallen",
    "ik struikel vaak",
    "ik krijg potjes niet meer open",
    "ik praat onduidelijk",
    "mijn been is zwak",
    # Issue 20, rules widened: everyday and Latin-letter forms, and their near misses.
    "brood blijft hangen in mijn keel",
    "de spier bij mijn duim is dun geworden",
]

ASK = [
    "Ik kan niet meer.",
    "Ik wil verdwijnen",
    "Ik ben alles zo moe",
    "Ik zie geen uitweg",
    "ik voel me een last voor iedereen",
    # Found in an adversarial review: informal spellings, typos, other word orders.
    "ik wil niet meer",
    "ik kan het niet meer",
    "ik hou het niet meer vol",
    "ik zie het niet meer zitten",
    "ik zie het niet meer zitten met die baan",
    # Issue 20, rules widened: everyday and Latin-letter forms, and their near misses.
    "ik ben een last voor iedereen",
    "ik voel me een last voor de kinderen",
    "er is geen uitweg",
]

NEAR_MISS = [
    # Issue 20: panic without danger signs is asked about, never an emergency.
    ("ik heb een paniekaanval en kan niet ademen", "panic"),
    ("hartkloppingen en paniek", "panic"),
    ("Ik ben doodmoe", "none"),
    ("ik ga dood van de honger", "none"),
    ("Ik lach me dood", "none"),
    ("Ik zou moorden voor een koffie", "none"),
    ("Ik wil niet dood", "health_anxiety"),
    ("Ik wil niet meer in Amsterdam leven", "none"),
    ("Is het ALS?", "health_anxiety"),
    ("Geen zwakte in mijn hand", "none"),
    ("mijn hand is niet zwak", "none"),
    ("ik kan niet ademen door mijn neus", "none"),
    ("ik kan niet meer slapen sinds het trillen", "none"),
    ("doodnormaal", "none"),
    ("zwakke koffie", "none"),
    ("ik wil slapen", "none"),
    ("ik ben doodop", "none"),
    # Found in an adversarial review: look-alikes and denials.
    ("oma had jaren geleden een beroerte", "none"),
    ("geen zwakte", "none"),
    ("ik ben dood op", "none"),
    ("ik kan niet meer slapen", "none"),
    ("ik praat niet onduidelijk", "none"),
    ("geen beroerte", "none"),
    ("ik wil dood van het lachen", "none"),
    # Issue 20, rules widened: everyday and Latin-letter forms, and their near misses.
    ("ik heb de hele dag vrij genomen", "none"),
    ("ben er morgen niet meer bij", "none"),
]
