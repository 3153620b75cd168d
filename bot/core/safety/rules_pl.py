"""Polish safety rules, over normalised text: diacritics folded (ł→l, ż→z, ę→e, ć→c), which is
also how many people type on phones.

"Umieram z głodu", "padam z nóg", "to mnie zabija" are idioms, blanked out before any rule runs.
"""

from __future__ import annotations

from bot.core.safety.common import END, filler, words
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import EmergencySign as E
from bot.core.safety.verdict import RedFlag as R

_BODY = (
    r"(?:reka|rece|reke|rece|dlon|noga|nodze|noge|nogi|stopa|stopie|palce|palec|kciuk|miesien"
    r"|miesnie|lydka|udo|kolano|ramie)"
)
_SUDDEN = r"(?:nagle|naraz|znienacka|gwaltownie|raptem)"
_WANT = r"(?:chce|chcialbym|chcialabym|mam\s+ochote)"

CRISIS = (
    r"nie\s+(?:chce|chcialbym|chcialabym|moge|mam\s+ochoty)\s+(?:juz\s+)?(?:zyc|istniec)\b"
    r"(?!\s+(?:w|we|z|ze|tu|tam|obok|bez)\b)",
    rf"{_WANT}(?<!nie\schce)\s+(?:po\s+prostu\s+|juz\s+)?(?:umrzec|zdechnac|nie\s+zyc"
    r"|zniknac\s+na\s+zawsze)\b",
    r"(?:zabic\s+sie|zabije\s+sie|zabijam\s+sie|odebrac\s+sobie\s+zycie|odbiore\s+sobie\s+zycie)\b",
    r"(?:chce|mysle\s+(?:o\s+tym\s+)?(?:zeby|by)|planuje)\s+sie\s+zabic\b",
    r"nie\s+widze\s+(?:juz\s+)?(?:zadnego\s+)?sensu\s+(?:zycia|zyc|w\s+zyciu)\b",
    r"(?:samobojstw|samobojcz|suicyd)\w*",
    r"skonczyc\s+(?:ze\s+soba|z\s+tym\s+wszystkim|z\s+zyciem)\b",
    r"(?:wolal\w*\s+(?:bym\s+)?nie\s+zyc|lepiej\s+(?:gdybym|zebym)\s+(?:umarl|umarla|nie\s+zyl"
    r"|nie\s+zyla))\b",
    r"(?:zasnac|usnac)\s+i\s+(?:sie\s+)?nie\s+(?:obudzic|obudzic\s+sie)\b",
    r"nie\s+chce\s+(?:sie\s+)?(?:juz\s+)?(?:budzic|obudzic)" + END,
    r"(?:tne|cialem|cielam|ciac|okaleczam|okaleczac|krzywdze)\s+sie\b",
    r"(?:samookalecz|samouszkodz)\w*",
    r"robie\s+sobie\s+krzywde\b",
    r"(?:zbieram|zebralem|zebralam|odkladam|odlozylem|odlozylam|mam\s+odlozone|schowalem"
    r"|schowalam|chowam)\s+(?:\w+\s+){0,2}?(?:tabletki|leki|pigulki|tabletek|lekow)\b",
    r"(?:przedawkow)\w*",
    r"lykne\s+wszystkie\s+(?:tabletki|leki)\b",
    r"list\s+pozegnalny\b",
    r"(?:to\s+jest\s+pozegnanie|to\s+pozegnanie|zegnajcie\s+(?:wszyscy|na\s+zawsze))\b",
    r"(?:skoczyc|skocze|rzucic\s+sie)\s+(?:z|pod)\s+(?:mostu|dachu|okna|pociag|bloku)\b",
    r"powiesic\s+sie\b",
    r"(?:wszystkim|im)\s+(?:bedzie\s+)?lepiej\s+beze\s+mnie\b",
    r"nie\s+ma\s+sensu\s+zyc\b",
    r"nie\s+chce\s+mi\s+sie\s+(?:juz\s+)?zyc\b",
    r"zyc\s+mi\s+sie\s+(?:juz\s+)?nie\s+chce\b",
    r"zycie\s+nie\s+ma\s+(?:juz\s+)?sensu\b",
)

ASK = (
    r"(?:juz\s+)?nie\s+moge\s+(?:juz\s+)?(?:tak\s+)?(?:dalej)?" + END,
    r"nie\s+daje\s+(?:juz\s+)?rady\b",
    r"(?:chce|chcialbym|chcialabym)\s+(?:po\s+prostu\s+)?zniknac\b",
    r"(?:zmeczon[ya]|mam\s+dosc)\s+(?:\w+\s+)?wszystk(?:iego|im)\b",
    r"nie\s+widze\s+(?:zadnego\s+)?wyjscia\b",
    r"(?:jestem|czuje\s+sie)\s+(?:\w+\s+){0,2}?ciezarem\b",
    r"(?:beznadziej\w+)\b",
)

EMERGENCY = {
    E.FACE_DROOP: (
        rf"(?:twarz|usta|kacik\s+ust)\s+{filler(3)}(?:opadl\w*|opada|krzyw\w*|wykrzywil\w*"
        r"|sparalizowan\w*)",
        r"(?:opadniety|opadajacy)\s+kacik\s+ust\b",
        r"(?:krzywa|wykrzywiona|opadnieta)\s+twarz\b",
    ),
    E.SUDDEN_SPEECH_LOSS: (
        rf"{_SUDDEN}\s+{words(3)}(?:nie\s+moge\s+(?:mowic|nic\s+powiedziec)|belkocze|straci\w+"
        r"\s+mowe|mowie\s+niewyraznie)\b",
    ),
    E.ONE_SIDED_WEAKNESS: (
        rf"(?:{_SUDDEN}|nagle|naglego|nagla)\s+{words(2)}(?:oslabienie|oslabla|dretwienie|dretwieje"
        r"|zdretwiala|niedowlad)\s+(?:\w+\s+)?(?:jednej|lewej|prawej)\s+(?:strony|polowy)\b",
        r"(?:jedna|lewa|prawa)\s+(?:strona|polowa)\s+(?:ciala|twarzy)\s+(?:\w+\s+)?(?:zdretwiala"
        r"|oslabla|sparalizowana|bezwladna)\b",
    ),
    E.WORST_HEADACHE: (r"(?:najgorszy|najsilniejszy)\s+bol\s+glowy\s+w\s+(?:moim\s+)?zyciu\b",),
    E.CHEST_PAIN_SPREADING: (
        rf"(?:bol|ucisk|pieczenie)\s+(?:w\s+)?(?:klatce|klatki|piersi)\s+{words(4)}"
        r"(?:promieniuje|promieniujacy|idzie|przechodzi|schodzi)\s+(?:do|w)\s+(?:\w+\s+)?"
        r"(?:reki|reke|ramienia|zuchwy|szczeki|szyi)\b",
    ),
    E.CANNOT_BREATHE: (
        r"nie\s+moge\s+(?:zlapac\s+)?(?:oddychac|oddechu|tchu)\b(?!\s+(?:nosem|przez\s+nos))",
        r"(?:dusze\s+sie|brakuje\s+mi\s+powietrza)\b(?!\s+ze\s+smiechu)",
    ),
    E.HEART_ATTACK_OR_STROKE: (
        r"(?:mam|chyba\s+mam|mam\s+chyba)\s+(?:zawal|udar|atak\s+serca)\b(?!\s+(?:rok|lata))",
    ),
}

HEAD_INJURY = (
    r"(?:uderzylem|uderzylam|walnalem|walnelam|rabnalem|rabnelam)\s+(?:sie\s+)?(?:\w+\s+)?"
    r"(?:w\s+)?glowe\b",
    r"(?:wstrzasnienie\s+mozgu|uraz\s+glowy|uraz\s+czaszki)\b",
)
CONFUSION = (
    r"(?:zdezorientowan\w*|splatan\w*|dezorientacj\w*)",
    r"nie\s+wiem\s+gdzie\s+jestem\b",
    r"(?:stracilem|stracilam)\s+przytomnosc\b",
)

RED_FLAGS = {
    R.WEAKNESS: (
        rf"{_BODY}\s+{filler(3)}(?:slaba|slabsza|oslabla|bez\s+sily|slabnie)\b",
        rf"(?:oslabienie|slabosc|utrata\s+sily)\s+(?:w\s+)?{words(2)}{_BODY}\b",
        r"(?:oslabienie|slabosc)\s+(?:\w+\s+)?(?:reki|dloni|nogi|stopy|miesni)\b",
        r"nie\s+moge\s+(?:\w+\s+)?(?:otworzyc|scisnac|utrzymac|podniesc|chwycic)\s+(?:\w+\s+)?"
        r"(?:sloika|sloik|butelki|reki|nogi|kubka|szklanki|przedmiotow|niczego)\b",
        r"(?:opadajaca|opadnieta)\s+stop[aey]\b",
        r"stopa\s+(?:mi\s+)?(?:opada|sie\s+ciagnie)\b",
        r"(?:ciagne|powlocze)\s+noge\b",
    ),
    R.WASTING: (
        r"(?:zanik\s+miesni|atrofi\w*|zanika\s+miesien)\b",
        rf"{_BODY}\s+{filler(3)}(?:chudnie|zmalal\w*|cienszy|ciensza|zapadl\w*)\b",
    ),
    R.SWALLOWING: (
        r"(?:trudnosci|problem|problemy|klopot)\s+z\s+(?:przelykaniem|polykaniem)\b",
        r"nie\s+moge\s+(?:\w+\s+)?(?:przelknac|polknac|przelykac)\b",
        r"(?:trudno|ciezko|ciezej)\s+(?:mi\s+)?(?:przelykac|przelknac|polykac)\b",
        r"(?:krztusze|zachlystuje|dlawie)\s+sie\s+(?:\w+\s+){0,2}?(?:woda|piciem|plynami"
        r"|jedzeniem|przy\s+piciu)\b",
        r"dysfagi\w*",
    ),
    R.SPEECH: (
        r"(?:mowa|mowie)\s+(?:\w+\s+)?(?:belkotliwa|niewyrazna|niewyraznie|zamazana)\b",
        r"belkocze\b",
        r"dyzartri\w*",
    ),
    R.FALLS: (
        r"(?:czesto|ciagle|caly\s+czas)\s+(?:sie\s+)?(?:przewracam|potykam|upadam)\b",
        r"(?:przewracam|potykam)\s+sie\s+(?:\w+\s+)?(?:czesto|ciagle|caly\s+czas)\b",
        r"wszystko\s+(?:mi\s+)?(?:leci|wypada)\s+(?:mi\s+)?z\s+rak\b",
    ),
}

SPREADING = (r"(?:rozprzestrzenia|rozchodzi\s+sie|po\s+calym\s+ciele|przechodzi\s+na)\b",)
NUMBNESS = (r"(?:dretwienie|dretwieje|zdretwiala|zdretwialy|mrowienie|mrowi|cierpnie)\b",)
INJURY = (r"(?:upadek|upadku|upadlem|upadlam|wypadek|wypadku|uraz|urazu|zlamanie|skrecenie)\b",)

HEALTH_ANXIETY = (
    r"(?:czy\s+to|czy\s+mam|boje\s+sie\s+ze\s+to|boje\s+sie\s+ze\s+mam|a\s+jesli\s+to)\s+"
    r"(?:\w+\s+){0,2}?(?:sla|als|stwardnienie|rak|guz|cos\s+powaznego|parkinson)\b",
    r"stwardnienie\s+zanikowe\s+boczne\b",
    r"(?:umieram\s+na|czy\s+ja\s+umieram)\b",
    r"nie\s+chce\s+umierac\b",
    r"czy\s+to\s+(?:grozne|niebezpieczne|powazne)\b",
)

IDIOMS = (
    # "Out of nowhere": the negator in it denies nothing ("do nada a pior dor de cabeça").
    r"bez\s+ostrzezenia\b",
    r"bez\s+powodu\b",
    r"(?:umieram|umre|umarlem|umarlam|umieralem)\s+(?:z|ze)\s+(?:glodu|nudow|nudy|smiechu"
    r"|pragnienia|ciekawosci|zmeczenia|goraca|zimna|wstydu)\b",
    r"padam\s+z\s+nog\b",
    r"(?:zabilbym|zabilabym|zabije)\s+za\s+(?:kawe|kubek)\b",
    r"(?:to|ten\s+\w+|ta\s+\w+)\s+mnie\s+(?:zabija|wykonczy)\b",
    r"(?:smiertelnie|na\s+smierc)\s+(?:zmeczon\w*|zapomnial\w*|przerazon\w*|znudzon\w*)",
)

_SOMEONE = (
    r"(?:on|ona|maz|zona|tata|ojciec|mama|matka|syn|corka|przyjaciel|przyjaciolka|kolega"
    r"|kolezanka|chlopak|dziewczyna|brat|siostra|dziecko|babcia|dziadek|sasiad|sasiadka|ktos)"
)
SOMEONE_ELSE = (
    rf"{_SOMEONE}\s+(?:\w+\s+){{0,3}}?(?:zemdlal\w*|zaslabl\w*|upadl\w*|nie\s+oddycha"
    r"|przestal\w*\s+oddychac|jest\s+nieprzytomn\w*|nieprzytomn\w*|nie\s+reaguje|nie\s+odpowiada"
    r"|ma\s+(?:atak\s+padaczki|drgawki)|drgawki|nie\s+budzi\s+sie|sinieje)\b",
)
OVERDOSE_TAKEN = (
    r"(?:wzialem|wzielam|lyknalem|lyknelam|polknalem|polknelam|zazylem|zazylam)\s+(?:\w+\s+){0,2}?"
    r"(?:wszystkie|cale|cala|caly|za\s+duzo|garsc|\d\d+)\s+(?:\w+\s+){0,3}?"
    r"(?:tabletki|tabletek|tabletkami|pigulki|pigulek|leki|lekow|opakowanie|listek)\b",
)
PANIC = (
    r"atak\w*\s+panik\w*",
    r"panik\w*",
    r"serce\s+(?:\w+\s+){0,3}?(?:wali|kolata|bije\s+(?:jak\s+szalone|bardzo\s+szybko|szybko|mocno))\b",
    r"kolatani\w*",
)
PANIC_DANGER = (
    r"(?:sine\s+usta|usta\s+(?:\w+\s+)?sine|zemdl\w*|stracil\w*\s+przytomnosc|bol\s+w\s+klatce)\b",
)

RULES = LanguageRules(
    language="pl",
    crisis=CRISIS,
    ask=ASK,
    emergency={**EMERGENCY, E.SOMEONE_ELSE: SOMEONE_ELSE, E.OVERDOSE_TAKEN: OVERDOSE_TAKEN},
    panic=PANIC,
    panic_danger=PANIC_DANGER,
    red_flags=RED_FLAGS,
    health_anxiety=HEALTH_ANXIETY,
    spreading=SPREADING,
    numbness=NUMBNESS,
    injury=INJURY,
    head_injury=HEAD_INJURY,
    confusion=CONFUSION,
    idioms=IDIOMS,
    negators=("nie", "bez", "nigdy", "zadnej", "zadnego", "zadna", "zaden", "ani"),
    hedges=("wiem", "pewien", "pewna"),
    clause_breaks=("ale", "lecz", "jednak", "chociaz", "choc"),
)
